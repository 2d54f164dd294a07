package nl.codewijzer.signing;

import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import nl.codewijzer.base.DutchNames;
import nl.codewijzer.base.InvalidInput;
import nl.codewijzer.base.SchoolTime;
import nl.codewijzer.base.Translations;
import nl.codewijzer.notification.Notice;
import nl.codewijzer.notification.Notifications;
import nl.codewijzer.school.SchoolCalendar;
import nl.codewijzer.school.SchoolSettings;
import nl.codewijzer.school.WorkingDays;
import nl.codewijzer.security.Role;
import nl.codewijzer.signing.internal.CampaignRepository;
import nl.codewijzer.signing.internal.Enrolment;
import nl.codewijzer.signing.internal.RequestRepository;
import nl.codewijzer.signing.internal.Signature;
import nl.codewijzer.signing.internal.SignatureRepository;
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
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The yearly re-confirmation (issue 14, decision 0053). When the school has chosen a day
 * ({@link SchoolCalendar#reconfirmationDay()}), every school year (1 August to 31 July) a round of
 * each code's active version starts on the first working day on or after that day: everyone in the
 * version's audience confirms the same text again (the same SHA-256) with a new signature of the
 * round, due the school's signing term later, reminded on the school's schedule like any request.
 * Whoever still has the version's own request open is left out: that signature is this year's.
 * A version adopted on or after the round's first day gets no round that school year: its own
 * campaign is the year's confirmation.
 *
 * <p>Exactly once per code and school year: the round's row in {@code signing_round} is inserted
 * first, and its primary key refuses a second run, on this server or another.
 */
@Service
public class YearlyReconfirmations {

    /** The rounds' registers (ReconfirmationView). */
    public static final String ROUTE = "ondertekening/herbevestiging";
    private static final Logger log = LoggerFactory.getLogger(YearlyReconfirmations.class);
    /** The school year starts on 1 August. */
    static final int FIRST_MONTH = 8;

    private final CampaignRepository campaigns;
    private final RequestRepository requests;
    private final SignatureRepository signatures;
    private final Enrolment enrolment;
    private final StaffDirectory staff;
    private final SchoolSettings settings;
    private final SchoolCalendar calendar;
    private final Notifications notifications;
    private final ApplicationEventPublisher events;
    private final Translations translations;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    YearlyReconfirmations(CampaignRepository campaigns, RequestRepository requests, SignatureRepository signatures,
            Enrolment enrolment, StaffDirectory staff, SchoolSettings settings, SchoolCalendar calendar,
            Notifications notifications, ApplicationEventPublisher events, Translations translations, JdbcTemplate jdbc,
            PlatformTransactionManager transactions, Clock clock) {
        this.campaigns = campaigns;
        this.requests = requests;
        this.signatures = signatures;
        this.enrolment = enrolment;
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

    // ---- the rounds, started by the job ----

    /**
     * Starts this school year's round of every active version whose round is due and not started
     * yet; each in a transaction of its own. Only the app's background job calls this.
     *
     * @return the number of people asked to re-confirm
     */
    @PreAuthorize(Role.Require.SYSTEM)
    public int startDue() {
        var day = calendar.reconfirmationDay();
        if (day.isEmpty()) {
            return 0;
        }
        var today = today();
        int year = schoolYearOf(today);
        var startsOn = startOf(year, day.get(), calendar.workingDays());
        if (today.isBefore(startsOn)) {
            return 0;
        }
        var firstDay = startsOn.atStartOfDay(SchoolTime.ZONE).toInstant();
        int asked = 0;
        for (var campaign : campaigns.active()) {
            if (!campaign.adoptedAt().isBefore(firstDay) || started(campaign.codeId(), year)) {
                continue;
            }
            try {
                asked += Objects.requireNonNull(transaction.execute(status -> start(campaign, year, startsOn)));
            } catch (DataIntegrityViolationException startedMeanwhile) {
                log.info("Round {} of '{}' was started by another run", year, campaign.codeTitle());
            }
        }
        return asked;
    }

    /** The school year a day falls in, by its first calendar year: 2027 for a day from 1 August 2027 to 31 July 2028. */
    public static int schoolYearOf(LocalDate day) {
        return day.getMonthValue() >= FIRST_MONTH ? day.getYear() : day.getYear() - 1;
    }

    /** The first day of the round of a school year: the first working day on or after the chosen day in it. */
    public static LocalDate startOf(int schoolYear, MonthDay day, WorkingDays workingDays) {
        var chosen = day.atYear(day.getMonthValue() >= FIRST_MONTH ? schoolYear : schoolYear + 1);
        return workingDays.from(chosen);
    }

    /** "2027-2028". */
    public static String label(int schoolYear) {
        return schoolYear + "-" + (schoolYear + 1);
    }

    /**
     * How an audit entry names the round it belongs to: nothing for the version's own campaign (round 0), else
     * "; schoolYear=2026-2027", as the round's start and its register export say it.
     */
    static String auditDetail(int roundYear) {
        return roundYear == 0 ? "" : "; schoolYear=" + label(roundYear);
    }

    private boolean started(long codeId, int year) {
        return !jdbc.queryForList("select school_year from signing_round where code_id = ? and school_year = ?",
                Integer.class, codeId, year).isEmpty();
    }

    private int start(SigningCampaign campaign, int year, LocalDate startsOn) {
        var now = clock.instant();
        var due = startsOn.plusDays(settings.current().signingDueDays());
        // first: a second run fails here, before anyone is asked twice
        jdbc.update("""
                insert into signing_round (code_id, school_year, version_id, starts_on, due_date, created_at, asked)
                values (?, ?, ?, ?, ?, ?, 0)""", campaign.codeId(), year, campaign.versionId(), startsOn, due,
                OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
        var stillOpen = new HashSet<Long>();
        for (var request : requests.openOfAllRounds(campaign.versionId())) {
            if (request.roundYear() == 0) {
                stillOpen.add(request.personId()); // their outstanding signature is this year's confirmation
            } else {
                request.supersede(now); // last year's round ends with this one
            }
        }
        requests.flush();
        var members = Enrolment.inAudience(staff.activeStaff(), enrolment.audienceOf(campaign.versionId())).stream()
                .filter(member -> !stillOpen.contains(member.id())).toList();
        var rows = members.stream().map(member -> new Object[] {member.id(), campaign.versionId(),
                OffsetDateTime.ofInstant(now, ZoneOffset.UTC), due, year}).toList();
        jdbc.batchUpdate("""
                insert into signature_request (row_version, person_id, version_id, requested_at, due_date, status,
                                               round_year)
                values (0, ?, ?, ?, ?, 'OPEN', ?)""", rows,
                new int[] {Types.BIGINT, Types.BIGINT, Types.TIMESTAMP_WITH_TIMEZONE, Types.DATE, Types.INTEGER});
        jdbc.update("update signing_round set asked = ? where code_id = ? and school_year = ?", members.size(),
                campaign.codeId(), year);
        var byPerson = new HashMap<Long, SignatureRequest>();
        requests.ofRound(campaign.versionId(), year).forEach(request -> byPerson.put(request.personId(), request));
        var notices = new ArrayList<Notice>();
        var subject = dutch("signing.notify.reconfirm.subject", campaign.codeTitle(), label(year));
        var body = dutch("signing.notify.reconfirm.body", campaign.codeTitle(), campaign.versionNumber(), label(year),
                SigningDocuments.date(due, Translations.DUTCH));
        for (var member : members) {
            var request = Objects.requireNonNull(byPerson.get(member.id()));
            events.publishEvent(new SignatureRequested(request.id(), member.id(), campaign.versionId(),
                    campaign.versionNumber(), due, false));
            notices.add(new Notice(member.id(), subject, body, Signing.ROUTE, Enrolment.MAIL_READERS));
        }
        notifications.notifyAll(notices);
        events.publishEvent(new ReconfirmationRoundStarted(campaign.codeId(), campaign.versionId(),
                campaign.versionNumber(), year, startsOn, due, members.size()));
        log.info("Yearly re-confirmation {} of '{}' version {}: {} staff member(s) asked", label(year),
                campaign.codeTitle(), campaign.versionNumber(), members.size());
        return members.size();
    }

    // ---- the rounds' registers ----

    /** Every round started, the newest school year first. */
    @Transactional(readOnly = true)
    @PreAuthorize(SigningCampaigns.LEADERS)
    public List<ReconfirmationRound> rounds() {
        var today = today();
        return jdbc.query("""
                select r.code_id, r.school_year, r.version_id, c.code_title, c.version_number, c.sha256, r.starts_on,
                       r.due_date, r.asked,
                       (select count(*) from signature_request q where q.version_id = r.version_id
                            and q.round_year = r.school_year and q.status = 'SIGNED'),
                       (select count(*) from signature_request q where q.version_id = r.version_id
                            and q.round_year = r.school_year and q.status = 'OPEN'),
                       (select count(*) from signature_request q where q.version_id = r.version_id
                            and q.round_year = r.school_year and q.status = 'OPEN' and q.due_date < ?)
                from signing_round r join signing_campaign c on c.version_id = r.version_id
                order by r.school_year desc, c.code_title""", (row, i) -> new ReconfirmationRound(row.getLong(1),
                row.getInt(2), row.getLong(3), row.getString(4), row.getInt(5), row.getString(6),
                row.getObject(7, LocalDate.class), row.getObject(8, LocalDate.class), row.getInt(9), row.getInt(10),
                row.getInt(11), row.getInt(12)), today);
    }

    /** One round's register: everyone asked, their status, and for each re-confirmation its time and code. */
    @Transactional(readOnly = true)
    @PreAuthorize(SigningCampaigns.LEADERS)
    public ReconfirmationRegister register(long codeId, int schoolYear) {
        var round = rounds().stream().filter(r -> r.codeId() == codeId && r.schoolYear() == schoolYear).findFirst()
                .orElseThrow(() -> new InvalidInput("round", "signing.reconfirm.error.round-not-found"));
        var today = today();
        var asked = requests.ofRound(round.versionId(), schoolYear);
        var names = staff.names(asked.stream().map(SignatureRequest::personId).toList());
        var signed = new HashMap<Long, Signature>();
        signatures.ofRound(round.versionId(), schoolYear).forEach(signature -> signed.put(signature.personId(), signature));
        // reminders carry no round (decision 0053): whoever is in a round had no open request of the version
        // before it, so every reminder of the version since the round began is one of the round's
        var reminded = new HashMap<Long, Object[]>();
        jdbc.query("""
                select person_id, max(sent_on), count(*) from signature_reminder
                where version_id = ? and sent_on >= ? group by person_id""", row -> {
            reminded.put(row.getLong(1), new Object[] {row.getObject(2, LocalDate.class), row.getInt(3)});
        }, round.versionId(), round.startsOn());
        var lines = new ArrayList<ReconfirmationRegister.Line>();
        for (var request : asked) {
            var reminders = reminded.get(request.personId());
            var signature = signed.get(request.personId());
            var status = request.overdue(today) ? "signing.status.overdue" : request.status().labelKey();
            lines.add(new ReconfirmationRegister.Line(request.personId(),
                    signature != null ? signature.personName() : names.getOrDefault(request.personId(),
                            "#" + request.personId()), status, request.dueDate(), request.open(),
                    signature == null ? null : signature.id(), signature == null ? null : signature.signedAt(),
                    signature == null ? null : signature.sha256(),
                    signature == null ? null : signature.verificationCode(),
                    signature == null ? null : signature.method(),
                    reminders == null ? null : (LocalDate) reminders[0], reminders == null ? 0 : (int) reminders[1]));
        }
        lines.sort(Comparator.comparing(ReconfirmationRegister.Line::name, DutchNames.ORDER));
        return new ReconfirmationRegister(round, lines);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(SchoolTime.ZONE));
    }

    private String dutch(String key, Object... args) {
        return translations.getTranslation(key, Translations.DUTCH, args);
    }
}
