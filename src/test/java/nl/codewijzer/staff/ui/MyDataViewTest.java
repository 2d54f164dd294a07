package nl.codewijzer.staff.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import nl.codewijzer.CodewijzerTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

/** "Mijn gegevens": what is kept, for how long, and the download of all of it. */
@CodewijzerTest
@WithUserDetails("docent@school.example")
class MyDataViewTest extends SpringBrowserlessTest {

    @Test
    void the_page_says_how_long_data_is_kept_after_leaving_and_offers_the_download() {
        var view = navigate(MyDataView.class);

        assertThat($(Paragraph.class).all()).extracting(Paragraph::getText)
                .anyMatch(text -> text.contains("bewaart de school uw gegevens nog 24 maanden; daarna worden uw naam "
                        + "en e-mailadres vervangen door een pseudoniem"));
        assertThat(view.download.getHref()).isNotBlank();
        assertThat(test($(Button.class).withText("Mijn gegevens downloaden").single()).isUsable()).isTrue();
    }
}
