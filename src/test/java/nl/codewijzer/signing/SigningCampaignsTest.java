package nl.codewijzer.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import nl.codewijzer.CodewijzerTest;
import nl.codewijzer.SignIn;
import nl.codewijzer.base.InvalidInput;
import nl.codewijzer.base.SchoolTime;
import nl.codewijzer.codetext.CodeTexts;
import nl.codewijzer.consent.ConsentSubmission;
import nl.codewijzer.consent.ConsentVoting;
import nl.codewijzer.consent.ConsentDecisions;
import nl.codewijzer.consent.ConsentFollowUps;
import nl.codewijzer.consent.VoteChoice;
import nl.codewijzer.school.VotingGeleding;
import nl.codewijzer.notification.Notifications;
import nl.codewijzer.security.Role;
import nl.codewijzer.security.SystemActor;
import nl.codewijzer.staff.StaffDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/** The campaign as the coördinator and the schoolleiding follow it, and what a medewerker may not. */
@CodewijzerTest
class SigningCampaignsTest {

    static final String COORDINATOR = "coordinator@school.example";
    static final String DOCENT = "docent@school.example";

    @Autowired
    SigningCampaigns campaigns;
    @Autowired
    Signing signing;
    @Autowired
    CodeTexts codeTexts;
    @Autowired
    nl.codewijzer.Reactions reactions;
    @Autowired
    SigningSeeding seeding;
    @Autowired
    StaffDirectory staff;
    @Autowired
    Notifications notifications;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    ConsentSubmission submission;
    @Autowired
    ConsentVoting consentVoting;
    @Autowired
    ConsentDecisions decisions;
    @Autowired
    ConsentFollowUps followUps;
    @Autowired
    UserDetailsService users;

    SigningFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new SigningFixtures(codeTexts, seeding, staff, transaction, users, reactions);
    }

    private long personId(String email) {
        return SystemActor.runAs(() -> staff.activeStaff().stream().filter(member -> member.email().equals(email))
                .findFirst().orElseThrow().id());
    }

    private static Instant daysAgo(int days) {
        return LocalDate.now(SchoolTime.ZONE).minusDays(days).atTime(11, 0).atZone(SchoolTime.ZONE).toInstant();
    }

    /** Adopted 20 days ago (due 6 days ago): everyone but the docent and Eva Bos signed. */
    private nl.codewijzer.codetext.VersionDetail mostlySigned() {
        return allSignedBut(DOCENT, "eva.bos@school.example");
    }

    private nl.codewijzer.codetext.VersionDetail allSignedBut(String... outstanding) {
        var signed = new HashMap<Long, Instant>();
        var open = java.util.Set.of(outstanding);
        SystemActor.runAs(() -> staff.activeStaff()).forEach(member -> {
            if (!open.contains(member.email())) {
                signed.put(member.id(), daysAgo(18));
            }
        });
        return fixtures.adoptedDaysAgo("Campagnetest", 20, signed);
    }

    @Test
    void the_dashboard_counts_signed_outstanding_and_late_per_role_and_lists_who_is_outstanding() {
        var version = mostlySigned();
        SignIn.as(users, COORDINATOR);

        var overview = campaigns.overview(version.id());

        var summary = overview.summary();
        assertThat(summary.asked()).isEqualTo(SystemActor.runAs(() -> staff.activeStaff()).size());
        assertThat(summary.outstanding()).isEqualTo(2);
        assertThat(summary.overdue()).isEqualTo(2);
        assertThat(summary.signed()).isEqualTo(summary.asked() - 2);
        assertThat(summary.consentDate()).isEqualTo(LocalDate.now(SchoolTime.ZONE).minusDays(27));
        assertThat(overview.outstanding()).extracting(line -> line.name()).containsExactly("Bart de Vries", "Eva Bos");
        assertThat(overview.outstanding()).allSatisfy(line -> {
            assertThat(line.overdue()).isTrue();
            assertThat(line.dueDate()).isEqualTo(LocalDate.now(SchoolTime.ZONE).minusDays(6));
        });
        assertThat(overview.perRole()).filteredOn(count -> count.role() == Role.MEDEWERKER).singleElement()
                .satisfies(medewerkers -> {
                    assertThat(medewerkers.outstanding()).isEqualTo(2);
                    assertThat(medewerkers.overdue()).isEqualTo(2);
                    assertThat(medewerkers.signed()).isEqualTo(summary.signed()); // in the demo everyone is a medewerker
                });
        assertThat(overview.perRole()).filteredOn(count -> count.role() == Role.SCHOOLLEIDING).singleElement()
                .satisfies(leaders -> assertThat(leaders.signed()).isEqualTo(1));
        assertThat(overview.signed()).hasSize(summary.signed())
                .extracting(line -> line.name()).contains("Łukasz Nowak", "Pieter van Dijk");
        assertThat(campaigns.activeCampaigns()).extracting(CampaignSummary::versionId).contains(version.id());
    }

    /** The limit is per person and day, over all codes: only this test reminds these two people. */
    @Test
    void a_reminder_goes_to_a_person_at_most_once_a_day_also_when_everyone_is_reminded() {
        var version = allSignedBut("iris.hendriks@school.example", "daan.peters@school.example");
        SignIn.as(users, "directeur@school.example");

        var first = campaigns.remind(version.id(), personId("iris.hendriks@school.example"));
        var again = campaigns.remind(version.id(), personId("iris.hendriks@school.example"));
        var all = campaigns.remindAll(version.id());

        assertThat(first.sentTo()).containsExactly("Iris Hendriks");
        assertThat(again.sentTo()).isEmpty();
        assertThat(again.skipped()).containsExactly("Iris Hendriks");
        assertThat(all.sentTo()).containsExactly("Daan Peters");
        assertThat(all.skipped()).containsExactly("Iris Hendriks");
        SignIn.as(users, "iris.hendriks@school.example");
        assertThat(notifications.inbox()).filteredOn(entry -> entry.subject().equals(
                "Herinnering: onderteken " + version.codeTitle() + ", versie 1")).singleElement()
                .satisfies(entry -> assertThat(entry.body()).contains("De termijn is verstreken op"));
        SignIn.as(users, COORDINATOR);
        assertThat(campaigns.overview(version.id()).outstanding()).allSatisfy(line ->
                assertThat(line.lastReminded()).isEqualTo(LocalDate.now(SchoolTime.ZONE)));
    }

    @Test
    void someone_who_signed_is_not_reminded() {
        var version = mostlySigned();
        SignIn.as(users, COORDINATOR);

        assertThatThrownBy(() -> campaigns.remind(version.id(), personId("karin.smit@school.example")))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.problems().getFirst()
                        .messageKey()).isEqualTo("signing.error.not-outstanding"));
    }

    @Test
    void a_medewerker_cannot_open_the_campaign_remind_or_export() {
        var version = fixtures.adopted("Toegangstest");
        SignIn.as(users, DOCENT);

        assertThatThrownBy(() -> campaigns.activeCampaigns()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> campaigns.overview(version.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> campaigns.remindAll(version.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> campaigns.registerCsv(version.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> campaigns.registerPdf(version.id(), nl.codewijzer.base.Translations.DUTCH))
                .isInstanceOf(AccessDeniedException.class);
        SignIn.as(users, "beheerder@school.example");
        assertThatThrownBy(() -> campaigns.overview(version.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_register_csv_opens_in_excel_with_every_person_their_status_and_each_signatures_proof() {
        var version = fixtures.adopted("Csvtest");
        SignIn.as(users, "lukasz.nowak@school.example");
        var receipt = signing.sign(version.id(), true, "Łukasz Nowak", version.summary().sha256(), SignContext.NONE);
        SignIn.as(users, COORDINATOR);

        var csv = campaigns.registerCsv(version.id());

        assertThat(csv[0]).isEqualTo((byte) 0xEF); // the UTF-8 byte order mark, so Excel reads "Łukasz"
        var text = new String(csv, StandardCharsets.UTF_8).substring(1);
        var lines = text.split("\r\n");
        assertThat(lines[0]).isEqualTo("naam;status;uiterste datum;ondertekend op;gedragscode;versie;sha256;"
                + "verificatiecode;wijze;getypte naam;ip-adres;browser;toelichting");
        assertThat(lines).hasSize(1 + SystemActor.runAs(() -> staff.activeStaff()).size());
        assertThat(text).contains("Łukasz Nowak;Ondertekend;" + LocalDate.now(SchoolTime.ZONE).plusDays(14) + ";");
        assertThat(text).contains(";" + version.summary().sha256() + ";" + receipt.groupedCode() + ";online, naam getypt;"
                + "Łukasz Nowak;;");
        assertThat(text).contains("Bart de Vries;Openstaand;");
    }

    @Test
    void the_mrs_decision_date_and_round_from_the_consent_workflow_go_into_the_register() throws Exception {
        var today = LocalDate.now(SchoolTime.ZONE);
        SignIn.as(users, "directeur@school.example");
        var concept = codeTexts.createCode("Instemmingsregistertest " + System.nanoTime(), SigningFixtures.TEMPLATE);
        var round = submission.submit(concept.id(), "Afgesproken op de teamdag.", today.plusDays(14), VotingGeleding.PERSONEEL);
        SignIn.as(users, "mr.lid@school.example");
        consentVoting.vote(round.id(), VoteChoice.INSTEMMEN, null);
        SignIn.as(users, "mr.voorzitter@school.example");
        consentVoting.vote(round.id(), VoteChoice.INSTEMMEN, null);
        decisions.close(round.id(), today, null);
        SignIn.as(users, "directeur@school.example");
        followUps.adopt(round.id(), today, today.plusYears(1));
        nl.codewijzer.ReactionsDone.await(reactions); // the campaign starts on the reaction thread
        SignIn.as(users, COORDINATOR);

        assertThat(campaigns.overview(concept.id()).summary().consentDate()).isEqualTo(today);
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(campaigns.registerPdf(concept.id(),
                nl.codewijzer.base.Translations.DUTCH))) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", " "))
                    .contains("MR-instemming " + nl.codewijzer.signing.internal.SigningDocuments.date(today, nl.codewijzer.base.Translations.DUTCH) + " (instemmingsronde " + round.id() + ")");
        }
    }

    @Test
    void the_history_keeps_each_earlier_versions_campaign() {
        var first = fixtures.adopted("Geschiedenistest");
        SignIn.as(users, DOCENT);
        signing.sign(first.id(), true, "Bart de Vries", first.summary().sha256(), SignContext.NONE);
        var second = fixtures.adoptedNext(first, first.markdown() + "\nNieuwe afspraak over stages.\n");
        SignIn.as(users, COORDINATOR);

        assertThat(campaigns.activeCampaigns()).extracting(CampaignSummary::versionId).contains(second.id())
                .doesNotContain(first.id());
        assertThat(campaigns.history()).filteredOn(earlier -> earlier.versionId() == first.id()).singleElement()
                .satisfies(earlier -> {
                    assertThat(earlier.signed()).isEqualTo(1);
                    assertThat(earlier.outstanding()).isEqualTo(earlier.asked() - 1);
                    assertThat(earlier.endedAt()).isNotNull();
                    assertThat(earlier.overdue()).isZero();
                });
        assertThat(campaigns.overview(second.id()).summary().signed()).isZero();
    }
}
