package nl.codewijzer.revision;

import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.codewijzer.base.DateTexts;
import nl.codewijzer.base.InvalidInput;
import nl.codewijzer.base.SchoolTime;
import nl.codewijzer.base.Translations;
import nl.codewijzer.codetext.CodeSummary;
import nl.codewijzer.codetext.CodeTexts;
import nl.codewijzer.consent.ConsentRounds;
import nl.codewijzer.notification.Notice;
import nl.codewijzer.notification.Notifications;
import nl.codewijzer.revision.internal.FeedbackAgenda;
import nl.codewijzer.revision.internal.Revision;
import nl.codewijzer.revision.internal.RevisionRepository;
import nl.codewijzer.security.CurrentUser;
import nl.codewijzer.security.Role;
import nl.codewijzer.staff.StaffDirectory;
import nl.codewijzer.teamday.MeetingPlanning;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The review cycle of an adopted version (issue 15). The evaluation date the schoolleiding set at the
 * adoption drives it: six and two weeks before it the coördinator and the schoolleiding are reminded
 * (in the app and by mail, by the app itself, each reminder once), from six weeks before it their start
 * page shows a card, and "Herziening starten" opens the next concept from the active version and plans
 * a team day whose agenda holds the five checklist questions and, after them, one topic per article
 * with new feedback from the staff (see {@link ArticleFeedback}). The coördinator and the schoolleiding
 * read and start; only the app's own job reminds.
 */
@Service
@PreAuthorize(Role.Require.FACILITATOR)
public class Revisions {

    private final nl.codewijzer.school.SchoolCalendar calendar;

    public static final String ROUTE = "herziening";
    private static final Logger log = LoggerFactory.getLogger(Revisions.class);
    private static final String INSERT_REMINDER = "insert into review_reminder "
            + "(version_id, weeks_before, review_date, sent_at, recipients) values (?, ?, ?, ?, ?)";

    private final CodeTexts codeTexts;
    private final ConsentRounds consent;
    private final MeetingPlanning planning;
    private final RevisionRepository revisions;
    private final FeedbackAgenda feedbackAgenda;
    private final StaffDirectory staff;
    private final Notifications notifications;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Translations translations;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    Revisions(CodeTexts codeTexts, ConsentRounds consent, MeetingPlanning planning, RevisionRepository revisions,
            FeedbackAgenda feedbackAgenda,
            StaffDirectory staff, Notifications notifications, CurrentUser currentUser, ApplicationEventPublisher events,
            Translations translations, JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock, nl.codewijzer.school.SchoolCalendar calendar) {
        this.calendar = calendar;
        this.codeTexts = codeTexts;
        this.consent = consent;
        this.planning = planning;
        this.revisions = revisions;
        this.feedbackAgenda = feedbackAgenda;
        this.staff = staff;
        this.notifications = notifications;
        this.currentUser = currentUser;
        this.events = events;
        this.translations = translations;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Every code with an adopted version, and where its review stands. */
    @Transactional(readOnly = true)
    public List<ReviewStatus> overview() {
        var today = today();
        var result = new ArrayList<ReviewStatus>();
        for (var code : codeTexts.codes()) {
            status(code, today).ifPresent(result::add);
        }
        return result;
    }

    /** The reviews the start page shows a card for: within six weeks of the evaluation date, or past it, and not started. */
    @Transactional(readOnly = true)
    public List<ReviewStatus> due() {
        return overview().stream().filter(ReviewStatus::due).toList();
    }

    /**
     * "Herziening starten": the next concept of the code, with the active version's text, and a team day
     * on {@code meetingDate} whose agenda holds the five checklist questions, then one topic per article
     * with new feedback (which is then "op de agenda"). Once per adopted version;
     * refused (and nothing saved) when the code has no adopted version, a concept is open already, or
     * the date is missing or past.
     */
    @Transactional
    public RevisionStart start(long codeId, @Nullable LocalDate meetingDate) {
        var code = codeTexts.code(codeId);
        var active = codeTexts.active(codeId).orElseThrow(() -> new InvalidInput("code", "revision.error.no-active"));
        if (revisions.findByFromVersionId(active.id()).isPresent()) {
            throw new InvalidInput("code", "revision.error.already-started", active.number());
        }
        if (meetingDate == null) {
            throw new InvalidInput("date", "revision.error.date-missing");
        }
        if (meetingDate.isBefore(today())) {
            throw new InvalidInput("date", "revision.error.date-past");
        }
        var reviewDate = consent.reviewDate(active.id());
        var message = dutch("revision.concept.message", active.number(),
                reviewDate.map(day -> DateTexts.date(day, Translations.DUTCH)).orElse(dutch("revision.concept.no-date")));
        var draft = codeTexts.startDraft(active.id(), active.markdown(), cut(message, CodeTexts.MAX_MESSAGE_LENGTH),
                dutch("revision.concept.source"));
        var meeting = planning.create(codeId, cut(dutch("revision.meeting.title", code.title()), MeetingPlanning.MAX_TITLE),
                meetingDate);
        var user = currentUser.get();
        var byName = user.map(u -> u.fullName()).orElse("Codewijzer");
        int topics = feedbackAgenda.addTopics(codeId, meeting.id(),
                ArticleFeedback.articlesOf(active).stream().map(Article::title).toList(), null, this::dutch,
                clock.instant(), byName);
        var revision = revisions.saveAndFlush(new Revision(codeId, active.id(), draft.id(), meeting.id(), clock.instant(),
                user.map(u -> u.personId()).orElse(null), byName));
        events.publishEvent(new RevisionStarted(revision.id(), codeId, active.id(), draft.id(), meeting.id(), topics));
        return new RevisionStart(codeId, draft.id(), draft.number(), meeting.id(), topics);
    }

    /**
     * Reminds the active coördinators and schoolleiding of each evaluation date six and two weeks before
     * it (a reminder missed, say while the app was down, goes out the next working day, and a date set
     * less than six weeks ahead gets the reminder that applies). Each reminder goes out once: its row in
     * {@code review_reminder} is written with it, so a second run or a second server sends nothing.
     * Nothing at night or at the weekend, and none once the revision has started or the date has come
     * (the start page's card takes over). Only the app's own job calls this.
     *
     * @return the number of reminders sent (one per version and step, to everyone concerned)
     */
    @PreAuthorize(Role.Require.SYSTEM)
    public int remindDue() {
        // not at night, at the weekend or in a school holiday (the school's calendar, issue 14)
        if (!calendar.workingDays().daytimeOnAWorkingDay(clock.instant())) {
            return 0;
        }
        var today = today();
        var pending = Objects.requireNonNull(transaction.execute(status -> overview().stream()
                .filter(review -> review.reviewDate() != null && !review.started() && weeksBefore(review.daysLeft()) > 0)
                .toList()));
        int sent = 0;
        for (var review : pending) {
            try {
                sent += Objects.requireNonNull(transaction.execute(status -> remind(review, today)));
            } catch (DataIntegrityViolationException sentMeanwhile) {
                log.info("Review reminder for version {} was sent by another server", review.versionId());
            }
        }
        return sent;
    }

    /** Which reminder is due so many days before the evaluation date: 2 (weeks), 6, or none (0). */
    static int weeksBefore(long daysLeft) {
        if (daysLeft <= 0) {
            return 0;
        }
        if (daysLeft <= 14) {
            return 2;
        }
        return daysLeft <= ReviewStatus.DUE_FROM_DAYS ? 6 : 0;
    }

    private int remind(ReviewStatus review, LocalDate today) {
        int weeks = weeksBefore(review.daysLeft());
        var already = jdbc.queryForObject(
                "select count(*) from review_reminder where version_id = ? and weeks_before <= ?", Long.class,
                review.versionId(), weeks);
        if (already != null && already > 0) {
            return 0;
        }
        var recipients = staff.activeWithAnyRole(Role.COORDINATOR, Role.SCHOOLLEIDING);
        var reviewDate = Objects.requireNonNull(review.reviewDate());
        jdbc.update(INSERT_REMINDER, ps -> {
            ps.setLong(1, review.versionId());
            ps.setInt(2, weeks);
            ps.setObject(3, reviewDate, Types.DATE);
            ps.setObject(4, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
            ps.setInt(5, recipients.size());
        });
        var subject = dutch("revision.reminder.subject", review.codeTitle(), DateTexts.date(reviewDate, Translations.DUTCH));
        var body = dutch("revision.reminder.body", review.codeTitle(), review.versionNumber(), DateTexts.date(reviewDate, Translations.DUTCH),
                ChronoUnit.DAYS.between(today, reviewDate));
        notifications.notifyAll(recipients.stream()
                .map(member -> new Notice(member.id(), subject, body, ROUTE)).toList());
        events.publishEvent(new ReviewReminderSent(review.versionId(), weeks, reviewDate, recipients.size()));
        log.info("Review reminder ({} weeks) for {} version {} sent to {}", weeks, review.codeTitle(),
                review.versionNumber(), recipients.size());
        return 1;
    }

    private Optional<ReviewStatus> status(CodeSummary code, LocalDate today) {
        var active = code.active();
        if (active == null) {
            return Optional.empty();
        }
        var reviewDate = consent.reviewDate(active.id()).orElse(null);
        long daysLeft = reviewDate == null ? 0 : ChronoUnit.DAYS.between(today, reviewDate);
        var revision = revisions.findByFromVersionId(active.id());
        return Optional.of(new ReviewStatus(code.id(), code.title(), active.id(), active.number(), reviewDate, daysLeft,
                revision.map(Revision::meetingId).orElse(null), revision.map(Revision::conceptVersionId).orElse(null),
                revision.map(Revision::startedAt).orElse(null), revision.map(Revision::startedByName).orElse(null)));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(SchoolTime.ZONE));
    }

    private String dutch(String key, Object... args) {
        return translations.getTranslation(key, Translations.DUTCH, args);
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
