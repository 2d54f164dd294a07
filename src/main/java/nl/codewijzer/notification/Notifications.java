package nl.codewijzer.notification;

import java.sql.Types;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.codewijzer.base.PublicAddress;
import nl.codewijzer.base.Translations;
import nl.codewijzer.base.UnreadCount;
import nl.codewijzer.notification.internal.InboxItem;
import nl.codewijzer.notification.internal.InboxRepository;
import nl.codewijzer.notification.internal.MailDelivery;
import nl.codewijzer.notification.internal.MailReaders;
import nl.codewijzer.notification.internal.MailQueued;
import nl.codewijzer.notification.internal.MailsQueued;
import nl.codewijzer.notification.internal.OutboxRepository;
import nl.codewijzer.notification.internal.OutgoingMail;
import nl.codewijzer.security.CurrentUser;
import nl.codewijzer.security.Role;
import nl.codewijzer.staff.StaffDirectory;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells a person something: a row in their in-app inbox and, if they have an e-mail address, a
 * mail. Notifications are written in Dutch, the school's language: they are a record of what was
 * sent. The mail is stored with the inbox row in the caller's transaction and sent after it commits.
 */
@Service
@PreAuthorize(Role.Require.SIGNED_IN)
public class Notifications implements UnreadCount {

    public static final String INBOX_ROUTE = "meldingen";
    private static final int MAX_SUBJECT = 300;
    private static final int MAX_BODY = 3500;

    private final InboxRepository inbox;
    private final OutboxRepository outbox;
    private final MailDelivery delivery;
    private final StaffDirectory staff;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Translations translations;
    private final PublicAddress address;
    private final JdbcTemplate jdbc;

    Notifications(InboxRepository inbox, OutboxRepository outbox, MailDelivery delivery, StaffDirectory staff,
            CurrentUser currentUser, ApplicationEventPublisher events, Clock clock, Translations translations,
            PublicAddress address, JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.inbox = inbox;
        this.outbox = outbox;
        this.delivery = delivery;
        this.staff = staff;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
        this.translations = translations;
        this.address = address;
    }

    /**
     * Notifies one person. {@code link} is an app route (without a leading slash) the inbox links to
     * and the mail shows as a full address.
     */
    @Transactional
    public void notify(long personId, String subject, String body, @Nullable String link) {
        notify(personId, subject, body, link, Set.of());
    }

    /**
     * Notifies one person, as {@link #notify(long, String, String, String)}. {@code readers}: besides the
     * recipient, the roles that may read the mail's body in the outbox, those who may read what the mail
     * is about anyway. Everyone else who may open the outbox (the beheerder) sees its recipient, subject,
     * status and times, not its body: a mail about a draft under MR consent stays between the MR and
     * those who may read the draft.
     */
    @Transactional
    public void notify(long personId, String subject, String body, @Nullable String link, Set<Role> readers) {
        var person = staff.find(personId).orElseThrow(() -> new IllegalArgumentException("No person " + personId));
        var cleanSubject = cut(subject, MAX_SUBJECT);
        var cleanBody = cut(body, MAX_BODY);
        inbox.save(new InboxItem(personId, cleanSubject, cleanBody, link, clock.instant()));
        if (!person.email().isBlank() && person.active()) {
            var text = mailText(person.fullName(), cleanBody, link);
            var mail = outbox.save(new OutgoingMail(person.email(), cleanSubject, text, delivery.initialStatus(),
                    clock.instant(), MailReaders.format(readers)));
            if (mail.status() == MailStatus.WACHTEND) {
                events.publishEvent(new MailQueued(mail.id()));
            }
        }
    }

    /**
     * Notifies many people at once, with the same statements for 3 people as for 1,000: their
     * records in one read, the inbox rows and the mails each in one batch. What {@link #notify} does
     * for one, for each of them; unknown people are skipped.
     */
    @Transactional
    public void notifyAll(List<Notice> notices) {
        if (notices.isEmpty()) {
            return;
        }
        var people = staff.members(notices.stream().map(Notice::personId).distinct().toList());
        var now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        var status = delivery.initialStatus();
        var inboxRows = new ArrayList<Object[]>(notices.size());
        var mailRows = new ArrayList<Object[]>(notices.size());
        for (var notice : notices) {
            var person = people.get(notice.personId());
            if (person == null) {
                continue;
            }
            var subject = cut(notice.subject(), MAX_SUBJECT);
            var body = cut(notice.body(), MAX_BODY);
            inboxRows.add(new Object[] {person.id(), subject, body, notice.link(), now});
            if (!person.email().isBlank() && person.active()) {
                mailRows.add(new Object[] {person.email(), subject, mailText(person.fullName(), body, notice.link()),
                        status.name(), now, MailReaders.format(notice.readers())});
            }
        }
        jdbc.batchUpdate(INSERT_INBOX, inboxRows, INBOX_TYPES);
        if (!mailRows.isEmpty()) {
            jdbc.batchUpdate(INSERT_MAIL, mailRows, MAIL_TYPES);
            if (status == MailStatus.WACHTEND) {
                events.publishEvent(new MailsQueued(mailRows.size()));
            }
        }
    }

    private static final String INSERT_INBOX =
            "insert into notification_inbox (person_id, subject, body, link, created_at) values (?, ?, ?, ?, ?)";
    private static final int[] INBOX_TYPES = {Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
            Types.TIMESTAMP_WITH_TIMEZONE};
    private static final String INSERT_MAIL =
            "insert into mail_outbox (recipient, subject, body, status, attempts, created_at, readers)"
                    + " values (?, ?, ?, ?, 0, ?, ?)";
    private static final int[] MAIL_TYPES = {Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
            Types.TIMESTAMP_WITH_TIMEZONE, Types.VARCHAR};

    private String mailText(String fullName, String body, @Nullable String link) {
        return translations.getTranslation("notification.mail.greeting", Translations.DUTCH, fullName)
                + "\n\n" + body + (link == null ? "" : "\n\n" + address.link(link))
                + "\n\n-- \n" + translations.getTranslation("notification.mail.signature", Translations.DUTCH);
    }

    /** The signed-in person's notifications, newest first. */
    @Transactional(readOnly = true)
    public List<InboxEntry> inbox() {
        return inbox.forPerson(currentUser.require().personId()).stream().map(InboxItem::toEntry).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public long unreadCount() {
        return currentUser.get().map(user -> inbox.unread(user.personId())).orElse(0L);
    }

    @Override
    public String inboxRoute() {
        return INBOX_ROUTE;
    }

    /** Marks one of the signed-in person's own notifications as read. */
    @Transactional
    public void markRead(long entryId) {
        var me = currentUser.require().personId();
        inbox.findById(entryId).filter(item -> item.personId() == me).ifPresent(item -> item.markRead(clock.instant()));
    }

    @Transactional
    public void markAllRead() {
        inbox.forPerson(currentUser.require().personId()).forEach(item -> item.markRead(clock.instant()));
    }

    /**
     * Every mail, newest first: what was sent, what waits, and what is kept because no mail server is set
     * up. Recipient, subject, status and times of every mail; the body only of mails the caller may read
     * anyway: sent to them, or one whose sender named a role of theirs as a reader (see
     * {@link #notify(long, String, String, String, Set)}). The others come without body.
     */
    @PreAuthorize(Role.Require.BEHEERDER_OR_SYSTEM)
    @Transactional(readOnly = true)
    public List<OutboxEntry> outbox() {
        var me = currentUser.get().map(user -> user.email()).orElse("");
        return outbox.newestFirst().stream().map(mail -> mail.toEntry(mayRead(mail, me))).toList();
    }

    private boolean mayRead(OutgoingMail mail, String myEmail) {
        return (!myEmail.isBlank() && mail.recipient().equalsIgnoreCase(myEmail))
                || currentUser.hasAnyRole(mail.readers().toArray(Role[]::new));
    }

    /** Whether mail goes out through a mail server (otherwise it is kept in the outbox). */
    public boolean mailConfigured() {
        return delivery.configured();
    }

    private static String cut(String text, int max) {
        var stripped = text.strip();
        return stripped.length() > max ? stripped.substring(0, max - 1) + "…" : stripped;
    }
}
