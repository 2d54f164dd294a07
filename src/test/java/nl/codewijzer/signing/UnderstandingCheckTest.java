package nl.codewijzer.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import java.util.Map;
import nl.codewijzer.CodewijzerTest;
import nl.codewijzer.SignIn;
import nl.codewijzer.base.InvalidInput;
import nl.codewijzer.base.Translations;
import nl.codewijzer.codetext.ChangedSections;
import nl.codewijzer.codetext.CodeTexts;
import nl.codewijzer.codetext.VersionDetail;
import nl.codewijzer.codetext.VersionStatus;
import nl.codewijzer.security.SystemActor;
import nl.codewijzer.staff.StaffDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/** The understanding check before signing (issue 14, decision 0043): preparing it, answering it, signing after it. */
@CodewijzerTest
class UnderstandingCheckTest {

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
    @Autowired
    Translations translations;

    SigningFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new SigningFixtures(codeTexts, seeding, staff, transaction, users, reactions);
    }

    /** Two questions on the version's first two articles: answer 2 is right to the first, answer 1 to the second. */
    private List<CheckQuestion> twoQuestions(VersionDetail version) {
        var articles = ChangedSections.headings(version.markdown());
        return List.of(
                new CheckQuestion("Een leerling stuurt u om 22.00 uur een privébericht. Wat doet u?",
                        List.of("Meteen antwoorden", "De volgende schooldag antwoorden", ""), 2,
                        "Na 19.00 uur en in het weekend antwoordt u niet.", articles.get(0)),
                new CheckQuestion("Bij wie meldt u dat een collega over de regels heen gaat?",
                        List.of("Bij de schoolleider of de vertrouwenspersoon", "Bij niemand"), 1,
                        "Een melding gaat naar de schoolleider of de vertrouwenspersoon.", articles.get(1)));
    }

    private UnderstandingCheck prepare(long versionId, List<CheckQuestion> questions) {
        return SystemActor.runAsPerson(users.loadUserByUsername(COORDINATOR), () -> checks.replace(versionId, questions));
    }

    private long signatures(long versionId) {
        return jdbc.queryForObject("select count(*) from signature where version_id = ?", Long.class, versionId);
    }

    private long questionsOf(long versionId) {
        return jdbc.queryForObject("select count(*) from understanding_question where version_id = ?", Long.class,
                versionId);
    }

    private String dutch(InvalidInput.Problem problem) {
        return translations.getTranslation(problem.messageKey(), Translations.DUTCH, problem.args().toArray());
    }

    private Map<String, String> dutchByField(Throwable thrown) {
        assertThat(thrown).isInstanceOf(InvalidInput.class);
        var result = new java.util.LinkedHashMap<String, String>();
        ((InvalidInput) thrown).problems().forEach(problem -> result.put(problem.field(), dutch(problem)));
        return result;
    }

    @Test
    void a_wrong_answer_shows_the_explanation_and_the_article_and_signing_waits_for_the_right_answers() {
        var version = fixtures.adopted("Begripstest");
        var articles = ChangedSections.headings(version.markdown());
        prepare(version.id(), twoQuestions(version));
        SignIn.as(users, DOCENT);

        var page = signing.signPage(version.id());
        assertThat(page.check()).extracting(CheckQuestionShown::question).containsExactly(
                "Een leerling stuurt u om 22.00 uur een privébericht. Wat doet u?",
                "Bij wie meldt u dat een collega over de regels heen gaat?");
        assertThat(page.check().getFirst().options()).as("the empty third answer is not there")
                .containsExactly("Meteen antwoorden", "De volgende schooldag antwoorden");

        var wrong = checks.grade(version.id(), Map.of(1, 1));
        assertThat(wrong).containsExactly(
                new WrongAnswer(1, "Na 19.00 uur en in het weekend antwoordt u niet.", articles.get(0)),
                new WrongAnswer(2, "Een melding gaat naar de schoolleider of de vertrouwenspersoon.", articles.get(1)));
        var refused = catchThrowable(() -> signing.sign(version.id(), true, "Bart de Vries", version.summary().sha256(),
                Map.of(1, 1, 2, 1), SignContext.NONE));
        assertThat(dutchByField(refused)).containsEntry("check",
                "Beantwoord eerst alle vragen van de begripscheck goed. Er is niets vastgelegd.");
        assertThat(catchThrowable(() -> signing.sign(version.id(), true, "Bart de Vries", version.summary().sha256(),
                SignContext.NONE))).as("a page that skips the check").isInstanceOf(InvalidInput.class);
        assertThat(signatures(version.id())).isZero();

        assertThat(checks.grade(version.id(), Map.of(1, 2, 2, 1))).isEmpty();
        var receipt = signing.sign(version.id(), true, "Bart de Vries", version.summary().sha256(), Map.of(1, 2, 2, 1),
                SignContext.NONE);

        assertThat(receipt.versionId()).isEqualTo(version.id());
        // only "passed" is kept: the SHA-256 of the check, no answers and no record of the wrong attempts
        var kept = jdbc.queryForMap("select * from signature where id = ?", receipt.signatureId());
        assertThat((String) kept.get("CHECK_SHA256")).hasSize(64).matches("[0-9a-f]{64}");
        assertThat(kept.values()).noneMatch(value -> String.valueOf(value).contains("Meteen antwoorden"));
        assertThat(jdbc.queryForList("select table_name from information_schema.tables where lower(table_name) like '%attempt%'"))
                .isEmpty();
    }

    @Test
    void a_version_without_a_check_is_signed_as_before_and_keeps_no_check() {
        var version = fixtures.adopted("Zondercheck");
        SignIn.as(users, DOCENT);

        assertThat(signing.signPage(version.id()).check()).isEmpty();
        var receipt = signing.sign(version.id(), true, "Bart de Vries", version.summary().sha256(), SignContext.NONE);

        assertThat(jdbc.queryForObject("select check_sha256 from signature where id = ?", String.class,
                receipt.signatureId())).isNull();
    }

    @Test
    void a_check_prepared_on_the_concept_is_asked_once_the_version_is_adopted() {
        var version = fixtures.adopted("Vooraf", conceptId -> {
            var concept = SystemActor.runAsPerson(users.loadUserByUsername(COORDINATOR), () -> codeTexts.version(conceptId));
            assertThat(concept.status()).isEqualTo(VersionStatus.CONCEPT);
            prepare(conceptId, twoQuestions(concept));
        });
        SignIn.as(users, DOCENT);

        assertThat(signing.signPage(version.id()).check()).hasSize(2);
    }

    @Test
    void a_check_with_no_right_answer_marked_is_refused_at_the_field_and_nothing_is_saved() {
        var version = fixtures.adopted("Geengoed");
        var before = prepare(version.id(), twoQuestions(version));
        var questions = new java.util.ArrayList<>(twoQuestions(version));
        var first = questions.getFirst();
        questions.set(0, new CheckQuestion("Een andere vraag?", first.options(), first.rightOption(),
                first.explanation(), first.article()));
        questions.set(1, new CheckQuestion(questions.get(1).question(), questions.get(1).options(), null,
                questions.get(1).explanation(), questions.get(1).article()));

        var thrown = catchThrowable(() -> prepare(version.id(), questions));

        assertThat(dutchByField(thrown)).containsExactly(Map.entry("question.2.right", "Kies het goede antwoord."));
        SignIn.as(users, COORDINATOR);
        assertThat(checks.check(version.id()).questions()).as("the first, valid question was not saved either")
                .isEqualTo(before.questions());
        assertThat(questionsOf(version.id())).isEqualTo(2);
    }

    @Test
    void every_other_bad_input_gets_its_dutch_message_at_its_field() {
        var version = fixtures.adopted("Foutjes");
        var article = ChangedSections.headings(version.markdown()).getFirst();

        var thrown = catchThrowable(() -> prepare(version.id(), List.of(
                new CheckQuestion(" ", List.of("Ja", "", "Nee"), 1, "", ""),
                new CheckQuestion("x".repeat(301), List.of("Alleen dit"), 1, "Uitleg", "Artikel 99"),
                new CheckQuestion("Vraag?", List.of("Ja", "Nee"), 2, "Uitleg", article))));

        assertThat(dutchByField(thrown)).containsExactly(
                Map.entry("question.1.question", "Vul de vraag in."),
                Map.entry("question.1.option.2", "Vul dit antwoord in, of laat de antwoorden eronder ook leeg."),
                Map.entry("question.1.explanation", "Vul de uitleg in: die ziet wie fout antwoordt."),
                Map.entry("question.1.article", "Kies het artikel waar deze vraag uit komt."),
                Map.entry("question.2.question", "Dit is 301 tekens; ten hoogste 300."),
                Map.entry("question.2.option.2", "Geef ten minste 2 antwoorden."),
                Map.entry("question.2.article", "Het artikel \"Artikel 99\" staat niet in deze versie."));
        var six = java.util.Collections.nCopies(6, new CheckQuestion("Vraag?", List.of("Ja", "Nee"), 1, "Uitleg", article));
        assertThat(dutchByField(catchThrowable(() -> prepare(version.id(), six))))
                .containsExactly(Map.entry("questions", "Ten hoogste 5 vragen."));
        assertThat(questionsOf(version.id())).isZero();
    }

    @Test
    void once_someone_signed_the_check_is_fixed_and_a_teacher_may_not_change_it_at_all() {
        var version = fixtures.adopted("Vastgelegd");
        prepare(version.id(), twoQuestions(version));
        SignIn.as(users, DOCENT);
        assertThatThrownBy(() -> checks.replace(version.id(), List.of())).isInstanceOf(AccessDeniedException.class);
        signing.sign(version.id(), true, "Bart de Vries", version.summary().sha256(), Map.of(1, 2, 2, 1),
                SignContext.NONE);

        var thrown = catchThrowable(() -> prepare(version.id(), List.of()));

        assertThat(dutchByField(thrown)).containsExactly(Map.entry("questions",
                "Versie 1 is al ondertekend; de begripscheck kan niet meer veranderen."));
        SignIn.as(users, COORDINATOR);
        assertThat(checks.check(version.id()).frozen()).isTrue();
        assertThat(questionsOf(version.id())).isEqualTo(2);
    }

    @Test
    void the_suggestions_follow_the_five_checklist_questions_with_no_right_answer_marked() {
        SignIn.as(users, COORDINATOR);
        var suggestions = checks.suggestions(Translations.DUTCH);

        assertThat(suggestions).hasSize(5).allSatisfy(suggestion -> {
            assertThat(suggestion.options()).hasSize(3);
            assertThat(suggestion.rightOption()).isNull();
        });
        assertThat(suggestions.get(2).question())
                .isEqualTo("Een leerling stuurt u om 22.00 uur een privébericht over een ruzie. Wat doet u?");
    }
}
