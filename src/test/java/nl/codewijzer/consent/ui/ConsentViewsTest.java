package nl.codewijzer.consent.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.util.stream.Collectors;
import nl.codewijzer.CodewijzerTest;
import nl.codewijzer.SignIn;
import nl.codewijzer.base.SchoolTime;
import nl.codewijzer.codetext.CodeTexts;
import nl.codewijzer.consent.ConsentSubmission;
import nl.codewijzer.consent.ConsentVoting;
import nl.codewijzer.consent.ConsentDecisions;
import nl.codewijzer.consent.ConsentRounds;
import nl.codewijzer.consent.RoundSummary;
import nl.codewijzer.consent.VoteChoice;
import nl.codewijzer.school.VotingGeleding;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/** The consent pages as the directeur, an MR member and the voorzitter use them. */
@CodewijzerTest
class ConsentViewsTest extends SpringBrowserlessTest {

    @Autowired
    ConsentRounds consent;

    @Autowired
    ConsentSubmission submission;

    @Autowired
    ConsentVoting consentVoting;

    @Autowired
    ConsentDecisions decisions;

    @Autowired
    CodeTexts codeTexts;

    @Autowired
    UserDetailsService users;

    private static String htmlIn(Component container) {
        if (container instanceof Html html) {
            return html.getInnerHtml();
        }
        return container.getChildren().map(ConsentViewsTest::htmlIn).collect(Collectors.joining());
    }

    private static String textIn(Component container) {
        return container.getElement().getTextRecursively();
    }

    private RoundSummary submittedRound() {
        SignIn.as(users, "directeur@school.example");
        var concept = codeTexts.createCode("Schermronde " + System.nanoTime(), "gedragscode-sociale-media");
        return submission.submit(concept.id(), "Afgesproken op de teamdag van maart.",
                LocalDate.now(SchoolTime.ZONE).plusDays(21), VotingGeleding.PERSONEEL);
    }

    @Test
    @WithUserDetails("directeur@school.example")
    void the_directeur_puts_a_concept_to_the_mr_and_an_empty_toelichting_is_refused_at_the_field() {
        var concept = codeTexts.createCode("Voorlegtest " + System.nanoTime(), "gedragscode-sociale-media");
        var page = navigate(ConsentView.class);
        test($(Button.class, page).id("submit-" + concept.id())).click();

        var dialog = $(SubmitDialog.class).single();
        assertThat($(Paragraph.class, dialog).id("submit-documents").getText())
                .contains("verslag van de teamdag(en)", "vergelijking met de geldende versie", "na het voorleggen");
        assertThat(dialog.deadline.getValue()).isEqualTo(LocalDate.now(SchoolTime.ZONE).plusDays(42));
        assertThat(dialog.geleding.getValue()).isEqualTo(VotingGeleding.PERSONEEL);
        test(dialog.submit).click();
        assertThat(dialog.toelichting.isInvalid()).isTrue();
        assertThat(dialog.toelichting.getErrorMessage()).isEqualTo("Geef een toelichting: waarom dit voorgenomen besluit?");
        assertThat(codeTexts.version(concept.id()).status().name()).isEqualTo("CONCEPT");

        test(dialog.toelichting).setValue("Het team heeft de regels samen opgesteld.");
        test(dialog.submit).click();

        var round = (RoundView) getCurrentView();
        assertThat(textIn(round)).contains("Het team heeft de regels samen opgesteld.", "Ter instemming",
                "nog 42 dag(en)");
        assertThat(round.votes.getChildren().count()).isEqualTo(3);
        assertThat($(com.vaadin.flow.component.html.Section.class).withId("vote-form").exists()).isFalse();
        assertThat(round.postComment.isAttached()).as("the submitter takes part in the discussion").isTrue();
    }

    @Test
    void a_member_reads_the_text_votes_with_a_motivation_and_comments_on_a_section() {
        var submitted = submittedRound();
        SignIn.as(users, "mr.lid@school.example");
        var page = navigate(RoundView.class, submitted.id());

        assertThat(htmlIn(page)).contains("<h2 id=\"inleiding\">Inleiding</h2>");
        assertThat(textIn(page)).contains("Eerste versie", "Afgesproken op de teamdag van maart.");

        test(page.voteButtons.get(VoteChoice.NIET_INSTEMMEN)).click();
        assertThat(page.motivation.isInvalid()).isTrue();
        assertThat(page.motivation.getErrorMessage()).isEqualTo("Geef een motivatie als u niet instemt.");
        assertThat(consent.review(submitted.id()).tally().cast()).isZero();

        test(page.motivation).setValue("De avondregel is onduidelijk.");
        test(page.voteButtons.get(VoteChoice.NIET_INSTEMMEN)).click();
        assertThat(textIn(page)).contains("Uw stem: Niet instemmen", "De avondregel is onduidelijk.");

        var section = consent.review(submitted.id()).sections().getFirst();
        page.commentSection.setValue(section);
        test(page.commentText).setValue("Kunnen we 19.00 uur aanhouden?");
        test(page.postComment).click();
        assertThat(textIn(page.comments)).contains("Ahmed Yılmaz", "over: " + section, "Kunnen we 19.00 uur aanhouden?");
    }

    @Test
    void a_member_reads_the_toelichting_and_the_text_before_the_vote_and_the_open_round_offers_a_provisional_pdf() {
        var submitted = submittedRound();
        SignIn.as(users, "mr.lid@school.example");
        var page = navigate(RoundView.class, submitted.id());

        var headings = page.getChildren().filter(child -> child instanceof com.vaadin.flow.component.html.Section)
                .map(section -> section.getChildren().findFirst().orElseThrow().getElement().getText()).toList();
        assertThat(headings).containsSubsequence("Toelichting", "Voorgestelde tekst", "Uw stem", "Stemmen", "Uitkomst");
        assertThat(textIn(page.actions)).contains("Voorlopig instemmingsbesluit (PDF)");
    }

    private static byte[] onePagePdf() throws java.io.IOException {
        return onePagePdf(1);
    }

    private static byte[] onePagePdf(int pages) throws java.io.IOException {
        try (var document = new org.apache.pdfbox.pdmodel.PDDocument(); var out = new java.io.ByteArrayOutputStream()) {
            for (int i = 0; i < pages; i++) {
                document.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void the_directeur_attaches_a_pdf_at_the_round_a_jpeg_is_refused_under_the_upload_and_a_member_sees_the_link()
            throws java.io.IOException {
        var submitted = submittedRound();
        var page = navigate(RoundView.class, submitted.id());
        var documents = $(DocumentsSection.class, page).single();
        assertThat(textIn(documents)).contains("Stukken bij het voorstel", "geen stukken");

        documents.received("foto.pdf", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0});
        test(documents.save).click();
        assertThat(documents.attachmentError.isVisible()).isTrue();
        assertThat(documents.attachmentError.getText()).isEqualTo("Dit bestand is geen PDF");

        documents.received("Advies.pdf", onePagePdf());
        test(documents.save).click();
        assertThat(documents.attachmentError.isVisible()).isFalse();
        assertThat(textIn(documents.list)).contains("Advies.pdf", "toegevoegd door Pieter van Dijk");
        documents.received("Verkeerd.pdf", onePagePdf(2));
        test(documents.save).click();
        var remove = $(Button.class, documents.list).all().stream()
                .filter(button -> "Bijlage Verkeerd.pdf verwijderen".equals(button.getElement().getAttribute("aria-label")))
                .findFirst().orElseThrow();
        test(remove).click();
        assertThat(textIn(documents.list)).contains("Advies.pdf").doesNotContain("Verkeerd.pdf");

        SignIn.as(users, "mr.lid@school.example");
        var memberPage = navigate(RoundView.class, submitted.id());
        var memberDocuments = $(DocumentsSection.class, memberPage).single();
        assertThat(memberDocuments.upload).as("only the schoolleiding adds documents").isNull();
        assertThat($(com.vaadin.flow.component.html.Anchor.class, memberDocuments.list).single().getText())
                .isEqualTo("Advies.pdf");
    }

    @Test
    void a_parent_member_is_told_why_they_do_not_vote_on_a_decision_of_the_staff() {
        var submitted = submittedRound();
        SignIn.as(users, "fatima.amrani@ouders.example");
        var page = navigate(RoundView.class, submitted.id());

        assertThat($(com.vaadin.flow.component.html.Section.class).withId("vote-form").exists()).isFalse();
        assertThat($(Paragraph.class).id("vote-not-yours").getText())
                .startsWith("Bij dit besluit stemt alleen de personeelsgeleding.");
    }

    @Test
    void the_voorzitter_sees_the_provisional_outcome_and_records_the_decision() {
        var submitted = submittedRound();
        SignIn.as(users, "mr.lid@school.example");
        consentVoting.vote(submitted.id(), VoteChoice.INSTEMMEN, null);
        SignIn.as(users, "mr.voorzitter@school.example");
        consentVoting.vote(submitted.id(), VoteChoice.INSTEMMEN, null);

        var page = navigate(RoundView.class, submitted.id());
        assertThat(textIn(page)).contains("Bij de huidige stemmen is de uitkomst: Instemming.");
        page.decisionDate.setValue(LocalDate.now(SchoolTime.ZONE).plusDays(2));
        test(page.recordDecision).click();
        assertThat(page.decisionDate.getErrorMessage()).isEqualTo("De datum van het besluit kan niet in de toekomst liggen.");
        assertThat(consent.review(submitted.id()).round().outcome()).isNull();

        page.decisionDate.setValue(LocalDate.now(SchoolTime.ZONE));
        test(page.recordDecision).click();

        assertThat(textIn(page.outcome)).contains("Uitkomst: Instemming", "2 voor, 0 tegen");
        assertThat($(Span.class).id("round-status").getText()).isEqualTo("Besloten");
        assertThat(page.recordDecision.isAttached()).isFalse();
        test($(Button.class, page.actions).withText("Versiegeschiedenis").single()).click();
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("HistoryView");
        assertThat($(Paragraph.class).all()).noneMatch(p -> p.getText().contains("Bij de huidige stemmen"));
    }

    @Test
    void the_directeur_adopts_a_consented_version_and_a_past_date_is_refused() {
        var submitted = submittedRound();
        for (var email : new String[] {"mr.lid@school.example", "mr.voorzitter@school.example"}) {
            SignIn.as(users, email);
            consentVoting.vote(submitted.id(), VoteChoice.INSTEMMEN, null);
        }
        decisions.close(submitted.id(), LocalDate.now(SchoolTime.ZONE), null);

        SignIn.as(users, "directeur@school.example");
        var page = navigate(RoundView.class, submitted.id());
        test($(Button.class, page.actions).withText("Vaststellen").single()).click();
        var dialog = $(AdoptDialog.class).single();
        dialog.effectiveDate.setValue(LocalDate.now(SchoolTime.ZONE).minusDays(3));
        test(dialog.adopt).click();
        assertThat(dialog.effectiveDate.getErrorMessage()).isEqualTo("De ingangsdatum kan niet in het verleden liggen.");

        dialog.effectiveDate.setValue(LocalDate.now(SchoolTime.ZONE));
        test(dialog.adopt).click();
        assertThat(codeTexts.active(submitted.codeId())).isPresent();
        assertThat(textIn(page.outcome)).contains("Vastgesteld; geldt vanaf");
    }

    @Test
    void after_a_refusal_the_directeur_amends_and_the_editor_shows_the_mr_reasons() {
        var submitted = submittedRound();
        SignIn.as(users, "mr.voorzitter@school.example");
        consentVoting.vote(submitted.id(), VoteChoice.NIET_INSTEMMEN, "Geen uitzondering voor het schoolkamp");
        SignIn.as(users, "mr.lid@school.example");
        consentVoting.vote(submitted.id(), VoteChoice.NIET_INSTEMMEN, "Eens");
        SignIn.as(users, "mr.voorzitter@school.example");
        decisions.close(submitted.id(), LocalDate.now(SchoolTime.ZONE), "Het schoolkamp moet als uitzondering genoemd worden.");

        SignIn.as(users, "directeur@school.example");
        var page = navigate(RoundView.class, submitted.id());
        assertThat(textIn(page.outcome)).contains("Uitkomst: Geen instemming",
                "Het schoolkamp moet als uitzondering genoemd worden.");
        test($(Button.class, page.actions).withText("Wijzigen en opnieuw voorleggen").single()).click();

        assertThat($(Paragraph.class).id("editor-version-message").getText())
                .contains("Redenen van de MR: Het schoolkamp moet als uitzondering genoemd worden.");
        assertThat(codeTexts.history(submitted.codeId())).hasSize(2);
    }

    @Test
    @WithUserDetails("coordinator@school.example")
    void the_codes_history_shows_each_versions_mr_round_with_a_link_to_it() {
        var round = submittedRound();
        SignIn.as(users, "coordinator@school.example");

        var history = navigate(nl.codewijzer.codetext.ui.HistoryView.class, round.codeId());

        var grid = $(com.vaadin.flow.component.grid.Grid.class, history).single();
        var cell = test(grid).getCellComponent(0, "trail");
        var link = (com.vaadin.flow.component.html.Anchor) cell.getChildren().findFirst().orElseThrow();
        assertThat(link.getText()).isEqualTo("Ter instemming");
        assertThat(link.getHref()).isEqualTo("instemming/ronde/" + round.id());
    }

    @Test
    @WithUserDetails("docent@school.example")
    void a_teacher_sees_the_history_without_the_mr_rounds() {
        var demo = codeTexts.codes().stream().filter(code -> code.slug().equals("gedragscode-sociale-media")).findFirst()
                .orElseThrow();

        var history = navigate(nl.codewijzer.codetext.ui.HistoryView.class, demo.id());

        var grid = $(com.vaadin.flow.component.grid.Grid.class, history).single();
        assertThat(grid.getColumnByKey("trail")).isNull();
    }
}
