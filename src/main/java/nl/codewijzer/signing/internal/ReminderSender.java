package nl.codewijzer.signing.internal;

import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import nl.codewijzer.base.SchoolTime;
import nl.codewijzer.base.Translations;
import nl.codewijzer.notification.Notice;
import nl.codewijzer.notification.Notifications;
import nl.codewijzer.signing.ReminderResult;
import nl.codewijzer.signing.SignatureReminderSent;
import nl.codewijzer.signing.YearlyReconfirmations;
import nl.codewijzer.staff.StaffDirectory;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes reminders, by hand (the dashboard) or by the app itself (the schedule): a row per reminder,
 * a notification in the app and by mail through the outbox, and an audit event. At most one per
 * person per day, over all codes: who was reminded today is read first, and the database refuses a
 * second row for a person and day should two writers meet.
 */
@Component
public class ReminderSender {

    /** One open request to remind, with its campaign. */
    public record Due(SigningCampaign campaign, SignatureRequest request) {
    }

    private static final String INSERT_REMINDER =
            "insert into signature_reminder (person_id, version_id, sent_on, sent_at, sent_by_id) values (?, ?, ?, ?, ?)";
    private static final int[] REMINDER_TYPES = {Types.BIGINT, Types.BIGINT, Types.DATE, Types.TIMESTAMP_WITH_TIMEZONE,
            Types.BIGINT};

    private final ReminderRepository reminders;
    private final StaffDirectory staff;
    private final Notifications notifications;
    private final ApplicationEventPublisher events;
    private final Translations translations;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    ReminderSender(ReminderRepository reminders, StaffDirectory staff, Notifications notifications,
            ApplicationEventPublisher events, Translations translations, JdbcTemplate jdbc, Clock clock) {
        this.reminders = reminders;
        this.staff = staff;
        this.notifications = notifications;
        this.events = events;
        this.translations = translations;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Reminds the people of these open requests in the caller's transaction, with a fixed number of
     * statements however many they are: who was reminded today and their names in one read each, the
     * reminders and the notifications each in one batch. Someone reminded today already (also a
     * second request of the same person in this list) is skipped. {@code sender} is null for the app itself.
     */
    public ReminderResult remindAtOnce(List<Due> due, @Nullable Long sender) {
        var today = today();
        var now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        var remindedToday = new HashSet<>(reminders.personsRemindedOn(today));
        var names = staff.names(due.stream().map(item -> item.request().personId()).toList());
        var sent = new ArrayList<String>();
        var skipped = new ArrayList<String>();
        var rows = new ArrayList<Object[]>();
        var notices = new ArrayList<Notice>();
        var reminded = new ArrayList<Due>();
        for (var item : due) {
            var request = item.request();
            var name = names.getOrDefault(request.personId(), "?");
            if (!remindedToday.add(request.personId())) {
                skipped.add(name);
                continue;
            }
            sent.add(name);
            reminded.add(item);
            rows.add(new Object[] {request.personId(), request.versionId(), today, now, sender});
            notices.add(notice(item.campaign(), request, today));
        }
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(INSERT_REMINDER, rows, REMINDER_TYPES);
            notifications.notifyAll(notices);
            reminded.forEach(item -> events.publishEvent(sentEvent(item, today, sender)));
        }
        return new ReminderResult(sent, skipped);
    }

    /** Reminds one person, unless they had a reminder today; in the caller's transaction. */
    public boolean remindOne(Due item, @Nullable Long sender) {
        var today = today();
        var request = item.request();
        if (reminders.existsByPersonIdAndSentOn(request.personId(), today)) {
            return false;
        }
        reminders.saveAndFlush(new Reminder(request.personId(), request.versionId(), today, clock.instant(), sender));
        var notice = notice(item.campaign(), request, today);
        notifications.notify(notice.personId(), notice.subject(), notice.body(), notice.link(), notice.readers());
        events.publishEvent(sentEvent(item, today, sender));
        return true;
    }

    private static SignatureReminderSent sentEvent(Due item, LocalDate today, @Nullable Long sender) {
        var request = item.request();
        return new SignatureReminderSent(request.id(), request.personId(), request.versionId(),
                item.campaign().versionNumber(), today, sender == null);
    }

    private Notice notice(SigningCampaign campaign, SignatureRequest request, LocalDate today) {
        var due = SigningDocuments.date(request.dueDate(), Translations.DUTCH);
        if (request.roundYear() != 0) {
            // a yearly round (decision 0053): they signed this text before; ask them to confirm it for the year
            var year = YearlyReconfirmations.label(request.roundYear());
            return new Notice(request.personId(),
                    dutch("signing.notify.reminder.reconfirm.subject", campaign.codeTitle(), year),
                    dutch(request.overdue(today) ? "signing.notify.reminder.reconfirm.overdue"
                            : "signing.notify.reminder.reconfirm.body", campaign.codeTitle(), campaign.versionNumber(),
                            year, due),
                    Enrolment.SIGN_ROUTE, Enrolment.MAIL_READERS);
        }
        return new Notice(request.personId(),
                dutch("signing.notify.reminder.subject", campaign.codeTitle(), campaign.versionNumber()),
                request.overdue(today)
                        ? dutch("signing.notify.reminder.overdue", campaign.codeTitle(), campaign.versionNumber(), due)
                        : dutch("signing.notify.reminder.body", campaign.codeTitle(), campaign.versionNumber(), due),
                Enrolment.SIGN_ROUTE, Enrolment.MAIL_READERS);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(SchoolTime.ZONE));
    }

    private String dutch(String key, Object... args) {
        return translations.getTranslation(key, Translations.DUTCH, args);
    }
}
