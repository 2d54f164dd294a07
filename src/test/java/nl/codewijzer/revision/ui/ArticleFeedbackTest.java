package nl.codewijzer.revision.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.codewijzer.CodewijzerTest;
import nl.codewijzer.Reactions;
import nl.codewijzer.SignIn;
import nl.codewijzer.audit.AuditFilter;
import nl.codewijzer.audit.AuditTrail;
import nl.codewijzer.base.InvalidInput;
import nl.codewijzer.codetext.CodeTexts;
import nl.codewijzer.codetext.VersionDetail;
import nl.codewijzer.revision.ArticleFeedback;
import nl.codewijzer.revision.ArticleFeedbackSummary;
import nl.codewijzer.revision.FeedbackKind;
import nl.codewijzer.revision.FeedbackLine;
import nl.codewijzer.revision.FeedbackStatus;
import nl.codewijzer.revision.Revisions;
import nl.codewijzer.signing.SigningFixtures;
import nl.codewijzer.signing.SigningSeeding;
import nl.codewijzer.staff.StaffDirectory;
import nl.codewijzer.teamday.AgendaItem;
import nl.codewijzer.teamday.TeamMeetings;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Feedback on each article of the adopted code as staff and the coördinator notice it: given from the
 * code's page, with a name or anonymously (then stored without person and not on the audit trail),
 * refused with a Dutch message when too long, counted per article for the coördinator, marked handled,
 * and taken onto the agenda of the revision's team day, one topic per article. The text never changes.
 */
@CodewijzerTest
class ArticleFeedbackTest extends SpringBrowserlessTest {

    private static final String DAGEN = "3. Dagen en tijden";
    private static final String CONTACT = "1. Contact via sociale media";

    @Autowired
    ArticleFeedback feedback;
    @Autowired
    Revisions revisions;
    @Autowired
    CodeTexts codeTexts;
    @Autowired
    TeamMeetings meetings;
    @Autowired
    AuditTrail audit;
    @Autowired
    JdbcTemplate jdbc;
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

    private VersionDetail adopted(String title) {
        return fixtures().adopted(title);
    }

    private SigningFixtures fixtures() {
        return new SigningFixtures(codeTexts, seeding, staff, transaction, users, reactions);
    }

    @Test
    void a_teacher_gives_feedback_on_an_article_by_name_or_anonymously_and_the_coordinator_sees_it_counted_per_article() {
        var code = adopted("Feedbacktest");
        long codeId = code.summary().codeId();

        SignIn.as(users, "docent@school.example");
        navigate(FeedbackView.class);
        var dialog = openDialog(codeId, 4); // Inleiding, 1., 2., then 3. Dagen en tijden
        dialog.kind.setValue(FeedbackKind.WERKT_NIET);
        dialog.body.setValue("Op schoolreis moeten we 's avonds wel kunnen appen met leerlingen.");
        test(dialog.send).click();
        assertThat(dialog.isOpened()).isFalse();

        SignIn.as(users, "karin.smit@school.example");
        navigate(FeedbackView.class);
        var anonymous = openDialog(codeId, 4);
        anonymous.kind.setValue(FeedbackKind.ONDUIDELIJK);
        anonymous.anonymous.setValue(true);
        test(anonymous.send).click();
        assertThat(anonymous.isOpened()).isFalse();

        SignIn.as(users, "coordinator@school.example");
        var perArticle = feedback.perArticle(codeId);
        assertThat(perArticle).singleElement().satisfies(article -> {
            assertThat(article.article()).isEqualTo(DAGEN);
            assertThat(article.lapsed()).isFalse();
            assertThat(article.counts()).isEqualTo(Map.of(FeedbackKind.WERKT_NIET, 1L, FeedbackKind.ONDUIDELIJK, 1L));
            assertThat(article.open()).isEqualTo(2);
            assertThat(article.lines()).extracting(FeedbackLine::giver).containsExactlyInAnyOrder("Bart de Vries", null);
        });
        var anonymousId = perArticle.getFirst().lines().stream().filter(line -> line.giver() == null).findFirst()
                .orElseThrow().id();
        assertThat(jdbc.queryForObject("select person_id from article_feedback where id = ?", Long.class, anonymousId))
                .isNull();

        // the coördinator's page shows the counts and who said what; "anoniem" without a name
        navigate(RevisionView.class);
        var panel = $(Div.class).id("feedback-panel-" + codeId).getElement().getTextRecursively();
        assertThat(panel).contains(DAGEN, "1× Werkt niet in de praktijk", "1× Onduidelijk", "2 reactie(s), 2 open",
                "Bart de Vries", "anoniem", "'s avonds wel kunnen appen");
        assertThat(panel).doesNotContain("Karin Smit");

        // on the audit trail: the named feedback, never the anonymous one
        SignIn.as(users, "beheerder@school.example");
        var given = audit.page(new AuditFilter("feedback.given", null, null, null), 0, 500);
        assertThat(given).filteredOn(entry -> entry.details().contains("version=" + code.id() + ";")).singleElement()
                .satisfies(entry -> assertThat(entry.actorName()).isEqualTo("Bart de Vries"));
        assertThat(given).noneMatch(entry -> entry.objectId().equals(String.valueOf(anonymousId)));

        // feedback never changes the adopted text
        SignIn.as(users, "coordinator@school.example");
        assertThat(codeTexts.active(codeId)).hasValueSatisfying(active -> {
            assertThat(active.id()).isEqualTo(code.id());
            assertThat(active.summary().sha256()).isEqualTo(code.summary().sha256());
        });
        assertThat(codeTexts.history(codeId)).hasSize(1);
    }

    @Test
    void feedback_of_ten_thousand_characters_or_without_a_kind_is_refused_in_dutch_and_nothing_is_saved() {
        var code = adopted("Feedback te lang");
        long codeId = code.summary().codeId();
        SignIn.as(users, "docent@school.example");
        navigate(FeedbackView.class);
        var dialog = openDialog(codeId, 2);
        dialog.body.setValue("x".repeat(10_000));
        test(dialog.send).click();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.body.isInvalid()).isTrue();
        assertThat(dialog.body.getErrorMessage())
                .isEqualTo("Uw toelichting is 10000 tekens lang; het maximum is 2000. Kort haar in.");
        assertThat(dialog.kind.getErrorMessage()).isEqualTo("Kies wat u wilt zeggen.");

        dialog.kind.setValue(FeedbackKind.ANDERS);
        dialog.body.setValue("  ");
        test(dialog.send).click();
        assertThat(dialog.body.getErrorMessage()).isEqualTo("Schrijf in de toelichting wat u wilt zeggen.");

        var unknown = catchThrowable(() -> feedback.give(codeId, "9. Bestaat niet", FeedbackKind.MIS_IK, null, false));
        assertThat(((InvalidInput) unknown).problems()).extracting(InvalidInput.Problem::messageKey)
                .containsExactly("feedback.error.article-unknown");
        assertThat(jdbc.queryForObject("select count(*) from article_feedback where code_id = ?", Long.class, codeId))
                .isZero();

        // a teacher neither reads the feedback per article nor handles it
        assertThatThrownBy(() -> feedback.perArticle(codeId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> feedback.markHandled(1)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void herziening_starten_puts_one_topic_per_article_with_open_feedback_after_the_five_questions() {
        var code = adopted("Herziening met feedback");
        long codeId = code.summary().codeId();
        SignIn.as(users, "docent@school.example");
        feedback.give(codeId, DAGEN, FeedbackKind.WERKT_NIET, "Tijdens de examenweek willen leerlingen tot 21.00 uur vragen stellen.", false);
        feedback.give(codeId, DAGEN, FeedbackKind.WERKT_NIET, null, true);
        feedback.give(codeId, CONTACT, FeedbackKind.MIS_IK, "Wat doen we met Instagram-accounts van de sectie?", false);
        var handledLater = feedback.give(codeId, "Ondertekening", FeedbackKind.ONDUIDELIJK, "Wie bewaart dit?", false);

        SignIn.as(users, "coordinator@school.example");
        feedback.markHandled(handledLater.id());
        var again = catchThrowable(() -> feedback.markHandled(handledLater.id()));
        assertThat(((InvalidInput) again).problems()).extracting(InvalidInput.Problem::messageKey)
                .containsExactly("feedback.error.not-new");

        // the next version renames article 1: its feedback is kept, under "vervallen artikel"
        var renamed = code.markdown().replace("## " + CONTACT, "## 1. Contact via apps en sociale media");
        var next = fixtures().adoptedNext(code, renamed);
        SignIn.as(users, "coordinator@school.example");
        assertThat(feedback.perArticle(codeId)).extracting(ArticleFeedbackSummary::article, ArticleFeedbackSummary::lapsed)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(DAGEN, false),
                        org.assertj.core.groups.Tuple.tuple("Ondertekening", false),
                        org.assertj.core.groups.Tuple.tuple(CONTACT, true));
        navigate(RevisionView.class);
        assertThat($(Div.class).id("feedback-panel-" + codeId).getElement().getTextRecursively())
                .contains("Vervallen artikel: " + CONTACT);

        var start = revisions.start(codeId, LocalDate.now(nl.codewijzer.base.SchoolTime.ZONE).plusDays(7));
        assertThat(start.feedbackTopics()).isEqualTo(2);
        var agenda = meetings.console(start.meetingId()).agenda();
        assertThat(agenda).extracting(AgendaItem::question).containsExactly(1, 2, 3, 4, 5, null, null);
        assertThat(agenda.get(5).title()).isEqualTo("Feedback op artikel: " + DAGEN);
        assertThat(agenda.get(5).guidance()).containsExactly("2× Werkt niet in de praktijk",
                "“Tijdens de examenweek willen leerlingen tot 21.00 uur vragen stellen.”");
        assertThat(agenda.get(6).title()).isEqualTo("Feedback op vervallen artikel: " + CONTACT);
        assertThat(agenda.get(6).guidance()).containsExactly("1× Mis ik",
                "“Wat doen we met Instagram-accounts van de sectie?”");
        assertThat(feedback.perArticle(codeId)).flatExtracting(ArticleFeedbackSummary::lines)
                .extracting(FeedbackLine::status).containsOnly(FeedbackStatus.OP_AGENDA, FeedbackStatus.AFGEHANDELD);

        // feedback after the start goes onto the same team day by hand, one topic for its article
        SignIn.as(users, "docent@school.example");
        feedback.give(codeId, DAGEN, FeedbackKind.ONDUIDELIJK, "Geldt 19.00 uur ook voor de mentor?", false);
        SignIn.as(users, "coordinator@school.example");
        assertThat(feedback.takeOntoAgenda(codeId, DAGEN)).isEqualTo(1);
        assertThat(meetings.console(start.meetingId()).agenda()).hasSize(8).last()
                .satisfies(item -> assertThat(item.guidance()).contains("“Geldt 19.00 uur ook voor de mentor?”"));
        assertThat(codeTexts.active(codeId)).hasValueSatisfying(active -> assertThat(active.id()).isEqualTo(next.id()));
    }

    private FeedbackDialog openDialog(long codeId, int article) {
        test($(Button.class).id("feedback-" + codeId + "-" + article)).click();
        return $(FeedbackDialog.class).last();
    }

}
