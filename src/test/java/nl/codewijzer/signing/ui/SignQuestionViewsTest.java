package nl.codewijzer.signing.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import nl.codewijzer.CodewijzerTest;
import nl.codewijzer.SignIn;
import nl.codewijzer.codetext.CodeTexts;
import nl.codewijzer.codetext.VersionDetail;
import nl.codewijzer.signing.SignQuestions;
import nl.codewijzer.signing.Signing;
import nl.codewijzer.signing.SigningCampaigns;
import nl.codewijzer.signing.SigningFixtures;
import nl.codewijzer.signing.SigningSeeding;
import nl.codewijzer.staff.StaffDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/** "Ik heb een vraag voordat ik teken" on the sign page, the coördinator's answer view and the dashboard, without a browser. */
@CodewijzerTest
class SignQuestionViewsTest extends SpringBrowserlessTest {

    static final String DOCENT = "docent@school.example";
    static final String COORDINATOR = "coordinator@school.example";

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

    private SignView signPageOf(VersionDetail version) {
        UI.getCurrent().navigate(Signing.ROUTE, QueryParameters.of("versie", String.valueOf(version.id())));
        return (SignView) getCurrentView();
    }

    private long questionsOf(long versionId) {
        return jdbc.queryForObject("select count(*) from sign_question where version_id = ?", Long.class, versionId);
    }

    @Test
    void a_teacher_asks_before_signing_the_coordinator_answers_and_the_teacher_reads_the_answer_on_the_sign_page() {
        var version = fixtures.adopted("Vraagscherm");
        var docent = SignIn.as(users, DOCENT);
        var page = signPageOf(version);
        assertThat(page.askOpen.getText()).isEqualTo("Ik heb een vraag voordat ik teken");

        test(page.askOpen).click();
        test(page.question).setValue("x".repeat(10_000));
        test(page.askSend).click();
        assertThat(page.question.isInvalid()).isTrue();
        assertThat(page.question.getErrorMessage()).isEqualTo("Dit is 10000 tekens; ten hoogste 2000.");
        assertThat(questionsOf(version.id())).as("nothing stored").isZero();

        test(page.question).setValue("Mag ik een oud-leerling die nu stagiair is volgen op Instagram?");
        test(page.askSend).click();
        assertThat(questionsOf(version.id())).isEqualTo(1);
        assertThat(textIn(page.myQuestions)).contains("Mag ik een oud-leerling", "Vraag gesteld; nog geen antwoord.");
        assertThat(page.sign.isEnabled()).as("the request stays open: signing is still possible").isTrue();

        // the dashboard shows "vraag gesteld" at the teacher
        SignIn.as(users, COORDINATOR);
        navigate(SigningCampaigns.ROUTE, CampaignView.class);
        var campaign = (CampaignView) getCurrentView();
        campaign.show(version.id());
        var grid = test(campaign.outstanding);
        var row = java.util.stream.IntStream.range(0, grid.size()).filter(i -> grid.getCellText(i, 0).equals("Bart de Vries"))
                .findFirst().orElseThrow();
        assertThat(textIn(grid.getCellComponent(row, 3))).contains("Vraag gesteld");
        assertThat(docent.personId()).isPositive();

        // the coördinator answers; an empty answer is refused at the field
        navigate(SignQuestions.ROUTE, SignQuestionsView.class);
        var answers = (SignQuestionsView) getCurrentView();
        var questionId = jdbc.queryForObject("select id from sign_question where version_id = ?", Long.class,
                version.id());
        assertThat(textIn(answers)).contains("Bart de Vries over Vraagscherm", "Mag ik een oud-leerling");
        test(answers.sends.get(questionId)).click();
        assertThat(answers.answers.get(questionId).getErrorMessage()).isEqualTo("Vul het antwoord in.");
        test(answers.answers.get(questionId)).setValue("Nee: ook een oud-leerling volgt u niet vanaf uw privéaccount.");
        test(answers.sends.get(questionId)).click();
        assertThat(answers.answers).doesNotContainKey(questionId);
        assertThat(textIn(answers)).contains("Nee: ook een oud-leerling");

        SignIn.as(users, DOCENT);
        var again = signPageOf(version);
        assertThat(textIn(again.myQuestions)).contains("Mag ik een oud-leerling", "Nee: ook een oud-leerling")
                .doesNotContain("nog geen antwoord");
    }
}
