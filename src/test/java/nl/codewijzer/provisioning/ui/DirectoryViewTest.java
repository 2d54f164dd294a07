package nl.codewijzer.provisioning.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H1;
import nl.codewijzer.CodewijzerTest;
import nl.codewijzer.audit.internal.AuditChainer;
import nl.codewijzer.provisioning.ScimTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The beheerder's SCIM token: made here and shown once, its last use shown, replaced and revoked.
 * Whether a token works is asked of {@link ScimTokens#accepts}, the check the endpoint's security
 * filter makes on every request of Entra ID (the endpoint itself is tested over HTTP in
 * ScimProvisioningTest).
 */
@CodewijzerTest
@WithUserDetails("beheerder@school.example")
class DirectoryViewTest extends SpringBrowserlessTest {

    @Autowired
    ScimTokens tokens;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AuditChainer chainer;

    @BeforeEach
    @AfterEach
    void noToken() {
        tokens.revoke();
    }

    @Test
    void a_token_is_shown_once_works_shows_its_last_use_and_is_replaced_then_revoked() {
        var view = navigate(DirectoryView.class);
        assertThat(test($(H1.class).single()).getText()).isEqualTo("Personeelskoppeling");
        assertThat(view.tenantUrl.getValue()).endsWith("/scim/v2");
        assertThat(view.tokenStatus.getText()).startsWith("Er is geen token.");
        assertThat(view.revoke.isVisible()).isFalse();

        test(view.generate).click();
        var first = view.newToken.getValue();
        assertThat(view.newTokenBox.isVisible()).isTrue();
        assertThat(first).hasSizeGreaterThanOrEqualTo(43);
        assertThat(view.tokenStatus.getText()).matches("Token gemaakt op .+\\. Laatst gebruikt: nog niet\\.");
        assertThat(jdbc.queryForList("select token_sha256 from scim_token", String.class)).doesNotContain(first);
        assertThat(tokens.accepts(first)).isTrue();

        // back on the page later: the token is not shown again, its use is
        navigate(nl.codewijzer.home.ui.HomeView.class);
        view = navigate(DirectoryView.class);
        assertThat(view.newTokenBox.isVisible()).isFalse();
        assertThat(view.newToken.getValue()).isEmpty();
        assertThat(view.tokenStatus.getText()).matches("Token gemaakt op .+\\. Laatst gebruikt: (?!nog niet).+\\.");
        assertThat(view.generate.getText()).isEqualTo("Nieuw token maken");

        test(view.generate).click();
        var rotate = $(ConfirmDialog.class).single();
        assertThat(test(rotate).getText()).startsWith("Het huidige token werkt daarna meteen niet meer.");
        test(rotate).confirm();
        var second = view.newToken.getValue();
        assertThat(second).isNotEqualTo(first);
        assertThat(tokens.accepts(first)).isFalse();
        assertThat(tokens.accepts(second)).isTrue();

        test(view.revoke).click();
        test($(ConfirmDialog.class).last()).confirm();
        assertThat(view.tokenStatus.getText()).startsWith("Er is geen token.");
        assertThat(view.newTokenBox.isVisible()).isFalse();
        assertThat(tokens.accepts(second)).isFalse();
        chainer.chainNow();
        assertThat(jdbc.queryForList("""
                select e.action from audit_event e where e.object_type = 'scim_token' order by e.seq desc limit 3""",
                String.class)).containsExactly("scim.token.revoked", "scim.token.created", "scim.token.created");
    }

    @Test
    @org.springframework.transaction.annotation.Transactional
    void a_google_export_is_shown_line_by_line_for_the_chosen_units_before_it_is_applied_once() {
        var view = navigate(DirectoryView.class);
        var file = nl.codewijzer.provisioning.GoogleExport.users()
                .user("Zoë", "van 't Hof", "zoe.vanthof@school.example", "/Personeel", "Active")
                .user("Sem", "Leerling", "sem@leerling.school.example", "/Leerlingen", "Active")
                .user("Kees", "Kapot", "kees.kapot(at)school.example", "/Leerlingen", "Active")
                .utf8();

        test(view.googleUpload).upload("User_Download_04122026.csv", "text/csv", file);
        roundTrip();

        // two units: none is chosen for the beheerder, so pupils never slip in
        assertThat(view.googleUnits.isVisible()).isTrue();
        assertThat(view.googleUnits.getValue()).isEmpty();
        assertThat(view.googleSummary.getText()).startsWith("Vink hierboven de organisatie-eenheden met personeel aan.");
        assertThat(view.googleApply.isEnabled()).isFalse();

        test(view.googleUnits).selectItem("/Personeel (1)");
        var lines = test(view.googleLines);
        assertThat(lines.size()).isEqualTo(1);
        assertThat(lines.getCellText(0, lines.getColumnPosition("line"))).isEqualTo("2");
        assertThat(lines.getCellText(0, lines.getColumnPosition("what")))
                .isEqualTo("Nieuw: wordt toegevoegd als Medewerker en uitgenodigd.");
        assertThat(view.googleSummary.getText())
                .isEqualTo("Als u doorvoert: 1 nieuw, 0 naam gewijzigd, 0 uit dienst, 0 al bijgewerkt, 0 overgeslagen, 0 met een fout.");

        test(view.googleApply).click();

        assertThat(view.googleResult.getText()).isEqualTo("Doorgevoerd: 1 toegevoegd, 0 naam gewijzigd, 0 uit dienst gemeld.");
        assertThat(jdbc.queryForObject("select full_name from person where email = 'zoe.vanthof@school.example'", String.class))
                .isEqualTo("Zoë van 't Hof");
        // the same file once more: nothing left to do
        assertThat(test(view.googleLines).getCellText(0, lines.getColumnPosition("what"))).isEqualTo("Al bijgewerkt: er verandert niets.");
        assertThat(view.googleApply.isEnabled()).isFalse();

        test(view.googleUnits).selectItem("/Leerlingen (2)");
        assertThat(view.googleSummary.getText()).endsWith("1 met een fout.");
        assertThat(view.googleApply.isEnabled()).isFalse();
    }
}
