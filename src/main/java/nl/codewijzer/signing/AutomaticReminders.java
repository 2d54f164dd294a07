package nl.codewijzer.signing;

import java.sql.Types;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;
import nl.codewijzer.base.SchoolTime;
import nl.codewijzer.base.Translations;
import nl.codewijzer.notification.Notice;
import nl.codewijzer.notification.Notifications;
import nl.codewijzer.school.SchoolCalendar;
import nl.codewijzer.school.SchoolSettings;
import nl.codewijzer.security.Role;
import nl.codewijzer.signing.internal.CampaignRepository;
import nl.codewijzer.signing.internal.ReminderRepository;
import nl.codewijzer.signing.internal.ReminderSchedule;
import nl.codewijzer.signing.internal.ReminderSender;
import nl.codewijzer.signing.internal.RequestRepository;
import nl.codewijzer.signing.internal.SignatureRequest;
import nl.codewijzer.signing.internal.SigningCampaign;
import nl.codewijzer.signing.internal.SigningDocuments;
import nl.codewijzer.staff.StaffDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The campaigns that run themselves (issue 14): the reminders on the school's schedule and the
 * Monday digest for the coördinator and the schoolleiding. Only the app's own background jobs call
 * this (as the system; a person is refused), never a click: see {@code ReminderJobs}. Nothing goes
 * out at night, at the weekend or in a school holiday (school time, {@link SchoolCalendar}), and
 * nobody gets more than one reminder a day.
 * Both work with a fixed number of statements however many people are outstanding.
 */
@Service
@PreAuthorize(Role.Require.SYSTEM)
public class AutomaticReminders {

    private static final Logger log = LoggerFactory.getLogger(AutomaticReminders.class);
    /** Overdue names listed per campaign in the digest; the dashboard has them all. */
    static final int DIGEST_NAMES = 20;

    private final CampaignRepository campaigns;
    private final RequestRepository requests;
    private final ReminderRepository reminders;
    private final ReminderSender sender;
    private final SigningCampaigns overview;
    private final StaffDirectory staff;
    private final SchoolSettings settings;
    private final SchoolCalendar calendar;
    private final Notifications notifications;
    private final ApplicationEventPublisher events;
    private final Translations translations;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    AutomaticReminders(CampaignRepository campaigns, RequestRepository requests, ReminderRepository reminders,
            ReminderSender sender, SigningCampaigns overview, StaffDirectory staff, SchoolSettings settings,
            SchoolCalendar calendar, Notifications notifications, ApplicationEventPublisher events, Translations translations, JdbcTemplate jdbc,
            PlatformTransactionManager transactions, Clock clock) {
        this.campaigns = campaigns;
        this.requests = requests;
        this.reminders = reminders;
        this.sender = sender;
        this.overview = overview;
        this.staff = staff;
        this.settings = settings;
        this.calendar = calendar;
        this.notifications = notifications;
        this.events = events;
        this.translations = translations;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /**
     * Reminds everyone whose schedule has a step today (or one missed since their last reminder), in
     * one transaction. Should a coördinator remind some of the same people at that moment, the
     * database refuses the batch (one reminder per person per day) and the run is repeated once,
     * without them.
     *
     * @return the names of the people reminded; none at night, at the weekend, in a holiday, or with the
     *         schedule off
     */
    public List<String> remindDue() {
        if (!SchoolTime.daytimeOnAWorkingDay(clock.instant())) {
            log.info("No automatic reminders: outside school hours on a working day");
            return List.of();
        }
        try {
            return Objects.requireNonNull(transaction.execute(status -> remindDueNow()));
        } catch (DataIntegrityViolationException remindedMeanwhile) {
            return Objects.requireNonNull(transaction.execute(status -> remindDueNow()));
        }
    }

    private List<String> remindDueNow() {
        var workingDays = calendar.workingDays();
        var holiday = workingDays.holidayOn(today());
        if (holiday.isPresent()) {
            log.info("No automatic reminders: {} (school holiday)", holiday.get().name());
            return List.of();
        }
        var schedule = ReminderSchedule.of(settings.current(), workingDays);
        if (!schedule.automatic()) {
            return List.of();
        }
        var active = new HashMap<Long, SigningCampaign>();
        campaigns.active().forEach(campaign -> active.put(campaign.versionId(), campaign));
        if (active.isEmpty()) {
            return List.of();
        }
        var lastReminded = new HashMap<String, LocalDate>();
        for (var row : reminders.lastSentOn(active.keySet())) {
            lastReminded.put(row[0] + "/" + row[1], (LocalDate) row[2]);
        }
        var today = today();
        var due = new ArrayList<ReminderSender.Due>();
        for (var request : requests.openOf(active.keySet())) {
            var requestedOn = LocalDate.ofInstant(request.requestedAt(), SchoolTime.ZONE);
            var last = lastReminded.get(request.personId() + "/" + request.versionId());
            if (last != null && last.isBefore(requestedOn)) {
                last = null; // a reminder of the version's campaign, before this yearly round asked again
            }
            if (schedule.remindToday(requestedOn, request.dueDate(), last, today)) {
                due.add(new ReminderSender.Due(Objects.requireNonNull(active.get(request.versionId())), request));
            }
        }
        var result = sender.remindAtOnce(due, null);
        if (!result.sentTo().isEmpty() || !result.skipped().isEmpty()) {
            log.info("Automatic reminders: {} sent, {} skipped (already reminded today)", result.sentTo().size(),
                    result.skipped().size());
        }
        return result.sentTo();
    }

    private static final String INSERT_DIGEST =
            "insert into signing_digest (week_of, sent_at, recipients, campaigns) values (?, ?, ?, ?)";

    /**
     * The weekly digest, in the app and by mail, to every active coördinator and member of the
     * schoolleiding: per active campaign how far it is, and who is overdue and for how long (the
     * longest first). Once a week: the week's row in {@code signing_digest} is written with it, so a
     * second run (or a second server) that week sends nothing. No digest without an active campaign.
     * It goes out on the first working day of the week: the Monday, or when that is a holiday (Easter
     * Monday, or a holiday week) the first day after it in the same week, if any.
     *
     * @return the number of people who received it
     */
    public int sendWeeklyDigest() {
        if (!SchoolTime.daytimeOnAWorkingDay(clock.instant())) {
            return 0;
        }
        try {
            return Objects.requireNonNull(transaction.execute(status -> sendDigestNow()));
        } catch (DataIntegrityViolationException sentMeanwhile) {
            return 0; // another server wrote this week's digest at the same moment
        }
    }

    private int sendDigestNow() {
        var today = today();
        if (!calendar.workingDays().firstWorkingDayOfWeek(today)) {
            return 0;
        }
        var weekOf = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        var already = jdbc.queryForObject("select count(*) from signing_digest where week_of = ?", Long.class, weekOf);
        if (already != null && already > 0) {
            return 0;
        }
        var summaries = overview.activeCampaigns();
        if (summaries.isEmpty()) {
            return 0;
        }
        var recipients = staff.activeWithAnyRole(Role.COORDINATOR, Role.SCHOOLLEIDING);
        if (recipients.isEmpty()) {
            return 0;
        }
        var overdue = requests.openOf(summaries.stream().map(CampaignSummary::versionId).toList()).stream()
                .filter(request -> request.overdue(today)).toList();
        var names = staff.names(overdue.stream().map(SignatureRequest::personId).distinct().toList());
        var body = new StringBuilder(dutch("signing.digest.intro", date(weekOf)));
        int overdueCount = 0;
        for (var summary : summaries) {
            body.append("\n\n").append(dutch("signing.digest.campaign", summary.codeTitle(), summary.versionNumber(),
                    summary.signed(), summary.asked(), summary.percent(), summary.outstanding(), summary.overdue()));
            var late = overdue.stream().filter(request -> request.versionId() == summary.versionId())
                    .sorted(Comparator.comparing(SignatureRequest::dueDate)
                            .thenComparing(request -> names.getOrDefault(request.personId(), ""), nl.codewijzer.base.DutchNames.ORDER))
                    .toList();
            overdueCount += late.size();
            if (!late.isEmpty()) {
                var listed = late.stream().limit(DIGEST_NAMES)
                        .map(request -> dutch("signing.digest.late-person", names.getOrDefault(request.personId(), "?"),
                                ChronoUnit.DAYS.between(request.dueDate(), today)))
                        .toList();
                body.append('\n').append(dutch("signing.digest.late", String.join(", ", listed)));
                if (late.size() > DIGEST_NAMES) {
                    body.append(' ').append(dutch("signing.digest.more", late.size() - DIGEST_NAMES));
                }
            }
        }
        var subject = dutch("signing.digest.subject", date(weekOf), overdueCount);
        var notices = recipients.stream()
                .map(member -> new Notice(member.id(), subject, body.toString(), SigningCampaigns.ROUTE)).toList();
        jdbc.update(INSERT_DIGEST, ps -> {
            ps.setObject(1, weekOf, Types.DATE);
            ps.setObject(2, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
            ps.setInt(3, recipients.size());
            ps.setInt(4, summaries.size());
        });
        notifications.notifyAll(notices);
        events.publishEvent(new SigningDigestSent(weekOf, recipients.size(), summaries.size(), overdueCount));
        return recipients.size();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(SchoolTime.ZONE));
    }

    private static String date(LocalDate date) {
        return SigningDocuments.date(date, Translations.DUTCH);
    }

    private String dutch(String key, Object... args) {
        return translations.getTranslation(key, Translations.DUTCH, args);
    }
}
