package nl.codewijzer.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.H1;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.codewijzer.CodewijzerTest;
import nl.codewijzer.audit.internal.AuditChainer;
import nl.codewijzer.base.SchoolTime;
import nl.codewijzer.base.ui.AccessDeniedView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/** The beheerder's Logboek page: the newest rows first, the filters, the chain check. */
@CodewijzerTest
class AuditViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate sql;
    @Autowired
    AuditChainer chainer;

    private List<String> column(AuditView view, String key) {
        var grid = test(view.grid);
        var cells = new ArrayList<String>();
        for (int row = 0; row < Math.min(grid.size(), 50); row++) {
            cells.add(grid.getCellText(row, grid.getColumnPosition(key)));
        }
        return cells;
    }

    @Test
    @WithUserDetails("beheerder@school.example")
    void the_log_shows_the_newest_row_first_with_dutch_descriptions_of_the_actions() {
        var view = navigate(AuditView.class);

        assertThat(test($(H1.class).single()).getText()).isEqualTo("Logboek");
        chainer.chainNow();
        var newest = sql.queryForObject("select max(seq) from audit_event", Long.class);
        assertThat(column(view, "seq").getFirst()).isEqualTo(String.valueOf(newest));
        // the demo school was created at start-up: its people joined, recorded as done by the system
        test(view.action).selectItem("Persoon toegevoegd of weer actief");
        assertThat(column(view, "action")).containsOnly("Persoon toegevoegd of weer actief");
        var actors = column(view, "actor");
        var subjects = column(view, "subject");
        assertThat(subjects).contains("Bart de Vries", "Łukasz Nowak");
        // other tests add colleagues as the beheerder; the demo people were added by the system
        assertThat(java.util.stream.IntStream.range(0, subjects.size())
                .filter(row -> List.of("Bart de Vries", "Łukasz Nowak").contains(subjects.get(row)))
                .mapToObj(actors::get).toList()).as("who added the demo people").containsExactly("systeem", "systeem");
        assertThat(view.count.getText()).isEqualTo(sql.queryForObject(
                "select count(*) from audit_event where action = 'person.joined'", Long.class) + " regels");
    }

    @Test
    @WithUserDetails("beheerder@school.example")
    void the_person_filter_shows_what_someone_did_or_what_was_done_about_them() {
        var view = navigate(AuditView.class);

        test(view.person).selectItem("Łukasz Nowak");

        assertThat(column(view, "subject")).isNotEmpty().containsOnly("Łukasz Nowak");
    }

    @Test
    @WithUserDetails("beheerder@school.example")
    void an_end_date_before_the_start_date_is_refused_at_the_field() {
        var view = navigate(AuditView.class);
        var today = LocalDate.now(SchoolTime.ZONE);

        test(view.from).setValue(today);
        test(view.to).setValue(today.minusDays(3));

        assertThat(view.to.isInvalid()).isTrue();
        assertThat(view.to.getErrorMessage()).isEqualTo("De einddatum ligt vóór de begindatum.");
    }

    @Test
    @WithUserDetails("beheerder@school.example")
    void checking_the_chain_says_it_is_intact_with_the_number_of_rows_checked() {
        var view = navigate(AuditView.class);
        chainer.chainNow();
        long rows = sql.queryForObject("select count(*) from audit_event", Long.class);

        test(view.verify).click();

        assertThat(view.verdict.getText()).startsWith("Keten intact: " + String.format(java.util.Locale.GERMANY, "%,d", rows)
                + " regels gecontroleerd. Eindpunt: regel ");
    }

    @Test
    @WithUserDetails("beheerder@school.example")
    void a_row_changed_through_sql_is_named_when_the_chain_is_checked() {
        var view = navigate(AuditView.class);
        chainer.chainNow();
        long seq = sql.queryForObject("select min(seq) + 2 from audit_event", Long.class);
        var original = sql.queryForObject("select details from audit_event where seq = ?", String.class, seq);
        try {
            sql.update("update audit_event set details = 'aangepast' where seq = ?", seq);

            test(view.verify).click();

            assertThat(view.verdict.getText()).isEqualTo("Keten verbroken bij regel " + seq
                    + ": de inhoud van deze regel is achteraf gewijzigd (de hash klopt niet meer).");
        } finally {
            sql.update("update audit_event set details = ? where seq = ?", original, seq);
        }
        test(view.verify).click();
        assertThat(view.verdict.getText()).startsWith("Keten intact");
    }

    @Test
    @WithUserDetails("docent@school.example")
    void a_teacher_cannot_open_the_log() {
        navigate("audit", AccessDeniedView.class);

        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
    }

    @Test
    @WithUserDetails("beheerder@school.example")
    void anchoring_the_chain_in_time_then_checking_it_names_the_row_time_and_authority() {
        var view = navigate(AuditView.class);

        test(view.anchorNow).click();
        long anchored = sql.queryForObject("select max(seq) from audit_anchor", Long.class);
        test(view.verify).click();

        assertThat(view.anchorVerdict.getText())
                .startsWith("Geverifieerd tot en met regel " + anchored + ": het eindpunt van de keten bij die regel kreeg op ")
                .contains("een tijdstempel van Codewijzer demotijdstempeldienst (niet voor echt gebruik)");
    }
}
