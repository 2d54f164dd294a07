package nl.codewijzer.staff.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import nl.codewijzer.CodewijzerTest;
import nl.codewijzer.audit.internal.AuditChainer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/** The school accounts linked to a person, as the beheerder sees and removes them in the person dialog. */
@CodewijzerTest
@WithUserDetails("beheerder@school.example")
class SchoolAccountLinksPanelTest extends SpringBrowserlessTest {

    private static final String LOTTE = "lotte.mulder@school.example";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AuditChainer chainer;

    @AfterEach
    void noLinkLeft() {
        jdbc.update("delete from sso_link where person_id = (select id from person where email = ?)", LOTTE);
    }

    @Test
    void a_linked_account_shows_its_provider_and_last_use_and_the_beheerder_removes_it_on_the_record() {
        jdbc.update("""
                insert into sso_link (person_id, provider, subject, email_at_link, linked_at, last_login_at)
                values ((select id from person where email = ?), 'microsoft', 'tenant/oid-lotte', 'L.Mulder@school.example',
                        timestamp with time zone '2026-09-01 08:30:00+02:00', timestamp with time zone '2026-11-20 14:05:00+01:00')""",
                LOTTE);
        var dialog = openDialogOf("Lotte Mulder");

        var panel = dialog.schoolAccounts;
        assertThat(panel).isNotNull();
        var links = test(panel.grid);
        assertThat(links.size()).isEqualTo(1);
        // no provider is configured in the tests, so its id stands for its name
        assertThat(links.getCellText(0, links.getColumnPosition("provider"))).isEqualTo("microsoft");
        assertThat(links.getCellText(0, links.getColumnPosition("account"))).isEqualTo("L.Mulder@school.example");
        assertThat(links.getCellText(0, links.getColumnPosition("linked"))).isEqualTo("1 sep 2026, 08:30");
        assertThat(links.getCellText(0, links.getColumnPosition("last-used"))).isEqualTo("20 nov 2026, 14:05");

        test((Button) links.getCellComponent(0, "remove")).click();
        var confirm = $(ConfirmDialog.class).single();
        assertThat(test(confirm).getHeader()).isEqualTo("Koppeling met microsoft verwijderen?");
        test(confirm).confirm();

        assertThat(panel.grid.isVisible()).isFalse();
        assertThat(panel.none.isVisible()).isTrue();
        assertThat(count("sso_link where person_id = (select id from person where email = '" + LOTTE + "')")).isZero();
        chainer.chainNow();
        assertThat(jdbc.queryForList("""
                select n.name || ' ' || e.details from audit_event e join audit_actor_name n on n.seq = e.seq
                where e.action = 'sso.unlinked' and e.subject_id = (select id from person where email = ?) order by e.seq""", String.class, LOTTE))
                .containsExactly("Ingrid Bakker provider=microsoft");
    }

    @Test
    void without_school_accounts_in_use_the_dialog_has_no_such_section() {
        var dialog = openDialogOf("Lotte Mulder");

        assertThat(dialog.schoolAccounts).isNull();
    }

    private PersonDialog openDialogOf(String name) {
        var view = navigate(StaffAdminView.class);
        test(view.search).setValue(name);
        test(view.grid).clickRow(0);
        return $(PersonDialog.class).single();
    }

    private int count(String from) {
        return java.util.Objects.requireNonNull(jdbc.queryForObject("select count(*) from " + from, Integer.class));
    }
}
