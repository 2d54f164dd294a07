package nl.codewijzer.onboarding;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.codewijzer.base.DateTexts;
import nl.codewijzer.base.InvalidInput;
import nl.codewijzer.base.PublicAddress;
import nl.codewijzer.base.Translations;
import nl.codewijzer.notification.Notifications;
import nl.codewijzer.onboarding.internal.FreshLinks;
import nl.codewijzer.onboarding.internal.Invitation;
import nl.codewijzer.onboarding.internal.InvitationRepository;
import nl.codewijzer.onboarding.internal.InvitationToken;
import nl.codewijzer.school.SchoolSettings;
import nl.codewijzer.security.CurrentUser;
import nl.codewijzer.security.PasswordChange;
import nl.codewijzer.security.Role;
import nl.codewijzer.security.SchoolAccountLinked;
import nl.codewijzer.security.SchoolAccountOptions;
import nl.codewijzer.security.SystemActor;
import nl.codewijzer.staff.InvitationLink;
import nl.codewijzer.staff.InvitationLinks;
import nl.codewijzer.staff.PersonJoined;
import nl.codewijzer.staff.PersonLeft;
import nl.codewijzer.staff.StaffDirectory;
import nl.codewijzer.staff.StaffMember;
import nl.codewijzer.staff.StaffService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations for people who have no password yet. A person a beheerder adds without a temporary
 * password (by hand or by CSV import) gets one at once; the beheerder sees the link once, and it is
 * mailed when a mail server is configured. The link's visitor chooses a password with the same
 * rules as everywhere ({@link PasswordChange}); a link works once, for 14 days, and a newer
 * invitation or the person's leaving revokes it. A visitor with a link that no longer works can
 * ask the beheerders for a new one. People made by the system (the demo school, the first
 * beheerder) get none: they have a password.
 *
 * <p>{@link #open}, {@link #accept} and {@link #askForNew} are for anyone holding a link, also
 * not signed in: the token is the proof. They read the person and notify as the system.
 */
@Service
public class Invitations implements InvitationLinks {

    public static final String ROUTE = "uitnodiging";
    public static final Duration VALID_FOR = Duration.ofDays(14);
    /** At most this often per invitation does a closed link reach the audit trail, and per person the beheerders. */
    public static final Duration ONCE_PER = Duration.ofDays(1);
    /** The beheerder hands out invitations and sees their links anyway: may read their mails in the outbox. */
    private static final java.util.Set<Role> BEHEERDER_READS = java.util.Set.of(Role.BEHEERDER);

    private final InvitationRepository invitations;
    private final FreshLinks freshLinks;
    private final StaffDirectory staff;
    private final Notifications notifications;
    private final SchoolSettings school;
    private final PasswordChange passwords;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Translations translations;
    private final Clock clock;
    private final PublicAddress address;
    private final SchoolAccountOptions schoolAccounts;

    Invitations(InvitationRepository invitations, FreshLinks freshLinks, StaffDirectory staff,
            Notifications notifications, SchoolSettings school, PasswordChange passwords, CurrentUser currentUser,
            ApplicationEventPublisher events, Translations translations, Clock clock,
            PublicAddress address, SchoolAccountOptions schoolAccounts) {
        this.invitations = invitations;
        this.freshLinks = freshLinks;
        this.staff = staff;
        this.notifications = notifications;
        this.school = school;
        this.passwords = passwords;
        this.currentUser = currentUser;
        this.events = events;
        this.translations = translations;
        this.clock = clock;
        this.address = address;
        this.schoolAccounts = schoolAccounts;
    }

    /**
     * A person joined (added, imported or made active again) in the transaction that added them:
     * without a password, and added by a person rather than the system, they get an invitation,
     * kept for the adding beheerder's screen to show once.
     */
    @EventListener
    @Transactional
    void onPersonJoined(PersonJoined joined) {
        if (currentUser.isSystem()) {
            return;
        }
        if (currentUser.isProvisioning()) {
            // Added by the school's directory (SCIM): no beheerder's screen shows the link, so it is always
            // mailed; without a mail server it waits in the outbox, where the beheerder finds it.
            var person = staff.find(joined.personId()).orElseThrow();
            if (person.active() && !person.canLogIn()) {
                create(person, null, false, true);
            }
            return;
        }
        var inviter = currentUser.get();
        if (inviter.isEmpty()) {
            return;
        }
        var person = staff.find(joined.personId()).orElseThrow();
        if (!person.active() || person.canLogIn()) {
            return;
        }
        var created = create(person, inviter.get().personId(), false, false);
        freshLinks.keep(inviter.get().personId(), created.invitationId(), created.link());
    }

    /**
     * A colleague who signed in with their school account for the first time came in: their open
     * invitation did its work, and the beheerder sees it used rather than open until it expires.
     */
    @EventListener
    @Transactional
    void onSchoolAccountLinked(SchoolAccountLinked linked) {
        var now = clock.instant();
        for (var invitation : invitations.unusedOf(linked.personId())) {
            if (invitation.statusAt(now) == InvitationStatus.OPEN) {
                invitation.use(now);
                events.publishEvent(new InvitationUsed(invitation.id(), invitation.personId()));
            }
        }
    }

    /** A leaver's open links stop working. */
    @EventListener
    @Transactional
    void onPersonLeft(PersonLeft left) {
        var now = clock.instant();
        invitations.unusedOf(left.personId()).forEach(invitation -> invitation.revoke(now));
    }

    @Override
    @PreAuthorize(Role.Require.BEHEERDER)
    @Transactional(readOnly = true)
    public List<InvitationLink> takeFreshLinks() {
        var now = clock.instant();
        // a link of an addition that was rolled back has no invitation behind it
        return freshLinks.take(currentUser.require().personId()).stream()
                .filter(fresh -> invitations.findById(fresh.invitationId())
                        .map(invitation -> invitation.statusAt(now) == InvitationStatus.OPEN).orElse(false))
                .map(FreshLinks.Fresh::link)
                .toList();
    }

    @Override
    @PreAuthorize(Role.Require.BEHEERDER)
    @Transactional
    public InvitationLink renew(long personId) {
        var person = staff.find(personId).orElseThrow(() -> new InvalidInput("person", "onboarding.error.not-found"));
        if (!person.active()) {
            throw new InvalidInput("person", "onboarding.error.inactive", person.fullName());
        }
        return create(person, currentUser.require().personId(), true, false).link();
    }

    private record Created(long invitationId, InvitationLink link) {
    }

    private Created create(StaffMember person, @org.jspecify.annotations.Nullable Long inviterId, boolean renewal,
            boolean alwaysMail) {
        var now = clock.instant();
        invitations.unusedOf(person.id()).forEach(older -> older.revoke(now));
        var token = InvitationToken.generate();
        var invitation = invitations.save(new Invitation(person.id(), token.sha256(), inviterId, now, VALID_FOR));
        var route = ROUTE + "/" + token.value();
        boolean mailed = (alwaysMail || notifications.mailConfigured()) && !person.email().isBlank();
        if (mailed) {
            // Only with a mail server: without one the mail would wait in the outbox, a second copy of the link.
            var schoolName = school.schoolName();
            // with password login off the link welcomes them and offers the school-account sign-in instead
            var kind = schoolAccounts.passwordAllowedFor(person.email()) ? "onboarding.mail." : "onboarding.mail.school-account.";
            notifications.notify(person.id(),
                    dutch(kind + "subject", schoolName),
                    dutch(kind + "body", schoolName, dutchDateTime(invitation.validUntil())),
                    route, BEHEERDER_READS);
        }
        events.publishEvent(new InvitationCreated(invitation.id(), person.id(), invitation.validUntil(), renewal, mailed));
        return new Created(invitation.id(), new InvitationLink(person.id(), person.fullName(), person.email(),
                address.link(route), invitation.validUntil(), mailed));
    }

    /** What a link's visitor sees. A closed link is recorded for the audit trail, at most once a day. */
    @PreAuthorize(Role.Require.ANYONE) // the token is the proof
    @Transactional
    public InvitationState open(String token) {
        var found = find(token);
        if (found.isEmpty()) {
            return new InvitationState.Closed(InvitationStatus.UNKNOWN);
        }
        var invitation = found.get();
        var now = clock.instant();
        var person = asSystem(() -> staff.find(invitation.personId()).orElseThrow());
        var status = statusOf(invitation, person, now);
        if (status == InvitationStatus.OPEN) {
            return new InvitationState.Open(person.fullName(), person.email(), asSystem(school::schoolName),
                    invitation.validUntil(), !schoolAccounts.passwordAllowedFor(person.email()));
        }
        if (invitation.noteClosedLinkSeen(now, ONCE_PER)) {
            events.publishEvent(new ClosedInvitationOpened(invitation.id(), invitation.personId(), status));
        }
        return new InvitationState.Closed(status);
    }

    /**
     * Stores the person's first password and uses up the link, both or neither. Returns the e-mail
     * address to sign in with.
     *
     * @throws InvitationClosed                if the link does not work (any more), also when it was
     *                                         just used in another tab
     * @throws PasswordChange.RefusedPassword  if the password breaks a rule; the link still works
     */
    @PreAuthorize(Role.Require.ANYONE) // the token is the proof
    @Transactional
    public String accept(String token, String password, String repeat) {
        var invitation = find(token).orElseThrow(() -> new InvitationClosed(InvitationStatus.UNKNOWN));
        var now = clock.instant();
        var person = asSystem(() -> staff.find(invitation.personId()).orElseThrow());
        var status = statusOf(invitation, person, now);
        if (status != InvitationStatus.OPEN) {
            throw new InvitationClosed(status);
        }
        if (!schoolAccounts.passwordAllowedFor(person.email())) {
            throw new InvalidInput("password", "onboarding.error.school-account-only");
        }
        asSystem(() -> {
            passwords.chooseFirst(person.email(), password, repeat);
            return null;
        });
        invitation.use(now);
        try {
            invitations.saveAndFlush(invitation);
        } catch (ObjectOptimisticLockingFailureException usedMeanwhile) {
            throw new InvitationClosed(InvitationStatus.USED);
        }
        events.publishEvent(new InvitationUsed(invitation.id(), invitation.personId()));
        return person.email();
    }

    /**
     * The visitor of a closed link asks for a new one: every active beheerder is notified, at most
     * once a day per person. For an unknown or open link nothing happens; the visitor is told the
     * same in every case, so the answer reveals nothing.
     */
    @PreAuthorize(Role.Require.ANYONE) // the token is the proof
    @Transactional
    public void askForNew(String token) {
        var found = find(token);
        if (found.isEmpty()) {
            return;
        }
        var invitation = found.get();
        var now = clock.instant();
        var person = asSystem(() -> staff.find(invitation.personId()).orElseThrow());
        var status = statusOf(invitation, person, now);
        if (status == InvitationStatus.OPEN || invitations.renewalAskedSince(person.id(), now.minus(ONCE_PER))) {
            return;
        }
        invitation.noteRenewalAsked(now);
        asSystem(() -> {
            for (var beheerder : staff.activeStaff()) {
                if (beheerder.roles().contains(Role.BEHEERDER)) {
                    notifications.notify(beheerder.id(),
                            dutch("onboarding.renewal.subject", person.fullName()),
                            dutch("onboarding.renewal.body", person.fullName(), person.email(),
                                    dutch("onboarding.status." + status.name())),
                            StaffService.ROUTE, BEHEERDER_READS);
                }
            }
            return null;
        });
        events.publishEvent(new NewInvitationRequested(invitation.id(), invitation.personId(), status));
    }

    private Optional<Invitation> find(String token) {
        if (!InvitationToken.wellFormed(token)) {
            return Optional.empty();
        }
        return invitations.byTokenSha256(InvitationToken.sha256(token));
    }

    /** A leaver's link is revoked when they leave; this also covers a link opened before that was recorded. */
    private static InvitationStatus statusOf(Invitation invitation, StaffMember person, Instant now) {
        var status = invitation.statusAt(now);
        return status == InvitationStatus.OPEN && !person.active() ? InvitationStatus.REVOKED : status;
    }

    private static <T> T asSystem(java.util.function.Supplier<T> work) {
        return SystemActor.runAs(work);
    }

    private String dutch(String key, Object... args) {
        return translations.getTranslation(key, Translations.DUTCH, args);
    }

    private static String dutchDateTime(Instant instant) {
        return DateTexts.dateTime(instant, Translations.DUTCH);
    }
}
