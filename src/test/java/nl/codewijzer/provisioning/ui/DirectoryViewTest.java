package nl.codewijzer.provisioning.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H1;
import nl.codewijzer.CodewijzerTest;
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
        assertThat(jdbc.queryForList("""
                select e.action from audit_event e where e.object_type = 'scim_token' order by e.seq desc limit 3""",
                String.class)).containsExactly("scim.token.revoked", "scim.token.created", "scim.token.created");
    }
}
