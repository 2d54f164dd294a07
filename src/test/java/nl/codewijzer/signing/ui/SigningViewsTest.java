package nl.codewijzer.signing.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Section;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.stream.Collectors;
import nl.codewijzer.CodewijzerTest;
import nl.codewijzer.SignIn;
import nl.codewijzer.base.SchoolTime;
import nl.codewijzer.base.Translations;
import nl.codewijzer.base.ui.AccessDeniedView;
import nl.codewijzer.codetext.CodeTexts;
import nl.codewijzer.codetext.VersionDetail;
import nl.codewijzer.security.SystemActor;
import nl.codewijzer.signing.SignContext;
import nl.codewijzer.signing.Signing;
import nl.codewijzer.signing.SigningCampaigns;
import nl.codewijzer.signing.SigningFixtures;
import nl.codewijzer.signing.SigningSeeding;
import nl.codewijzer.signing.YearlyReconfirmations;
import nl.codewijzer.staff.StaffDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.transaction.support.TransactionTemplate;

/** The sign flow, the receipt, the dashboard and the public verification page, without a browser. */
@CodewijzerTest
class SigningViewsTest extends SpringBrowserlessTest {

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

    private static String textIn(Component component) {
        return component.getElement().getTextRecursively();
    }

    private static String htmlIn(Component container) {
        if (container instanceof Html html) {
            return html.getInnerHtml();
        }
        return container.getChildren().map(SigningViewsTest::htmlIn).collect(Collectors.joining());
    }

    private SignView signPageOf(VersionDetail version) {
        com.vaadin.flow.component.UI.getCurrent().navigate(Signing.ROUTE,
                com.vaadin.flow.router.QueryParameters.of("versie", String.valueOf(version.id())));
        return (SignView) getCurrentView();
    }

    private long signatures(long versionId) {
        return jdbc.queryForObject("select count(*) from signature where version_id = ?", Long.class, versionId);
    }

    @Test
    void a_teacher_reads_the_code_confirms_types_their_name_signs_and_gets_the_receipt() {
        var version = fixtures.adopted("Schermtest");
        SignIn.as(users, "docent@school.example");
        var page = signPageOf(version);

        assertThat(textIn(page)).contains("Gedragscode ondertekenen", version.codeTitle() + ", versie 1",
                version.summary().sha256());
        assertThat(page.typedName.getHelperText()).isEqualTo("Typ uw naam zoals die bij de school bekend is: Bart de Vries");
        assertThat(htmlIn(page)).contains("<h2 id=\"inleiding\">");
        assertThat($(Section.class).withId("sign-changes").exists()).as("nothing signed before").isFalse();

        test(page.sign).click();
        assertThat(page.confirmed.isInvalid()).isTrue();
        assertThat(page.confirmed.getErrorMessage()).isEqualTo("Vink aan dat u de gedragscode hebt gelezen en u eraan houdt.");
        assertThat(page.typedName.getErrorMessage()).isEqualTo("Typ uw volledige naam.");
        test(page.confirmed).click();
        test(page.typedName).setValue("Bart Vries");
        test(page.sign).click();
        assertThat(page.confirmed.isInvalid()).isFalse();
        assertThat(page.typedName.getErrorMessage())
                .isEqualTo("Deze naam komt niet overeen met uw naam bij de school. Typ: Bart de Vries");
        assertThat(signatures(version.id())).isZero();

        test(page.typedName).setValue("bart de vries");
        test(page.sign).click();

        var receipt = (ReceiptView) getCurrentView();
        var signed = signing.mySignatures().stream().filter(s -> s.versionId() == version.id()).findFirst().orElseThrow();
        assertThat(textIn(receipt)).contains("Bart de Vries heeft versie 1 van " + version.codeTitle() + " ondertekend op",
                signed.groupedCode(), version.summary().sha256(), "online, naam getypt", "bart de vries");
        assertThat($(com.vaadin.flow.component.html.Anchor.class).id("certificate-pdf").isVisible()).isTrue();
        assertThat(signatures(version.id())).isEqualTo(1);
    }

    @Test
    void someone_who_signed_before_first_sees_what_changed_since() {
        var first = fixtures.adopted("Wijzigingentest");
        SignIn.as(users, "eva.bos@school.example");
        signing.sign(first.id(), true, "Eva Bos", first.summary().sha256(), SignContext.NONE);
        var second = fixtures.adoptedNext(first, first.markdown().replace("19.00", "18.30"));
        SignIn.as(users, "eva.bos@school.example");

        var page = signPageOf(second);

        var changes = $(Section.class).withId("sign-changes").single();
        assertThat(textIn(changes)).contains("Wat is er veranderd sinds u tekende?", "U tekende versie 1.",
                "Van versie 1 naar 2");
        assertThat(htmlIn(changes)).contains("<del class=\"diff-del\">19</del>", "<ins class=\"diff-ins\">18</ins>");
        assertThat(textIn(page)).contains(second.summary().sha256());
    }

    @Test
    void signing_a_version_that_was_replaced_meanwhile_says_so_and_records_nothing() {
        var first = fixtures.adopted("Tussentijdstest");
        SignIn.as(users, "docent@school.example");
        var page = signPageOf(first);
        fixtures.adoptedNext(first, first.markdown() + "\nNog een afspraak.\n");
        SignIn.as(users, "docent@school.example");

        test(page.confirmed).click();
        test(page.typedName).setValue("Bart de Vries");
        test(page.sign).click();

        assertThat(getCurrentView()).isSameAs(page);
        assertThat(page.problem.isVisible()).isTrue();
        assertThat(textIn(page.problem)).contains("Versie 1 van " + first.codeTitle()
                + " is niet meer de geldende versie. Er is niets vastgelegd.");
        assertThat(signatures(first.id())).isZero();
    }

    @Test
    void someone_with_nothing_to_sign_is_told_so() {
        SignIn.as(users, "fatima.amrani@ouders.example");

        var page = navigate(SignView.class);

        assertThat(textIn(page)).contains("U hoeft op dit moment niets te ondertekenen.", "U hebt nog niets ondertekend.");
    }

    @Test
    void the_coordinator_follows_the_campaign_and_reminds_a_colleague() {
        var signed = new HashMap<Long, Instant>();
        SystemActor.runAs(() -> staff.activeStaff()).forEach(member -> {
            // only this test reminds Joris Brouwer: the limit is one reminder per person and day, over all codes
            if (!member.email().equals("joris.brouwer@school.example")) {
                signed.put(member.id(), LocalDate.now(SchoolTime.ZONE).minusDays(15).atTime(9, 30)
                        .atZone(SchoolTime.ZONE).toInstant());
            }
        });
        var version = fixtures.adoptedDaysAgo("Dashboardtest", 16, signed);
        SignIn.as(users, "coordinator@school.example");
        var view = navigate(CampaignView.class);
        view.campaign.setValue(campaigns.activeCampaigns().stream().filter(c -> c.versionId() == version.id())
                .findFirst().orElseThrow());

        int asked = signed.size() + 1;
        assertThat(textIn(view.summary)).contains(version.codeTitle() + ", versie 1", "Wie moet tekenen: Alle medewerkers",
                (asked - 1) + " van " + asked + " ondertekend (" + (100 * (asked - 1) / asked) + "%)");
        assertThat(view.progress.getValue()).isEqualTo((double) (asked - 1) / asked);
        assertThat(textIn($(com.vaadin.flow.component.html.Div.class).id("count-overdue"))).isEqualTo("1Te laat");
        assertThat(test(view.outstanding).size()).isEqualTo(1);
        assertThat(test(view.outstanding).getCellText(0, 0)).isEqualTo("Joris Brouwer");
        assertThat(test(view.perRole).getCellText(0, 0)).isEqualTo("Medewerker");

        test((Button) test(view.outstanding).getCellComponent(0, 5)).click();
        SignIn.as(users, "coordinator@school.example");
        var again = navigate(CampaignView.class);
        again.campaign.setValue(campaigns.activeCampaigns().stream().filter(c -> c.versionId() == version.id())
                .findFirst().orElseThrow());
        // the last reminder and how many there were (by hand or by the schedule)
        assertThat(test(again.outstanding).getCellText(0, 4))
                .isEqualTo(nl.codewijzer.base.ui.Dates.date(again, LocalDate.now(SchoolTime.ZONE)) + " (1×)");
        test(again.remindAll).click();
        assertThat(jdbc.queryForObject("select count(*) from signature_reminder where version_id = ?", Long.class,
                version.id())).as("no second reminder on the same day").isEqualTo(1);
    }

    @Test
    void the_coordinator_records_a_paper_signature_from_the_outstanding_list() {
        var version = fixtures.adopted("Papierdialoogtest");
        SignIn.as(users, "coordinator@school.example");
        var view = navigate(CampaignView.class);
        view.campaign.setValue(campaigns.activeCampaigns().stream().filter(c -> c.versionId() == version.id())
                .findFirst().orElseThrow());
        var grid = test(view.outstanding);
        int row = java.util.stream.IntStream.range(0, grid.size()).filter(i -> grid.getCellText(i, 0).equals("Fleur Vos"))
                .findFirst().orElseThrow();
        var paper = (Button) grid.getCellComponent(row, 6);
        assertThat(paper.getText()).isEqualTo("Papier");
        test(paper).click();
        var dialog = $(PaperSignatureDialog.class).single();
        test(dialog.save).click();
        assertThat(dialog.scanError.isVisible()).isTrue();
        assertThat(dialog.scanError.getText()).isEqualTo("Voeg een scan van de getekende pagina toe.");
        dialog.received("fleur.png", "%PDF-1.7 niet echt een png".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        test(dialog.save).click();
        assertThat(dialog.scanError.getText())
                .isEqualTo("„fleur.png” is geen PDF, JPEG of PNG, of de inhoud past niet bij de naam.");
        assertThat(campaigns.overview(version.id()).summary().signed()).isZero();

        dialog.received("fleur.pdf", "%PDF-1.7 getekend op papier".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(view.outstanding.getGenericDataView().getItems()).noneMatch(line -> line.name().equals("Fleur Vos"));
        assertThat(view.signed.getGenericDataView().getItems()).extracting(line -> line.name()).contains("Fleur Vos");
    }

    @Test
    void a_medewerker_opening_the_dashboard_sees_geen_toegang() {
        SignIn.as(users, "docent@school.example");

        navigate(SigningCampaigns.ROUTE, AccessDeniedView.class);

        assertThat(test($(H1.class).single()).getText()).isEqualTo("Geen toegang");
        assertThat($(CampaignView.class).exists()).isFalse();
    }

    @Test
    @WithAnonymousUser
    void anyone_checks_a_verification_code_and_an_uploaded_certificate_without_logging_in() {
        var version = fixtures.adopted("Controletest");
        SignIn.as(users, "docent@school.example");
        var receipt = signing.sign(version.id(), true, "Bart de Vries", version.summary().sha256(), SignContext.NONE);
        var certificate = signing.certificatePdf(receipt.signatureId(), Translations.DUTCH);
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        org.springframework.security.test.context.TestSecurityContextHolder.clearContext();

        var page = navigate(VerifyView.class);
        test(page.code).setValue(receipt.groupedCode());
        test(page.check).click();
        assertThat(textIn(page.codeResult)).contains("Deze verificatiecode hoort bij deze ondertekening:",
                "B. de Vries", version.codeTitle(), version.summary().sha256()).doesNotContain("Bart de Vries");

        test(page.code).setValue("AAAAA-AAAAA");
        test(page.check).click();
        assertThat(textIn(page.codeResult)).contains("Deze verificatiecode hoort bij geen enkele ondertekening.");

        test(page.upload).upload("bewijs.pdf", "application/pdf", certificate);
        assertThat(textIn(page.documentResult)).contains("Gecontroleerd bestand: bewijs.pdf",
                "Dit bestand klopt met de administratie van de school.", "B. de Vries");
        test(page.upload).upload("iets-anders.pdf", "application/pdf", "geen pdf".getBytes());
        assertThat(textIn(page.documentResult)).contains("Gecontroleerd bestand: iets-anders.pdf",
                "Dit bestand is geen leesbare PDF.");
    }

    /**
     * A yearly round as {@code YearlyReconfirmations} starts it (decision 0053; the job itself is covered by
     * YearlyReconfirmationTest): the round's row, and an open request of the round for each person.
     */
    private void startRound(VersionDetail version, int schoolYear, LocalDate due, String... emails) {
        var now = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC);
        jdbc.update("""
                insert into signing_round (code_id, school_year, version_id, starts_on, due_date, created_at, asked)
                values (?, ?, ?, ?, ?, ?, ?)""", version.summary().codeId(), schoolYear, version.id(),
                LocalDate.of(schoolYear, 8, 31), due, now, emails.length);
        for (var email : emails) {
            jdbc.update("""
                    insert into signature_request (row_version, person_id, version_id, requested_at, due_date, status,
                                                   round_year)
                    values (0, (select id from person where email = ?), ?, ?, ?, 'OPEN', ?)""", email, version.id(), now,
                    due, schoolYear);
        }
    }

    @Test
    void a_yearly_reconfirmation_says_so_on_the_sign_page_the_receipt_the_certificate_and_the_verification_page() {
        var version = fixtures.adopted("Jaarrondetest");
        SignIn.as(users, "eva.bos@school.example");
        var first = signing.sign(version.id(), true, "Eva Bos", version.summary().sha256(), SignContext.NONE);
        assertThat(textIn(signPageOf(version))).doesNotContain("Herbevestiging schooljaar");
        startRound(version, 2026, LocalDate.now(SchoolTime.ZONE).plusDays(14), "eva.bos@school.example");

        var page = signPageOf(version);
        assertThat(textIn($(com.vaadin.flow.component.html.Paragraph.class).id("sign-round")))
                .contains("Herbevestiging schooljaar 2026-2027", "dezelfde tekst");
        test(page.confirmed).click();
        test(page.typedName).setValue("Eva Bos");
        test(page.sign).click();

        var receipt = (ReceiptView) getCurrentView();
        assertThat(textIn($(com.vaadin.flow.component.html.Paragraph.class).id("receipt-round")))
                .isEqualTo("Herbevestiging schooljaar 2026-2027");
        var again = signing.mySignatures().stream().filter(s -> s.versionId() == version.id() && s.reconfirmation())
                .findFirst().orElseThrow();
        assertThat(again.signatureId()).isNotEqualTo(first.signatureId());
        assertThat(textIn(receipt)).contains(again.groupedCode(), version.summary().sha256());
        assertThat(pdfText(signing.certificatePdf(again.signatureId(), Translations.DUTCH)))
                .contains("Herbevestiging schooljaar 2026-2027", again.groupedCode());
        assertThat(pdfText(signing.certificatePdf(first.signatureId(), Translations.DUTCH)))
                .doesNotContain("Herbevestiging schooljaar");

        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        org.springframework.security.test.context.TestSecurityContextHolder.clearContext();
        var verify = navigate(VerifyView.class);
        test(verify.code).setValue(again.groupedCode());
        test(verify.check).click();
        assertThat(textIn(verify.codeResult)).contains("Ronde", "Herbevestiging schooljaar 2026-2027", "E. Bos");
        test(verify.code).setValue(first.groupedCode());
        test(verify.check).click();
        assertThat(textIn(verify.codeResult)).contains("E. Bos").doesNotContain("Herbevestiging schooljaar");
    }

    @Test
    void the_coordinator_follows_a_yearly_round_reminds_records_paper_and_downloads_its_register() {
        var version = fixtures.adopted("Rondetest");
        SignIn.as(users, "eva.bos@school.example");
        signing.sign(version.id(), true, "Eva Bos", version.summary().sha256(), SignContext.NONE);
        var today = LocalDate.now(SchoolTime.ZONE);
        startRound(version, 2026, today.plusDays(14), "eva.bos@school.example", "fleur.vos@school.example",
                "iris.hendriks@school.example");
        SignIn.as(users, "eva.bos@school.example");
        var again = signing.sign(version.id(), true, "Eva Bos", version.summary().sha256(), SignContext.NONE);
        // the one-reminder-a-day rule counts over all codes: start Fleur's day clean of other tests' reminders
        jdbc.update("delete from signature_reminder where person_id = (select id from person where email = ?) and sent_on = ?",
                "fleur.vos@school.example", today);

        SignIn.as(users, "coordinator@school.example");
        var view = navigate(ReconfirmationView.class);
        view.round.setValue(view.round.getGenericDataView().getItems()
                .filter(round -> round.versionId() == version.id()).findFirst().orElseThrow());
        assertThat(textIn(view.summary)).contains("Herbevestiging schooljaar 2026-2027", version.codeTitle() + ", versie 1",
                "1 van 3 herbevestigd (33%)", version.summary().sha256());
        assertThat(view.signed.getGenericDataView().getItems()).singleElement().satisfies(line -> {
            assertThat(line.name()).isEqualTo("Eva Bos");
            assertThat(line.groupedCode()).isEqualTo(again.groupedCode());
        });
        var outstanding = test(view.outstanding);
        assertThat(java.util.stream.IntStream.range(0, outstanding.size()).mapToObj(i -> outstanding.getCellText(i, 0)))
                .containsExactlyInAnyOrder("Fleur Vos", "Iris Hendriks");

        int fleur = java.util.stream.IntStream.range(0, outstanding.size())
                .filter(i -> outstanding.getCellText(i, 0).equals("Fleur Vos")).findFirst().orElseThrow();
        test((Button) outstanding.getCellComponent(fleur, 4)).click();
        assertThat(jdbc.queryForObject("""
                select count(*) from signature_reminder where version_id = ? and sent_on = ?
                  and person_id = (select id from person where email = ?)""", Integer.class, version.id(), today,
                "fleur.vos@school.example")).isEqualTo(1);
        assertThat(jdbc.queryForList("select subject from notification_inbox where subject like 'Herinnering:%' "
                + "and person_id = (select id from person where email = ?)", String.class, "fleur.vos@school.example"))
                .contains("Herinnering: herbevestig " + version.codeTitle() + " (schooljaar 2026-2027)");

        var rows = test(view.outstanding);
        int iris = java.util.stream.IntStream.range(0, rows.size())
                .filter(i -> rows.getCellText(i, 0).equals("Iris Hendriks")).findFirst().orElseThrow();
        assertThat(rows.getCellText(java.util.stream.IntStream.range(0, rows.size())
                .filter(i -> rows.getCellText(i, 0).equals("Fleur Vos")).findFirst().orElseThrow(), 3))
                .as("the reminder on the round's register").endsWith("(1×)");
        test((Button) rows.getCellComponent(iris, 5)).click();
        var dialog = $(PaperSignatureDialog.class).single();
        dialog.signedOn.setValue(today.minusDays(30));
        dialog.received("iris.pdf", "%PDF-1.7 getekend op papier".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        test(dialog.save).click();
        assertThat(dialog.signedOn.getErrorMessage()).startsWith("De datum van ondertekening kan niet vóór het begin van deze herbevestiging");
        dialog.signedOn.setValue(today);
        test(dialog.save).click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(view.signed.getGenericDataView().getItems()).extracting(line -> line.name() + " " + line.method())
                .containsExactlyInAnyOrder("Eva Bos online, naam getypt", "Iris Hendriks papier");
        assertThat(textIn(view.summary)).contains("2 van 3 herbevestigd (67%)");
        assertThat(jdbc.queryForObject("""
                select count(*) from signature where version_id = ? and round_year = 2026 and method = 'papier'""",
                Integer.class, version.id())).isEqualTo(1);
        assertThat(campaigns.overview(version.id()).signed()).extracting(line -> line.name()).containsExactly("Eva Bos");

        assertThat($(com.vaadin.flow.component.html.Anchor.class).id("reconfirm-register-csv").isVisible()).isTrue();
        var csv = new String(campaigns.roundRegisterCsv(version.id(), 2026), java.nio.charset.StandardCharsets.UTF_8);
        var evaLines = csv.lines().filter(line -> line.startsWith("Eva Bos;")).toList();
        assertThat(evaLines).hasSize(1);
        assertThat(evaLines.getFirst()).contains(again.groupedCode(), version.summary().sha256(),
                "Herbevestiging schooljaar 2026-2027");
        assertThat(csv).contains("Fleur Vos;", "Iris Hendriks;").doesNotContain("Bart de Vries");
        var pdf = campaigns.roundRegisterPdf(version.id(), 2026, Translations.DUTCH);
        assertThat(pdfText(pdf)).contains("Herbevestiging schooljaar 2026-2027", "Eva Bos", "Iris Hendriks",
                "Fleur Vos", again.groupedCode(), "2 van 3");
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        org.springframework.security.test.context.TestSecurityContextHolder.clearContext();
        var verify = navigate(VerifyView.class);
        test(verify.upload).upload("herbevestiging.pdf", "application/pdf", pdf);
        assertThat(textIn(verify.documentResult)).contains("Dit bestand klopt met de administratie van de school.");

        SignIn.as(users, "docent@school.example");
        navigate(YearlyReconfirmations.ROUTE, AccessDeniedView.class);
        assertThat($(ReconfirmationView.class).exists()).isFalse();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> campaigns.roundRegisterPdf(version.id(), 2026,
                Translations.DUTCH)).isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> campaigns.remindAllInRound(version.id(), 2026))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    private static String pdfText(byte[] pdf) {
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        } catch (java.io.IOException unreadable) {
            throw new java.io.UncheckedIOException(unreadable);
        }
    }

    @Test
    @WithAnonymousUser
    void an_uploaded_sealed_register_shows_the_seal_level_the_timestamp_and_that_the_certificate_was_valid_then() {
        var version = fixtures.adopted("Zegelniveautest");
        SignIn.as(users, "docent@school.example");
        signing.sign(version.id(), true, "Bart de Vries", version.summary().sha256(), SignContext.NONE);
        SignIn.as(users, "coordinator@school.example");
        var register = campaigns.registerPdf(version.id(), Translations.DUTCH);
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        org.springframework.security.test.context.TestSecurityContextHolder.clearContext();

        var page = navigate(VerifyView.class);
        test(page.upload).upload("register.pdf", "application/pdf", register);

        assertThat(textIn(page.documentResult)).contains("Niveau van het zegel: PAdES B-LTA (met tijdstempel,",
                "volgens de tijdstempel van Codewijzer demotijdstempeldienst (niet voor echt gebruik).",
                "Het certificaat van de school was op dat moment geldig (niet verlopen, niet ingetrokken)");
    }
}
