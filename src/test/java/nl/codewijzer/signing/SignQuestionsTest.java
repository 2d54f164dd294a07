package nl.codewijzer.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Arrays;
import nl.codewijzer.ContextSecurityStrategy;
import nl.codewijzer.Reactions;
import nl.codewijzer.SignIn;
import nl.codewijzer.StatementCounter;
import nl.codewijzer.base.InvalidInput;
import nl.codewijzer.base.Translations;
import nl.codewijzer.codetext.CodeTexts;
import nl.codewijzer.notification.Notifications;
import nl.codewijzer.staff.PersonalData;
import nl.codewijzer.staff.StaffDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestExecutionListeners;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * "Ik heb een vraag voordat ik teken" (issue 14, decision 0044) as the people concerned notice it:
 * the question in the coördinator's inbox and mail (GreenMail), "vraag gesteld" on the dashboard while
 * the request stays open, the answer in the teacher's inbox and mail with a link back to the sign flow,
 * both in the teacher's own data export; a question of 10,000 characters is refused and not stored.
 */
@SpringBootTest(properties = "codewijzer.mail.retry-delay=PT1H")
@ActiveProfiles("test")
@TestExecutionListeners(listeners = ContextSecurityStrategy.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class SignQuestionsTest {

    private static final int PORT = freePort();
    private static final GreenMail MAIL_SERVER = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    static final String DOCENT = "docent@school.example";
    static final String COORDINATOR = "coordinator@school.example";

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> PORT);
        registry.add("spring.mail.properties.mail.smtp.connectiontimeout", () -> "2000");
        registry.add("spring.mail.properties.mail.smtp.timeout", () -> "2000");
    }

    @BeforeAll
    static void startMailServer() {
        MAIL_SERVER.start();
    }

    @AfterAll
    static void stopMailServer() {
        MAIL_SERVER.stop();
    }

    @Autowired
    SignQuestions questions;
    @Autowired
    SigningCampaigns campaigns;
    @Autowired
    Notifications notifications;
    @Autowired
    PersonalData personalData;
    @Autowired
    JsonMapper json;
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
    @Autowired
    Translations translations;

    private long storedQuestions() {
        return jdbc.queryForObject("select count(*) from sign_question", Long.class);
    }

    private String dutch(Throwable thrown, String field) {
        assertThat(thrown).isInstanceOf(InvalidInput.class);
        var problem = ((InvalidInput) thrown).problems().stream().filter(p -> p.field().equals(field)).findFirst()
                .orElseThrow();
        return translations.getTranslation(problem.messageKey(), Translations.DUTCH, problem.args().toArray());
    }

    private boolean questionAskedOnTheDashboard(long versionId, long personId) {
        SignIn.as(users, COORDINATOR);
        return campaigns.overview(versionId).outstanding().stream().filter(line -> line.personId() == personId)
                .findFirst().orElseThrow().questionAsked();
    }

    @Test
    void a_question_reaches_the_coordinator_and_the_answer_reaches_the_teacher_in_the_app_and_by_mail() throws Exception {
        var version = new SigningFixtures(codeTexts, seeding, staff, transaction, users, reactions).adopted("Vraagtest");
        var docent = SignIn.as(users, DOCENT);
        var before = storedQuestions();

        var tooLong = catchThrowable(() -> questions.ask(version.id(), "x".repeat(10_000)));
        assertThat(dutch(tooLong, "question")).isEqualTo("Dit is 10000 tekens; ten hoogste 2000.");
        assertThat(dutch(catchThrowable(() -> questions.ask(version.id(), "   ")), "question")).isEqualTo("Vul uw vraag in.");
        assertThat(storedQuestions()).as("nothing stored").isEqualTo(before);

        var asked = questions.ask(version.id(),
                "Geldt de regel over 19.00 uur ook voor de mentorgroep\nop de schoolreis?");
        assertThat(asked.answered()).isFalse();

        // the coördinator: in the inbox and by mail, with a link to answer
        SignIn.as(users, COORDINATOR);
        var subject = "Vraag van Bart de Vries over " + version.codeTitle() + ", versie 1";
        var notice = notifications.inbox().stream().filter(entry -> entry.subject().equals(subject)).findFirst()
                .orElseThrow();
        assertThat(notice.body()).contains("op de schoolreis?");
        assertThat(notice.link()).isEqualTo(SignQuestions.ROUTE);
        var toCoordinator = awaitMail(COORDINATOR, subject);
        assertThat(toCoordinator.getContent().toString()).contains("mentorgroep", "/ondertekening/vragen");

        // the request stays open and shows "vraag gesteld"
        assertThat(questionAskedOnTheDashboard(version.id(), docent.personId())).isTrue();
        assertThat(jdbc.queryForObject("select status from signature_request where person_id = ? and version_id = ?",
                String.class, docent.personId(), version.id())).isEqualTo("OPEN");

        // the answer
        SignIn.as(users, COORDINATOR);
        var tooLongAnswer = catchThrowable(() -> questions.answer(asked.id(), "y".repeat(2_001)));
        assertThat(dutch(tooLongAnswer, "answer")).isEqualTo("Dit is 2001 tekens; ten hoogste 2000.");
        var answered = questions.answer(asked.id(), "Ja: ook op schoolreis antwoordt u na 19.00 uur niet privé.");
        assertThat(answered.answered()).isTrue();
        assertThat(dutch(catchThrowable(() -> questions.answer(asked.id(), "Nog een keer")), "answer"))
                .isEqualTo("Deze vraag is al beantwoord.");
        assertThat(questionAskedOnTheDashboard(version.id(), docent.personId())).isFalse();

        SignIn.as(users, DOCENT);
        var answerSubject = "Antwoord op uw vraag over " + version.codeTitle() + ", versie 1";
        var answerNotice = notifications.inbox().stream().filter(entry -> entry.subject().equals(answerSubject))
                .findFirst().orElseThrow();
        assertThat(answerNotice.body()).contains("Ja: ook op schoolreis", "op de schoolreis?");
        assertThat(answerNotice.link()).isEqualTo("ondertekenen?versie=" + version.id());
        var toTeacher = awaitMail(DOCENT, answerSubject);
        assertThat(toTeacher.getContent().toString()).contains("Ja: ook op schoolreis",
                "/ondertekenen?versie=" + version.id());
        assertThat(questions.mine(version.id())).singleElement().satisfies(line -> {
            assertThat(line.answer()).isEqualTo("Ja: ook op schoolreis antwoordt u na 19.00 uur niet privé.");
            assertThat(line.answeredBy()).isNotBlank();
        });

        // both in the teacher's own data export
        var export = json.readTree(personalData.ownDataAsJson());
        var own = export.findValue("questions");
        assertThat(own).isNotNull();
        assertThat(own.toString()).contains("op de schoolreis?", "Ja: ook op schoolreis", version.codeTitle());
    }

    @Test
    void the_list_of_questions_is_read_in_the_same_statements_however_many_versions_they_are_about() {
        var fixtures = new SigningFixtures(codeTexts, seeding, staff, transaction, users, reactions);
        var first = fixtures.adopted("Vragenlijst");
        SignIn.as(users, DOCENT);
        questions.ask(first.id(), "Een vraag over de eerste code?");
        SignIn.as(users, COORDINATOR);
        var before = StatementCounter.count(questions::all);

        var titles = new java.util.ArrayList<String>();
        for (int i = 0; i < 3; i++) {
            var version = fixtures.adopted("Vragenlijst " + i);
            titles.add(version.codeTitle());
            SignIn.as(users, DOCENT);
            questions.ask(version.id(), "Een vraag over code " + i + "?");
        }
        SignIn.as(users, COORDINATOR);
        var after = StatementCounter.count(questions::all);

        assertThat(after.result()).hasSize(before.result().size() + 3).extracting(SignQuestionLine::codeTitle)
                .contains(first.codeTitle()).containsAll(titles);
        assertThat(after.statements()).as("statements of the list with three more versions asked about")
                .isEqualTo(before.statements());
    }

    private static MimeMessage awaitMail(String recipient, String subject) throws Exception {
        var deadline = System.nanoTime() + 15_000_000_000L;
        while (System.nanoTime() < deadline) {
            var found = Arrays.stream(MAIL_SERVER.getReceivedMessages()).filter(message -> {
                try {
                    return message.getAllRecipients()[0].toString().equals(recipient)
                            && message.getSubject().equals(subject);
                } catch (Exception e) {
                    return false;
                }
            }).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No mail to " + recipient + ": '" + subject + "'");
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
