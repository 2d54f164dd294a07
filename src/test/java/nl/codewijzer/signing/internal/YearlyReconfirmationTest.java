package nl.codewijzer.signing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import nl.codewijzer.ContextSecurityStrategy;
import nl.codewijzer.MovableClock;
import nl.codewijzer.Reactions;
import nl.codewijzer.SignIn;
import nl.codewijzer.audit.AuditFilter;
import nl.codewijzer.audit.AuditTrail;
import nl.codewijzer.codetext.CodeTexts;
import nl.codewijzer.codetext.VersionDetail;
import nl.codewijzer.notification.InboxEntry;
import nl.codewijzer.notification.Notifications;
import nl.codewijzer.school.SchoolCalendar;
import nl.codewijzer.security.SystemActor;
import nl.codewijzer.signing.CampaignOverview;
import nl.codewijzer.signing.PaperSignatures;
import nl.codewijzer.signing.ReconfirmationRegister;
import nl.codewijzer.signing.ReconfirmationRound;
import nl.codewijzer.signing.SignContext;
import nl.codewijzer.signing.Signing;
import nl.codewijzer.signing.SigningCampaigns;
import nl.codewijzer.signing.SigningFixtures;
import nl.codewijzer.signing.SigningSeeding;
import nl.codewijzer.signing.YearlyReconfirmations;
import nl.codewijzer.staff.StaffDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestExecutionListeners;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The yearly re-confirmation (decision 0053) as the school notices it, through the real scheduled
 * job ({@link YearlyReconfirmationJob}, with its ShedLock) on a clock the test moves from June 2026
 * to August 2027: the round starts on the first working day after the summer holiday, exactly once
 * however often the job runs, asks again everyone who signed (not who still has the version open),
 * and a re-confirmation is a new signature of the same text in the round's own register, while the
 * version's register stays as it was.
 */
@SpringBootTest
@ActiveProfiles("test")
@TestExecutionListeners(listeners = ContextSecurityStrategy.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class YearlyReconfirmationTest {

    private static final String IRIS = "iris.hendriks@school.example";
    private static final String BART = "docent@school.example";
    private static final String NOOR = "nieuw@school.example";
    private static final byte[] PDF = "%PDF-1.4\n% op papier\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    /** Monday 1 June 2026, 10:00: the adoption, in school year 2025-2026. */
    private static final MovableClock CLOCK = new MovableClock(MovableClock.at(2026, 6, 1, 10, 0));

    @TestConfiguration
    static class TheSchoolYear {
        @Bean
        @Primary
        Clock movableClock() {
            return CLOCK;
        }
    }

    @Autowired
    YearlyReconfirmationJob job;
    @Autowired
    YearlyReconfirmations yearly;
    @Autowired
    SchoolCalendar calendar;
    @Autowired
    Signing signing;
    @Autowired
    PaperSignatures paper;
    @Autowired
    SigningCampaigns campaigns;
    @Autowired
    Notifications notifications;
    @Autowired
    AuditTrail audit;
    @Autowired
    CodeTexts codeTexts;
    @Autowired
    SigningSeeding seeding;
    @Autowired
    StaffDirectory staff;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    UserDetailsService users;
    @Autowired
    Reactions reactions;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void each_school_year_one_round_asks_everyone_again_and_a_reconfirmation_is_a_new_signature_of_the_same_text() {
        var version = new SigningFixtures(codeTexts, seeding, staff, transaction, users, reactions).adopted("Jaarlijks");
        SignIn.as(users, IRIS);
        var first = signing.sign(version.id(), true, "Iris Hendriks", version.summary().sha256(), SignContext.NONE);
        // Noor signs on paper, recorded by the coördinator: asked again in the round too
        SignIn.as(users, "coordinator@school.example");
        var noorOnPaper = paper.record(version.id(), personId(NOOR), LocalDate.of(2026, 6, 1), "noor.pdf", PDF);
        var versionRegister = register(version);
        assertThat(versionRegister.signed()).extracting(CampaignOverview.SignedLine::signatureId)
                .containsExactlyInAnyOrder(first.signatureId(), noorOnPaper.signatureId());
        assertThat(versionRegister.outstanding()).extracting(CampaignOverview.OutstandingLine::name)
                .contains("Bart de Vries");

        SignIn.as(users, "beheerder@school.example");
        calendar.addHoliday("zomervakantie", LocalDate.of(2026, 7, 18), LocalDate.of(2026, 8, 30));
        calendar.setReconfirmationDay(true, 1, Month.AUGUST);

        // Friday 28 August, in the holiday: not yet; Monday 31 August, its first working day: the round, once
        runAt(MovableClock.at(2026, 8, 28, 8, 15));
        assertThat(roundsOf(version)).isEmpty();
        runAt(MovableClock.at(2026, 8, 31, 8, 15));
        runAt(MovableClock.at(2026, 8, 31, 8, 20));
        assertThat(SystemActor.runAs(yearly::startDue)).isZero(); // without the job's lock too
        runAt(MovableClock.at(2026, 9, 1, 8, 15));
        var round = roundsOf(version).getFirst();
        assertThat(roundsOf(version)).hasSize(1);
        assertThat(round.schoolYearLabel()).isEqualTo("2026-2027");
        assertThat(round.startsOn()).isEqualTo(LocalDate.of(2026, 8, 31));
        assertThat(round.dueDate()).isEqualTo(LocalDate.of(2026, 9, 14));
        assertThat(round.sha256()).isEqualTo(version.summary().sha256());
        var asked = roundRegister(round).lines();
        assertThat(asked).hasSize(round.asked());
        // Iris signed and is asked again; Bart has not signed the version yet: that signature is this year's
        assertThat(asked).extracting(ReconfirmationRegister.Line::name).contains("Iris Hendriks", "Noor Visser")
                .doesNotContain("Bart de Vries");
        assertThat(jdbc.queryForObject("select count(*) from signature_request where version_id = ? and round_year = 2026",
                Integer.class, version.id())).isEqualTo(round.asked());
        assertThat(reconfirmInbox(IRIS, version)).singleElement().satisfies(entry -> assertThat(entry.body())
                .contains("uiterlijk 14 september 2026"));
        assertThat(reconfirmInbox(BART, version)).isEmpty();
        SignIn.as(users, "beheerder@school.example");
        assertThat(audit.page(new AuditFilter("signing.round-started", null, null, null), 0, 50))
                .filteredOn(entry -> entry.details().contains("version=" + version.id() + ";")).singleElement()
                .satisfies(entry -> assertThat(entry.details()).contains("schoolYear=2026-2027", "asked=" + round.asked()));

        // Iris re-confirms: the same text, a new signature, in the round's register only
        CLOCK.set(MovableClock.at(2026, 9, 2, 13, 0));
        SignIn.as(users, IRIS);
        assertThat(signing.outstanding()).extracting(request -> request.versionId()).contains(version.id());
        var page = signing.signPage(version.id());
        var again = signing.sign(version.id(), true, "Iris Hendriks", page.sha256(), SignContext.NONE);
        assertThat(again.signatureId()).isNotEqualTo(first.signatureId());
        assertThat(again.sha256()).isEqualTo(first.sha256()).isEqualTo(version.summary().sha256());
        assertThat(again.verificationCode()).isNotEqualTo(first.verificationCode());
        assertThat(signing.outstanding()).extracting(request -> request.versionId()).doesNotContain(version.id());
        // a second click returns the same re-confirmation
        assertThat(signing.sign(version.id(), true, "Iris Hendriks", page.sha256(), SignContext.NONE).signatureId())
                .isEqualTo(again.signatureId());

        var line = roundRegister(round).lines().stream().filter(l -> l.name().equals("Iris Hendriks")).findFirst()
                .orElseThrow();
        assertThat(line.signed()).isTrue();
        assertThat(line.sha256()).isEqualTo(version.summary().sha256());
        assertThat(line.verificationCode()).isEqualTo(again.verificationCode());
        assertThat(roundsOf(version).getFirst().signed()).isEqualTo(1);
        assertThat(register(version).signed()).isEqualTo(versionRegister.signed());
        assertThat(register(version).summary().signed()).isEqualTo(versionRegister.summary().signed());

        // Noor re-confirms on paper: the coördinator records it in the round
        SignIn.as(users, "coordinator@school.example");
        var noorAgain = paper.record(version.id(), 2026, personId(NOOR), LocalDate.of(2026, 9, 2), "noor-2026.pdf", PDF);
        assertThat(roundsOf(version).getFirst().signed()).isEqualTo(2);
        assertThat(register(version).signed()).isEqualTo(versionRegister.signed());

        // the audit trail says which round each signature belongs to, digital or on paper
        SignIn.as(users, "beheerder@school.example");
        assertThat(auditDetails("signature.recorded", first.signatureId())).doesNotContain("schoolYear");
        assertThat(auditDetails("signature.recorded", again.signatureId())).contains("schoolYear=2026-2027");
        assertThat(auditDetails("signature.paper-recorded", noorOnPaper.signatureId())).doesNotContain("schoolYear");
        assertThat(auditDetails("signature.paper-recorded", noorAgain.signatureId()))
                .contains("schoolYear=2026-2027", "signedOn=2026-09-02");

        // the next school year (no summer holiday recorded: Monday 2 August 2027): a new round; the old one's open requests end
        runAt(MovableClock.at(2027, 8, 2, 8, 15));
        assertThat(roundsOf(version)).extracting(ReconfirmationRound::schoolYearLabel).containsExactly("2027-2028",
                "2026-2027");
        assertThat(roundsOf(version).get(1).open()).isZero();
        assertThat(roundsOf(version).get(1).signed()).isEqualTo(2);
    }

    private String auditDetails(String action, long signatureId) {
        return audit.page(new AuditFilter(action, null, null, null), 0, 200).stream()
                .filter(entry -> entry.objectId().equals(String.valueOf(signatureId))).findFirst().orElseThrow()
                .details();
    }

    private long personId(String email) {
        return SystemActor.runAs(() -> staff.activeStaff()).stream().filter(member -> member.email().equals(email))
                .findFirst().orElseThrow().id();
    }

    private void runAt(Instant moment) {
        CLOCK.set(moment);
        job.run();
        // the job's ShedLock row holds it for five minutes of real time (expired, not deleted: see HolidayReminderJobsTest)
        jdbc.update("update shedlock set lock_until = timestamp '2000-01-01 00:00:00' where name = 'signing-yearly'");
    }

    private List<ReconfirmationRound> roundsOf(VersionDetail version) {
        SignIn.as(users, "coordinator@school.example");
        return yearly.rounds().stream().filter(round -> round.codeId() == version.summary().codeId()).toList();
    }

    private ReconfirmationRegister roundRegister(ReconfirmationRound round) {
        SignIn.as(users, "coordinator@school.example");
        return yearly.register(round.codeId(), round.schoolYear());
    }

    private CampaignOverview register(VersionDetail version) {
        SignIn.as(users, "coordinator@school.example");
        return campaigns.overview(version.id());
    }

    private List<InboxEntry> reconfirmInbox(String email, VersionDetail version) {
        SignIn.as(users, email);
        return notifications.inbox().stream()
                .filter(entry -> entry.subject().equals("Herbevestig de gedragscode " + version.codeTitle()
                        + " (schooljaar 2026-2027)")).toList();
    }
}
