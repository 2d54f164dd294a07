package nl.codewijzer.signing.internal;

import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.codewijzer.base.SchoolTime;
import nl.codewijzer.base.Translations;
import nl.codewijzer.codetext.CodeTexts;
import nl.codewijzer.codetext.VersionAdopted;
import nl.codewijzer.codetext.VersionStatus;
import nl.codewijzer.codetext.VersionStatusChanged;
import nl.codewijzer.consent.AdoptionTerms;
import nl.codewijzer.consent.ConsentGiven;
import nl.codewijzer.notification.Notice;
import nl.codewijzer.notification.Notifications;
import nl.codewijzer.school.SchoolSettings;
import nl.codewijzer.security.SystemActor;
import nl.codewijzer.signing.RedactionalChange;
import nl.codewijzer.signing.RequestStatus;
import nl.codewijzer.signing.SignatureCarriedOver;
import nl.codewijzer.signing.SignatureRequested;
import nl.codewijzer.signing.Signing;
import java.util.EnumSet;
import java.util.Set;
import nl.codewijzer.signing.AudienceChosen;
import nl.codewijzer.staff.PersonChanged;
import nl.codewijzer.staff.PersonJoined;
import nl.codewijzer.staff.PersonLeft;
import nl.codewijzer.staff.StaffDirectory;
import nl.codewijzer.staff.StaffFunction;
import nl.codewijzer.staff.StaffMember;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the signature requests in step with the codes and the staff list. It reacts after the
 * commit of what it reacts to, so it never asks anyone to sign a version whose adoption was rolled
 * back, and on the reaction thread, so the person who adopted or added someone does not wait for
 * the whole staff to be asked. Each reaction is kept in the event publication registry until it
 * completes, and tried again if it fails (decision 0019); it works as the system, in a transaction
 * of its own.
 *
 * <p>Who is asked, and by when: at adoption every active staff member, due the adoption date plus
 * the school's term; a person who joins later, due their start date plus the term (counted from
 * today if that start date has passed); a leaver's open requests are dropped, and reopened if they
 * return. A daily {@link #reconcile()} repairs anything a lost event missed, so enrolment is
 * idempotent throughout: one request per person and version, enforced by the database.
 *
 * <p>Over 400 lines, on purpose: every way a person comes to be asked to sign (adoption, a new hire,
 * a return, a changed function, the audience chosen at adoption, a redactional change, the nightly
 * reconcile) goes through the same idempotent request rules here; spread over classes, those rules
 * would be repeated or would call each other in circles.
 */
@Component
public class Enrolment {

    private static final Logger log = LoggerFactory.getLogger(Enrolment.class);
    public static final String SIGN_ROUTE = Signing.ROUTE;
    /**
     * Who may read a signing mail in the outbox: everyone signed in. It is about an adopted code, which
     * every role may read, so the beheerder may read it too.
     */
    public static final java.util.Set<nl.codewijzer.security.Role> MAIL_READERS =
            java.util.EnumSet.allOf(nl.codewijzer.security.Role.class);

    private final CampaignRepository campaigns;
    private final ConsentRecordRepository consents;
    private final RequestRepository requests;
    private final SignatureRepository signatures;
    private final CodeTexts codeTexts;
    private final StaffDirectory staff;
    private final SchoolSettings settings;
    private final Notifications notifications;
    private final Translations translations;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final JdbcTemplate jdbc;

    Enrolment(CampaignRepository campaigns, ConsentRecordRepository consents, RequestRepository requests,
            SignatureRepository signatures, CodeTexts codeTexts, StaffDirectory staff, SchoolSettings settings,
            Notifications notifications, Translations translations, ApplicationEventPublisher events, Clock clock,
            JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.campaigns = campaigns;
        this.consents = consents;
        this.requests = requests;
        this.signatures = signatures;
        this.codeTexts = codeTexts;
        this.staff = staff;
        this.settings = settings;
        this.notifications = notifications;
        this.translations = translations;
        this.events = events;
        this.clock = clock;
    }

    /** Why someone is asked: it decides the notification's wording. */
    enum Reason { ADOPTED, JOINED, RECONCILED }

    // ---- listeners ----

    @ApplicationModuleListener
    void on(VersionAdopted adopted) {
        enrolEveryone(adopted.versionId(), adopted.adoptedAt());
    }

    /**
     * A version was adopted: every active staff member is asked to sign it, due the adoption date
     * plus the term. The same statements for 25 staff as for 1,000 (see {@link #enrol}).
     *
     * @return the number of people newly asked
     */
    @Transactional
    public int enrolEveryone(long versionId, Instant adoptedAt) {
        return SystemActor.runAs(() -> {
            var campaign = campaignOf(versionId, adoptedAt);
            var adoptionDay = LocalDate.ofInstant(campaign.adoptedAt(), SchoolTime.ZONE);
            int asked = enrol(inAudience(staff.activeStaff(), audienceOf(versionId)), campaign, adoptionDay, Reason.ADOPTED);
            log.info("Version {} of '{}' adopted: {} staff member(s) asked to sign", campaign.versionNumber(),
                    campaign.codeTitle(), asked);
            return asked;
        });
    }

    /** A version that stops being the active one ends its campaign; consent is noted for the register. */
    @ApplicationModuleListener
    void on(VersionStatusChanged changed) {
        if (changed.from() == VersionStatus.VASTGESTELD) {
            campaigns.findById(changed.versionId()).ifPresent(campaign -> end(campaign, changed.changedAt()));
        } else if (changed.to() == VersionStatus.INGESTEMD && !consents.existsById(changed.versionId())) {
            // consent recorded without a round (or before the round's own event): the day of the status change
            consents.save(new ConsentRecord(changed.versionId(), LocalDate.ofInstant(changed.changedAt(),
                    SchoolTime.ZONE), null));
        }
    }

    @ApplicationModuleListener
    void on(ConsentGiven given) {
        consents.findById(given.versionId()).ifPresentOrElse(
                record -> record.decided(given.decisionDate(), given.roundId()),
                () -> consents.save(new ConsentRecord(given.versionId(), given.decisionDate(), given.roundId())));
    }

    @ApplicationModuleListener
    void on(PersonJoined joined) {
        joined(joined.personId());
    }

    @ApplicationModuleListener
    void on(PersonLeft left) {
        left(left.personId());
    }

    /** Someone's function changed: now in a group that must sign an active version, they are asked, as a new hire is. */
    @ApplicationModuleListener
    void on(PersonChanged changed) {
        if (changed.changedFields().contains("staffFunction")) {
            enrolInActiveCampaigns(changed.personId(), Reason.RECONCILED); // "please sign", not "welcome"
        }
    }

    // ---- who must sign ----

    /**
     * The schoolleiding's choice at the adoption. Heard in the adopting transaction itself (not after
     * the commit, as the adoption is): the audience is stored before {@link VersionAdopted} reaches
     * {@link #enrolEveryone}, and an adoption that rolls back takes the choice with it.
     */
    @EventListener
    void on(AdoptionTerms terms) {
        chooseAudience(terms.versionId(), terms.audience());
        var redactional = terms.redactional();
        if (redactional != null) {
            jdbc.update("insert into signing_redactional (version_id, previous_version_id, reason) values (?, ?, ?)",
                    terms.versionId(), redactional.replacedVersionId(), redactional.reason());
        }
    }

    /** Whether this version was adopted as a redactional change, and of which version. */
    public Optional<RedactionalChange> redactionalOf(long versionId) {
        return jdbc.query("select previous_version_id, reason from signing_redactional where version_id = ?",
                (row, i) -> {
                    var replaced = codeTexts.version(row.getLong(1));
                    return new RedactionalChange(replaced.id(), replaced.number(), replaced.summary().sha256(),
                            row.getString(2));
                }, versionId).stream().findFirst();
    }

    /**
     * After a redactional change, per person the signature that still counts: their own signature
     * of the replaced version, or the one carried over into that version by an earlier redactional
     * change. Empty for a version everyone signs again.
     */
    private Map<Long, Signature> carriedOver(@Nullable RedactionalChange redactional) {
        if (redactional == null) {
            return Map.of();
        }
        var standing = new HashMap<Long, Signature>();
        signatures.ofVersion(redactional.replacedVersionId()).forEach(signature -> standing.put(signature.personId(), signature));
        signatures.carriedInto(redactional.replacedVersionId())
                .forEach(signature -> standing.putIfAbsent(signature.personId(), signature));
        return standing;
    }

    /** The groups that must sign this version; empty: all active staff. */
    public Set<StaffFunction> audienceOf(long versionId) {
        var functions = EnumSet.noneOf(StaffFunction.class);
        jdbc.queryForList("select staff_function from signing_audience where version_id = ?", String.class, versionId)
                .forEach(name -> functions.add(StaffFunction.valueOf(name)));
        return functions;
    }

    /**
     * Records which groups must sign a version (empty: all staff), before its adoption is enrolled:
     * the schoolleiding's choice at the adoption. A person without a function is asked only when all
     * staff must sign.
     */
    @Transactional
    public void chooseAudience(long versionId, Set<StaffFunction> functions) {
        jdbc.update("delete from signing_audience where version_id = ?", versionId);
        jdbc.batchUpdate("insert into signing_audience (version_id, staff_function) values (?, ?)",
                functions.stream().sorted().map(function -> new Object[] {versionId, function.name()}).toList());
        events.publishEvent(new AudienceChosen(versionId, functions));
    }

    /** The members in these groups; with no groups, all of them. */
    public static List<StaffMember> inAudience(List<StaffMember> members, Set<StaffFunction> audience) {
        return audience.isEmpty() ? members : members.stream()
                .filter(member -> member.staffFunction() != null && audience.contains(member.staffFunction())).toList();
    }

    /**
     * Someone joined (or returned): asked to sign every active version, due their start date plus
     * the term, or the term from today if that start date has passed.
     *
     * @return the number of versions they were newly asked to sign
     */
    @Transactional
    public int joined(long personId) {
        return enrolInActiveCampaigns(personId, Reason.JOINED);
    }

    private int enrolInActiveCampaigns(long personId, Reason reason) {
        return SystemActor.runAs(() -> {
            var member = staff.find(personId).orElse(null);
            if (member == null || !member.active() || !member.isStaff()) {
                return 0;
            }
            int asked = 0;
            for (var campaign : campaigns.active()) {
                asked += enrol(inAudience(List.of(member), audienceOf(campaign.versionId())), campaign, today(),
                        reason);
            }
            return asked;
        });
    }

    /** Someone left: their open requests are dropped from the lists, and stay on record. */
    @Transactional
    public void left(long personId) {
        var now = clock.instant();
        requests.ofPerson(personId, RequestStatus.OPEN).forEach(request -> request.drop(now));
    }

    // ---- repair ----

    /**
     * Brings the requests in line with the codes and the staff list, whatever events were missed: a
     * campaign for every active version, none for versions no longer active, a request for every
     * active staff member, and no open request for someone who left. Daily ({@link ReconcileJob}), and idempotent.
     *
     * @return the number of people newly asked
     */
    @Transactional
    public int reconcile() {
        return SystemActor.runAs(() -> {
            var activeVersions = new HashSet<Long>();
            for (var code : codeTexts.codes()) {
                var active = code.active();
                if (active != null) {
                    activeVersions.add(active.id());
                    campaignOf(active.id(), active.statusChangedAt());
                }
            }
            for (var campaign : campaigns.active()) {
                if (!activeVersions.contains(campaign.versionId())) {
                    end(campaign, clock.instant());
                }
            }
            var now = clock.instant();
            int asked = 0;
            var activeStaff = staff.activeStaff();
            var activeIds = new HashSet<Long>();
            activeStaff.forEach(member -> activeIds.add(member.id()));
            for (var campaign : campaigns.active()) {
                for (var request : requests.ofVersion(campaign.versionId(), RequestStatus.OPEN)) {
                    if (!activeIds.contains(request.personId())) {
                        request.drop(now);
                    }
                }
                var alreadyAsked = new HashSet<>(requests.personsAsked(campaign.versionId()));
                asked += enrol(inAudience(activeStaff.stream().filter(member -> !alreadyAsked.contains(member.id()))
                        .toList(), audienceOf(campaign.versionId())), campaign, today(), Reason.RECONCILED);
            }
            return asked;
        });
    }

    // ---- helpers ----

    /** The campaign of a version, created on first sight (a seeded campaign keeps its own adoption time). */
    private SigningCampaign campaignOf(long versionId, Instant adoptedAt) {
        return campaigns.findById(versionId).orElseGet(() -> {
            var version = codeTexts.version(versionId);
            for (var other : campaigns.active()) {
                if (other.codeId() == version.summary().codeId()) {
                    end(other, adoptedAt); // the event that replaced it may not have arrived yet
                }
            }
            return campaigns.saveAndFlush(new SigningCampaign(versionId, version.summary().codeId(),
                    version.codeTitle(), version.number(), version.summary().sha256(), adoptedAt));
        });
    }

    private void end(SigningCampaign campaign, Instant at) {
        if (!campaign.active()) {
            return;
        }
        campaign.end(at);
        // the yearly rounds' open requests end with the version too
        requests.openOfAllRounds(campaign.versionId()).forEach(request -> request.supersede(at));
    }

    private static final String INSERT_REQUEST = """
            insert into signature_request (row_version, person_id, version_id, requested_at, due_date, status,
                                           previous_version_id)
            values (0, ?, ?, ?, ?, 'OPEN', ?)""";
    private static final int[] REQUEST_TYPES = {Types.BIGINT, Types.BIGINT, Types.TIMESTAMP_WITH_TIMEZONE, Types.DATE,
            Types.BIGINT};
    private static final String INSERT_CARRIED = """
            insert into signature_request (row_version, person_id, version_id, requested_at, due_date, status, closed_at,
                                           previous_version_id, carried_signature_id)
            values (0, ?, ?, ?, ?, 'SIGNED', ?, ?, ?)""";
    private static final int[] CARRIED_TYPES = {Types.BIGINT, Types.BIGINT, Types.TIMESTAMP_WITH_TIMEZONE, Types.DATE,
            Types.TIMESTAMP_WITH_TIMEZONE, Types.BIGINT, Types.BIGINT};

    /**
     * Asks these people to sign one version, unless they already were (a returning leaver's dropped
     * request is reopened). Due: the later of {@code basis} and their start date, plus the term.
     * Whatever the number of people, a fixed number of statements: the version's requests and the
     * code's earlier signatures are read once, the new requests written in one batch and read back
     * in one query, and their notifications written in one batch ({@link Notifications#notifyAll}).
     *
     * @return the number of people newly asked
     */
    int enrol(List<StaffMember> members, SigningCampaign campaign, LocalDate basis, Reason reason) {
        if (members.isEmpty()) {
            return 0;
        }
        int term = settings.current().signingDueDays();
        var existing = new HashMap<Long, SignatureRequest>();
        requests.ofVersion(campaign.versionId()).forEach(request -> existing.put(request.personId(), request));
        // each person's newest signature of another version of this code: they are shown what changed
        var signedBefore = new HashMap<Long, Signature>();
        for (var signature : signatures.ofCode(campaign.codeId())) {
            if (signature.versionId() != campaign.versionId()) {
                signedBefore.merge(signature.personId(), signature,
                        (a, b) -> a.versionNumber() >= b.versionNumber() ? a : b);
            }
        }
        var redactional = redactionalOf(campaign.versionId()).orElse(null);
        var carriedOver = carriedOver(redactional);
        var now = clock.instant();
        var asked = new ArrayList<StaffMember>();
        var rows = new ArrayList<Object[]>();
        var carried = new ArrayList<Object[]>();
        for (var member : members) {
            var due = (member.startDate().isAfter(basis) ? member.startDate() : basis).plusDays(term);
            var request = existing.get(member.id());
            if (request != null) {
                if (request.status() == RequestStatus.DROPPED) {
                    request.reopen(now, due);
                    asked.add(member);
                }
                continue;
            }
            var standing = carriedOver.get(member.id());
            if (standing != null) {
                // a redactional change: their signature of the text they saw still counts, nobody asks them again
                carried.add(new Object[] {member.id(), campaign.versionId(), OffsetDateTime.ofInstant(now, ZoneOffset.UTC),
                        due, OffsetDateTime.ofInstant(now, ZoneOffset.UTC), standing.versionId(), standing.id()});
                continue;
            }
            var previous = signedBefore.get(member.id());
            rows.add(new Object[] {member.id(), campaign.versionId(), OffsetDateTime.ofInstant(now, ZoneOffset.UTC), due,
                    previous == null ? null : previous.versionId()});
            asked.add(member);
        }
        if (asked.isEmpty() && carried.isEmpty()) {
            return 0;
        }
        if (!rows.isEmpty() || !carried.isEmpty()) {
            if (!rows.isEmpty()) {
                jdbc.batchUpdate(INSERT_REQUEST, rows, REQUEST_TYPES);
            }
            if (!carried.isEmpty()) {
                jdbc.batchUpdate(INSERT_CARRIED, carried, CARRIED_TYPES);
            }
            requests.ofVersion(campaign.versionId()).forEach(request -> existing.put(request.personId(), request));
        }
        if (redactional != null) {
            for (var row : carried) {
                var request = java.util.Objects.requireNonNull(existing.get((Long) row[0]));
                var standing = java.util.Objects.requireNonNull(carriedOver.get((Long) row[0]));
                events.publishEvent(new SignatureCarriedOver(request.id(), request.personId(), campaign.versionId(),
                        campaign.versionNumber(), standing.id(), standing.versionNumber(), redactional.reason()));
            }
            log.info("Version {} of '{}' is a redactional change: {} signature(s) of earlier versions still count",
                    campaign.versionNumber(), campaign.codeTitle(), carried.size());
        }
        if (asked.isEmpty()) {
            return 0;
        }
        var notices = new ArrayList<Notice>();
        for (var member : asked) {
            var request = java.util.Objects.requireNonNull(existing.get(member.id()));
            var previous = signedBefore.get(member.id());
            var previousNumber = previous == null ? null : previous.versionNumber();
            events.publishEvent(new SignatureRequested(request.id(), member.id(), campaign.versionId(),
                    campaign.versionNumber(), request.dueDate(), previousNumber != null));
            notices.add(notice(request, member, campaign, reason, previousNumber));
        }
        notifications.notifyAll(notices);
        return asked.size();
    }

    private Notice notice(SignatureRequest request, StaffMember member, SigningCampaign campaign, Reason reason,
            @Nullable Integer previousNumber) {
        var due = dutchDate(request.dueDate());
        String subject;
        String body;
        if (previousNumber != null) {
            subject = dutch("signing.notify.resign.subject", campaign.codeTitle(), campaign.versionNumber());
            body = dutch("signing.notify.resign.body", campaign.codeTitle(), campaign.versionNumber(), previousNumber, due);
        } else if (reason == Reason.JOINED) {
            subject = dutch("signing.notify.new-hire.subject", campaign.codeTitle());
            body = dutch("signing.notify.new-hire.body", campaign.codeTitle(), campaign.versionNumber(), due);
        } else {
            subject = dutch("signing.notify.request.subject", campaign.codeTitle(), campaign.versionNumber());
            body = dutch("signing.notify.request.body", campaign.codeTitle(), campaign.versionNumber(),
                    dutchDate(LocalDate.ofInstant(campaign.adoptedAt(), SchoolTime.ZONE)), due);
        }
        return new Notice(member.id(), subject, body, SIGN_ROUTE, MAIL_READERS);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(SchoolTime.ZONE));
    }

    private String dutch(String key, Object... args) {
        return translations.getTranslation(key, Translations.DUTCH, args);
    }

    private static String dutchDate(LocalDate date) {
        return SigningDocuments.date(date, Translations.DUTCH);
    }
}
