package nl.codewijzer.signing.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.spy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.server.VaadinSession;
import java.nio.charset.StandardCharsets;
import nl.codewijzer.CodewijzerTest;
import nl.codewijzer.security.LookupLimit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithAnonymousUser;

/** The public verification page when one client checks code after code. */
@CodewijzerTest
class VerifyLimitTest extends SpringBrowserlessTest {

    private static final String WAIT = "U hebt in korte tijd veel controles gedaan. Wacht een minuut en probeer het dan opnieuw.";

    /**
     * Every browserless session comes from 127.0.0.1, and the limit is per address and shared by
     * the whole test context: this test's browser comes from an address of its own (from the range
     * reserved for documentation), so the pages of other tests keep their look-ups.
     */
    @BeforeEach
    void aBrowserOfItsOwn() {
        var session = VaadinSession.getCurrent();
        var browser = spy(session.getBrowser());
        doReturn("192.0.2.77").when(browser).getAddress();
        session.setBrowser(browser);
    }

    @Test
    @WithAnonymousUser
    void a_burst_of_code_checks_from_one_client_is_asked_calmly_to_wait_a_minute() {
        var page = navigate(VerifyView.class);
        for (int i = 0; i < LookupLimit.PER_MINUTE; i++) {
            test(page.code).setValue("AAAAA-AAAA" + "34679ACDEF".charAt(i));
            test(page.check).click();
            assertThat(page.codeResult.getElement().getTextRecursively())
                    .contains("Deze verificatiecode hoort bij geen enkele ondertekening.");
        }

        test(page.code).setValue("AAAAA-AAAAG");
        test(page.check).click();

        assertThat(page.codeResult.getElement().getTextRecursively()).isEqualTo(WAIT);
        test(page.upload).upload("bewijs.pdf", "application/pdf", "geen pdf".getBytes(StandardCharsets.UTF_8));
        // the verdict names the file it is about (issue 18), and an uploaded file is a look-up too
        assertThat(page.documentResult.getElement().getTextRecursively()).as("an uploaded file is a look-up too")
                .isEqualTo("Gecontroleerd bestand: bewijs.pdf" + WAIT);
    }
}
