package nl.codewijzer.signing.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Map;
import nl.codewijzer.CodewijzerTest;
import nl.codewijzer.SignIn;
import nl.codewijzer.base.ui.AccessDeniedView;
import nl.codewijzer.codetext.ChangedSections;
import nl.codewijzer.codetext.CodeTexts;
import nl.codewijzer.codetext.VersionDetail;
import nl.codewijzer.security.SystemActor;
import nl.codewijzer.signing.CheckQuestion;
import nl.codewijzer.signing.SignContext;
import nl.codewijzer.signing.Signing;
import nl.codewijzer.signing.SigningFixtures;
import nl.codewijzer.signing.SigningSeeding;
import nl.codewijzer.signing.UnderstandingChecks;
import nl.codewijzer.staff.StaffDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/** The understanding check on the sign page and in the coördinator's editor (issue 14, decision 0043), without a browser. */
@CodewijzerTest
class UnderstandingCheckViewsTest extends SpringBrowserlessTest {

    static final String DOCENT = "docent@school.example";
    static final String COORDINATOR = "coordinator@school.example";

    @Autowired
    Signing signing;
    @Autowired
    UnderstandingChecks checks;
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

    private long questionsOf(long versionId) {
        return jdbc.queryForObject("select count(*) from understanding_question where version_id = ?", Long.class,
                versionId);
    }

    private void prepareTwoQuestions(VersionDetail version) {
        var articles = ChangedSections.headings(version.markdown());
        SystemActor.runAsPerson(users.loadUserByUsername(COORDINATOR), () -> checks.replace(version.id(), List.of(
                new CheckQuestion("Een leerling stuurt u om 22.00 uur een privébericht. Wat doet u?",
                        List.of("Meteen antwoorden", "De volgende schooldag antwoorden"), 2,
                        "Na 19.00 uur en in het weekend antwoordt u niet.", articles.get(0)),
                new CheckQuestion("Bij wie meldt u dat een collega over de regels heen gaat?",
                        List.of("Bij de schoolleider of de vertrouwenspersoon", "Bij niemand"), 1,
                        "Een melding gaat naar de schoolleider of de vertrouwenspersoon.", articles.get(1)))));
    }

    private UnderstandingCheckView editorOn(VersionDetail version) {
        navigate(UnderstandingCheckView.class);
        var view = (UnderstandingCheckView) getCurrentView();
        var item = checks.versions().stream().filter(v -> v.versionId() == version.id()).findFirst().orElseThrow();
        view.version.setValue(item);
        return view;
    }

    @Test
    void the_signer_answers_wrong_sees_the_explanation_and_the_article_tries_again_and_then_signs() throws Exception {
        var version = fixtures.adopted("Begripsscherm");
        var articles = ChangedSections.headings(version.markdown());
        prepareTwoQuestions(version);
        SignIn.as(users, DOCENT);
        com.vaadin.flow.component.UI.getCurrent().navigate(Signing.ROUTE,
                QueryParameters.of("versie", String.valueOf(version.id())));
        var page = (SignView) getCurrentView();

        var check = $(Section.class).withId("sign-check").single();
        assertThat(textIn(check)).contains("Begripscheck", "Meteen antwoorden", "Bij niemand");
        assertThat(page.questions.values()).extracting(group -> group.getLabel()).containsExactly(
                "1. Een leerling stuurt u om 22.00 uur een privébericht. Wat doet u?",
                "2. Bij wie meldt u dat een collega over de regels heen gaat?");
        assertThat(page.confirmed.isEnabled()).as("locked until the check is passed").isFalse();
        assertThat(page.typedName.isEnabled()).isFalse();
        assertThat(page.sign.isEnabled()).isFalse();
        assertThat(page.checkState.getText()).isEqualTo("Beantwoord eerst de vragen van de begripscheck hierboven.");

        test(page.questions.get(1)).selectItem("Meteen antwoorden");
        test(page.checkAnswers).click();
        var first = page.questions.get(1);
        var second = page.questions.get(2);
        assertThat(first.isInvalid()).isTrue();
        assertThat(first.getErrorMessage())
                .isEqualTo("Niet goed. Na 19.00 uur en in het weekend antwoordt u niet. (Artikel: " + articles.get(0) + ")");
        assertThat(second.getErrorMessage()).as("not answered: no hint given away").isEqualTo("Kies een antwoord.");
        assertThat(page.sign.isEnabled()).isFalse();

        test(first).selectItem("De volgende schooldag antwoorden");
        test(second).selectItem("Bij de schoolleider of de vertrouwenspersoon");
        test(page.checkAnswers).click();
        assertThat(first.isInvalid()).isFalse();
        assertThat(second.isInvalid()).isFalse();
        assertThat(page.checkState.getText()).isEqualTo("Alles goed. U kunt nu ondertekenen.");
        assertThat(page.sign.isEnabled()).isTrue();

        // changing an answer after passing closes the form again until it is graded
        test(second).selectItem("Bij niemand");
        assertThat(page.sign.isEnabled()).isFalse();
        test(second).selectItem("Bij de schoolleider of de vertrouwenspersoon");
        test(page.checkAnswers).click();

        test(page.confirmed).click();
        test(page.typedName).setValue("Bart de Vries");
        test(page.sign).click();

        assertThat(getCurrentView()).isInstanceOf(ReceiptView.class);
        assertThat($(com.vaadin.flow.component.html.Paragraph.class).id("receipt-check").getText())
                .isEqualTo("Begripscheck gehaald voor het ondertekenen.");
        var receipt = signing.mySignatures().stream().filter(signed -> signed.versionId() == version.id()).findFirst()
                .orElseThrow();
        assertThat(receipt.checkPassed()).isTrue();
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(signing.certificatePdf(receipt.signatureId(),
                nl.codewijzer.base.Translations.DUTCH))) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", " "))
                    .contains("Begripscheck gehaald voor het ondertekenen.");
        }
        var kept = jdbc.queryForList("select check_sha256 from signature where version_id = ?", String.class,
                version.id());
        assertThat(kept).hasSize(1);
        assertThat(kept.getFirst()).as("only 'passed': the check's SHA-256").hasSize(64);
    }

    @Test
    void a_version_without_a_check_shows_no_questions_and_the_form_is_open() {
        var version = fixtures.adopted("Zonder begripscheck");
        SignIn.as(users, DOCENT);
        com.vaadin.flow.component.UI.getCurrent().navigate(Signing.ROUTE,
                QueryParameters.of("versie", String.valueOf(version.id())));
        var page = (SignView) getCurrentView();

        assertThat($(Section.class).withId("sign-check").exists()).isFalse();
        assertThat(page.sign.isEnabled()).isTrue();
        assertThat(page.confirmed.isEnabled()).isTrue();
    }

    @Test
    void the_coordinator_fills_in_the_suggestions_is_told_at_each_field_what_is_missing_and_nothing_is_half_saved() {
        var version = fixtures.adopted("Begripseditor");
        var articles = ChangedSections.headings(version.markdown());
        SignIn.as(users, COORDINATOR);
        var editor = editorOn(version);
        assertThat(editor.state.getText())
                .isEqualTo("Deze versie heeft nog geen begripscheck. Voeg een vraag toe of vul de suggesties in.");

        test(editor.suggest).click();
        assertThat(editor.questions).hasSize(5);
        assertThat(editor.questions.get(2).question.getValue())
                .isEqualTo("Een leerling stuurt u om 22.00 uur een privébericht over een ruzie. Wat doet u?");
        assertThat(editor.questions.get(2).options.get(1).getValue())
                .isEqualTo("Ik antwoord de volgende schooldag, binnen de afgesproken tijden.");
        assertThat(editor.questions.get(2).right.getValue()).as("the school marks the right answer").isNull();
        assertThat(editor.add.isEnabled()).as("at most five").isFalse();

        test(editor.save).click();
        var third = editor.questions.get(2);
        assertThat(third.right.isInvalid()).isTrue();
        assertThat(third.right.getErrorMessage()).isEqualTo("Kies het goede antwoord.");
        assertThat(third.explanation.getErrorMessage()).isEqualTo("Vul de uitleg in: die ziet wie fout antwoordt.");
        assertThat(third.article.getErrorMessage()).isEqualTo("Kies het artikel waar deze vraag uit komt.");
        assertThat(questionsOf(version.id())).isZero();

        // keep two questions; the first is complete, the second still has no right answer
        while (editor.questions.size() > 2) {
            test(editor.questions.getLast().remove).click();
        }
        var one = editor.questions.get(0);
        var two = editor.questions.get(1);
        test(one.right).selectItem("Antwoord 2");
        test(one.explanation).setValue("Volg de leerling niet vanaf een privéaccount; verwijs naar het kanaal van de school.");
        test(one.article).selectItem(articles.get(0));
        test(two.explanation).setValue("Persoonlijke berichten gaan via het systeem van de school.");
        test(two.article).selectItem(articles.get(1));
        test(editor.save).click();

        assertThat(one.right.isInvalid()).isFalse();
        assertThat(one.explanation.isInvalid()).isFalse();
        assertThat(two.right.getErrorMessage()).isEqualTo("Kies het goede antwoord.");
        assertThat(questionsOf(version.id())).as("nothing half-saved: not even the complete first question").isZero();

        test(two.right).selectItem("Antwoord 2");
        test(editor.save).click();

        assertThat(questionsOf(version.id())).isEqualTo(2);
        assertThat(editor.questions).hasSize(2);
        assertThat(editor.questions.get(1).right.getValue()).isEqualTo(2);
        assertThat(jdbc.queryForObject(
                "select article from understanding_question where version_id = ? and number = 1", String.class,
                version.id())).isEqualTo(articles.get(0));
    }

    @Test
    void after_the_first_signature_the_editor_shows_the_check_read_only() {
        var version = fixtures.adopted("Vaste begripscheck");
        prepareTwoQuestions(version);
        SignIn.as(users, DOCENT);
        signing.sign(version.id(), true, "Bart de Vries", version.summary().sha256(), Map.of(1, 2, 2, 1),
                SignContext.NONE);
        SignIn.as(users, COORDINATOR);

        var editor = editorOn(version);

        assertThat(editor.state.getText()).isEqualTo("Deze versie is al ondertekend: de begripscheck ligt vast.");
        assertThat(editor.questions).hasSize(2);
        assertThat(editor.questions.getFirst().question.isReadOnly()).isTrue();
        assertThat(editor.save.isVisible()).isFalse();
        assertThat(editor.suggest.isVisible()).isFalse();
    }

    @Test
    void a_medewerker_opening_the_editor_sees_geen_toegang() {
        SignIn.as(users, DOCENT);

        navigate(UnderstandingChecks.ROUTE, AccessDeniedView.class);

        assertThat(test($(H1.class).single()).getText()).isEqualTo("Geen toegang");
        assertThat($(UnderstandingCheckView.class).exists()).isFalse();
    }
}
