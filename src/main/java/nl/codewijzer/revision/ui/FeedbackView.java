package nl.codewijzer.revision.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.codewijzer.codetext.SafeMarkdown;
import nl.codewijzer.revision.ArticleFeedback;
import nl.codewijzer.security.Role;

/** The adopted code article by article, each with "Feedback geven": for every member of staff, any time. */
@Route("feedback")
@RolesAllowed({Role.Names.MEDEWERKER, Role.Names.COORDINATOR, Role.Names.SCHOOLLEIDING, Role.Names.BEHEERDER})
@Menu(title = "nav.feedback", order = 11, icon = "vaadin:comment-ellipsis-o")
public class FeedbackView extends Main implements HasDynamicTitle {

    FeedbackView(ArticleFeedback feedback, SafeMarkdown markdown) {
        addClassName("page");
        setId("feedback");
        add(new H1(getTranslation("feedback.title")), new Paragraph(getTranslation("feedback.intro")));
        var codes = feedback.adoptedCodes();
        if (codes.isEmpty()) {
            add(new Paragraph(getTranslation("feedback.none")));
        }
        for (var code : codes) {
            if (codes.size() > 1) {
                add(new H2(code.title()));
            }
            int number = 0;
            for (var article : feedback.articles(code.id())) {
                number++;
                var section = new Div(new Html("<div>" + markdown.toHtml(article.markdown()) + "</div>"));
                section.addClassName("markdown-body");
                section.addClassName("article");
                var give = new Button(getTranslation("feedback.give"), VaadinIcon.COMMENT_O.create(),
                        click -> new FeedbackDialog(feedback, code.id(), article.title()).open());
                give.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                give.setId("feedback-" + code.id() + "-" + number);
                give.getElement().setAttribute("aria-label", getTranslation("feedback.give.title", article.title()));
                section.add(give);
                add(section);
            }
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("feedback.title") + " – " + getTranslation("app.name");
    }
}
