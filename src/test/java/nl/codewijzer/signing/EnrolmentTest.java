package nl.codewijzer.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Set;
import nl.codewijzer.CodewijzerTest;
import nl.codewijzer.SignIn;
import nl.codewijzer.base.SchoolTime;
import nl.codewijzer.base.Translations;
import nl.codewijzer.codetext.CodeTexts;
import nl.codewijzer.notification.Notifications;
import nl.codewijzer.school.SchoolSettings;
import nl.codewijzer.security.Role;
import nl.codewijzer.security.SystemActor;
import nl.codewijzer.signing.internal.Enrolment;
import nl.codewijzer.staff.PersonForm;
import nl.codewijzer.staff.StaffDirectory;
import nl.codewijzer.staff.StaffService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Who is asked to sign, and by when: everyone on staff at adoption, new hires later, leavers drop
 * out, and those who signed before sign the new version again. Every adoption here commits, as in
 * the app: signing starts after the commit.
 */
@CodewijzerTest
class EnrolmentTest {

    static final String DOCENT = "docent@school.example";
    static final String EVA = "eva.bos@school.example";

    @Autowired
    Signing signing;
    @Autowired
    SigningCampaigns campaigns;
    @Autowired
    CodeTexts codeTexts;
    @Autowired
    nl.codewijzer.Reactions reactions;
    @Autowired
    SigningSeeding seeding;
    @Autowired
    StaffDirectory staff;
    @Autowired
    StaffService staffService;
    @Autowired
    SchoolSettings settings;
    @Autowired
    Notifications notifications;
    @Autowired
    Enrolment enrolment;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;

    SigningFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new SigningFixtures(codeTexts, seeding, staff, transaction, users, reactions);
    }

    private static LocalDate today() {
        return LocalDate.now(SchoolTime.ZONE);
    }

    private OutstandingRequest outstandingFor(String email, long versionId) {
        SignIn.as(users, email);
        return signing.outstanding().stream().filter(request -> request.versionId() == versionId).findFirst()
                .orElseThrow(() -> new AssertionError(email + " is not asked to sign version " + versionId));
    }

    private boolean asked(String email, long versionId) {
        SignIn.as(users, email);
        return signing.outstanding().stream().anyMatch(request -> request.versionId() == versionId);
    }

    @Test
    void every_active_staff_member_is_asked_to_sign_an_adopted_version_in_the_app_and_by_mail() {
        var version = fixtures.adopted("Inschrijftest");

        var request = outstandingFor(DOCENT, version.id());
        assertThat(request.dueDate()).isEqualTo(today().plusDays(14));
        assertThat(request.overdue()).isFalse();
        assertThat(request.resign()).isFalse();
        var dutchDate = DateTimeFormatter.ofPattern("d MMMM yyyy", Translations.DUTCH);
        assertThat(notifications.inbox()).anySatisfy(entry -> {
            assertThat(entry.subject()).isEqualTo("Ondertekenen: " + version.codeTitle() + ", versie 1");
            assertThat(entry.body()).isEqualTo("De gedragscode " + version.codeTitle() + " (versie 1) is vastgesteld op "
                    + dutchDate.format(today()) + ". Lees hem en onderteken uiterlijk "
                    + dutchDate.format(today().plusDays(14)) + ". Het kost een paar minuten.");
            assertThat(entry.link()).isEqualTo("ondertekenen");
        });
        SignIn.as(users, "coordinator@school.example");
        var summary = campaigns.overview(version.id()).summary();
        assertThat(summary.asked()).isEqualTo(staff.activeStaff().size());
        assertThat(summary.signed()).isZero();
        SignIn.as(users, "beheerder@school.example");
        assertThat(notifications.outbox()).anySatisfy(mail -> {
            assertThat(mail.recipient()).isEqualTo(DOCENT);
            assertThat(mail.subject()).isEqualTo("Ondertekenen: " + version.codeTitle() + ", versie 1");
        });
    }

    @Test
    void the_parents_in_the_mr_are_not_asked_to_sign_the_staff_code() {
        var version = fixtures.adopted("Ouderstest");

        assertThat(asked("fatima.amrani@ouders.example", version.id())).isFalse();
        assertThat(asked("karin.smit@school.example", version.id())).isTrue();
    }

    /**
     * The hire is added in a transaction that is rolled back at the end, and the enrolment that
     * follows the commit in the app is called directly: so the shared database (and the audit
     * trail other tests read) keeps exactly its demo people. The browser journey and the crash
     * test run the same through a real commit.
     */
    private void inATransactionRolledBack(Runnable work) {
        transaction.executeWithoutResult(status -> {
            work.run();
            status.setRollbackOnly();
        });
    }

    private long hire(String name, String email, LocalDate start) {
        SignIn.as(users, "beheerder@school.example");
        var hire = staffService.create(new PersonForm(name, email, Set.of(Role.MEDEWERKER), null, start, null),
                "Welkom2026!");
        enrolment.joined(hire.id()); // what the commit of the new person sets off in the app
        return hire.id();
    }

    @Test
    void a_new_hire_who_starts_later_is_asked_to_sign_the_active_version_two_weeks_after_the_start() {
        var version = fixtures.adopted("Nieuwe-collegatest");
        var start = today().plusDays(20);
        inATransactionRolledBack(() -> {
            hire("Hanna Nieuw", "hanna.nieuw@school.example", start);

            var request = outstandingFor("hanna.nieuw@school.example", version.id());
            assertThat(request.dueDate()).isEqualTo(start.plusDays(14));
            assertThat(notifications.inbox()).anySatisfy(entry ->
                    assertThat(entry.subject()).isEqualTo("Welkom: onderteken de gedragscode " + version.codeTitle()));
        });
    }

    @Test
    void a_new_hire_entered_after_their_start_date_still_gets_the_full_term_from_today() {
        var version = fixtures.adopted("Late-invoertest");
        inATransactionRolledBack(() -> {
            hire("Joost Laat", "joost.laat@school.example", today().minusDays(30));

            assertThat(outstandingFor("joost.laat@school.example", version.id()).dueDate())
                    .isEqualTo(today().plusDays(14));
        });
    }

    @Test
    void a_leaver_drops_out_of_the_outstanding_lists_the_request_stays_on_record_and_returns_with_them() {
        var version = fixtures.adopted("Vertrektest");
        inATransactionRolledBack(() -> {
            var lars = hire("Lars Vertrek", "lars.vertrek@school.example", today().minusYears(1));
            assertThat(asked("lars.vertrek@school.example", version.id())).isTrue();
            SignIn.as(users, "coordinator@school.example");
            int askedBefore = campaigns.overview(version.id()).summary().asked();

            SignIn.as(users, "beheerder@school.example");
            staffService.deactivate(lars, today());
            enrolment.left(lars); // what the commit of the leaver sets off in the app

            SignIn.as(users, "coordinator@school.example");
            var overview = campaigns.overview(version.id());
            assertThat(overview.outstanding()).extracting(line -> line.name()).doesNotContain("Lars Vertrek");
            assertThat(overview.summary().dropped()).isEqualTo(1);
            assertThat(overview.summary().asked()).isEqualTo(askedBefore - 1);
            var csv = new String(campaigns.registerCsv(version.id()), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(csv).contains("Lars Vertrek;Vervallen: uit dienst");

            SignIn.as(users, "beheerder@school.example");
            staffService.reactivate(lars);
            enrolment.joined(lars);
            assertThat(outstandingFor("lars.vertrek@school.example", version.id()).dueDate())
                    .isEqualTo(today().plusDays(14));
        });
    }

    @Test
    void the_term_follows_the_school_setting() {
        SignIn.as(users, "beheerder@school.example");
        var before = settings.current();
        var changed = settings.update(new nl.codewijzer.school.Settings(before.version(), before.schoolName(),
                before.consentDeadlineDays(), before.votingGeleding(), before.quorumPercent(), before.majorityRule(),
                before.signatureRetentionMonths(), before.votesByName(), 30, before.recordSigningContext()));
        try {
            var version = fixtures.adopted("Termijntest");
            assertThat(outstandingFor(DOCENT, version.id()).dueDate()).isEqualTo(today().plusDays(30));
        } finally {
            SignIn.as(users, "beheerder@school.example");
            var now = settings.current();
            settings.update(new nl.codewijzer.school.Settings(now.version(), now.schoolName(), now.consentDeadlineDays(),
                    now.votingGeleding(), now.quorumPercent(), now.majorityRule(), now.signatureRetentionMonths(),
                    now.votesByName(), before.signingDueDays(), now.recordSigningContext()));
            assertThat(changed.signingDueDays()).isEqualTo(30);
        }
    }

    @Test
    void whoever_signed_the_previous_version_is_asked_again_and_open_requests_of_the_old_version_lapse() {
        var first = fixtures.adopted("Herondertekentest");
        SignIn.as(users, EVA);
        signing.sign(first.id(), true, "Eva Bos", first.summary().sha256(), SignContext.NONE);

        var second = fixtures.adoptedNext(first, first.markdown().replace("19.00", "18.30")
                + "\nOok in de vakantie beantwoorden we geen privéberichten van leerlingen.\n");

        var again = outstandingFor(EVA, second.id());
        assertThat(again.resign()).isTrue();
        assertThat(again.previouslySignedNumber()).isEqualTo(1);
        var page = signing.signPage(second.id());
        assertThat(page.changes()).isNotNull();
        assertThat(page.changes().from().number()).isEqualTo(1);
        assertThat(page.changes().diff().identical()).isFalse();
        assertThat(notifications.inbox()).anySatisfy(entry -> assertThat(entry.subject())
                .isEqualTo("Opnieuw ondertekenen: " + second.codeTitle() + ", versie 2"));

        assertThat(asked(DOCENT, first.id())).as("an open request of the replaced version").isFalse();
        assertThat(outstandingFor(DOCENT, second.id()).resign()).as("the docent never signed version 1").isFalse();
        SignIn.as(users, "coordinator@school.example");
        assertThat(campaigns.history()).anySatisfy(earlier -> {
            assertThat(earlier.versionId()).isEqualTo(first.id());
            assertThat(earlier.signed()).isEqualTo(1);
            assertThat(earlier.active()).isFalse();
        });
    }

    @Test
    void the_daily_repair_asks_anyone_whose_request_an_interrupted_enrolment_missed() {
        var version = fixtures.adopted("Hersteltest");
        // as if the server stopped between the adoption's commit and this person's enrolment
        jdbc.update("delete from signature_request where person_id = ? and version_id = ?", personId(DOCENT),
                version.id());
        assertThat(asked(DOCENT, version.id())).isFalse();

        int asked = enrolment.reconcile();

        assertThat(asked).isGreaterThanOrEqualTo(1);
        assertThat(asked(DOCENT, version.id())).isTrue();
        assertThat(enrolment.reconcile()).as("a second run changes nothing").isZero();
    }

    @Test
    void a_campaign_adopted_weeks_ago_shows_who_is_late() {
        var version = fixtures.adoptedDaysAgo("Te-laattest", 20, Map.of(personId(EVA),
                LocalDate.now(SchoolTime.ZONE).minusDays(19).atTime(10, 0).atZone(SchoolTime.ZONE).toInstant()));

        var late = outstandingFor(DOCENT, version.id());
        assertThat(late.overdue()).isTrue();
        assertThat(late.dueDate()).isEqualTo(today().minusDays(6));
        assertThat(asked(EVA, version.id())).isFalse();
    }

    private long personId(String email) {
        return SystemActor.runAs(() -> staff.activeStaff().stream().filter(member -> member.email().equals(email))
                .findFirst().orElseThrow().id());
    }
}
