package nl.codewijzer.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The accessibility statement (toegankelijkheidsverklaring), public, in the structure of the Dutch
 * model statement: what it covers, the compliance status, how that was checked and what the checks do
 * not cover, the known limitations, how to report a problem, and where to go after that. It states
 * only what the automated checks show (decision 0030); a school that publishes a formal statement
 * adds its own audit and contact details.
 */
@Route(value = AccessibilityStatementView.ROUTE, autoLayout = false)
@AnonymousAllowed
public class AccessibilityStatementView extends Main implements HasDynamicTitle {

    public static final String ROUTE = "toegankelijkheid";

    AccessibilityStatementView() {
        addClassName("page");
        addClassName("statement-view");
        setId("accessibility-statement");
        add(new H1(getTranslation("a11y.title")));
        add(new Paragraph(getTranslation("a11y.intro")));
        section("a11y.scope", "a11y.scope.text");
        section("a11y.status", "a11y.status.text");
        add(new H2(getTranslation("a11y.checked")));
        add(new Paragraph(getTranslation("a11y.checked.text")));
        add(list("a11y.checked.axe", "a11y.checked.widths", "a11y.checked.build"));
        add(new H2(getTranslation("a11y.not-checked")));
        add(list("a11y.not-checked.share", "a11y.not-checked.keyboard", "a11y.not-checked.screenreader",
                "a11y.not-checked.audit", "a11y.not-checked.pdf"));
        add(new H2(getTranslation("a11y.limits")));
        add(list("a11y.limits.beamer", "a11y.limits.dialogs", "a11y.limits.pdf"));
        section("a11y.report", "a11y.report.text");
        section("a11y.escalate", "a11y.escalate.text");
        section("a11y.model", "a11y.model.text");
        var back = new Anchor("", getTranslation("a11y.back"));
        back.setId("a11y-back");
        add(new Paragraph(back));
    }

    private void section(String headingKey, String textKey) {
        add(new H2(getTranslation(headingKey)), new Paragraph(getTranslation(textKey)));
    }

    private UnorderedList list(String... keys) {
        var list = new UnorderedList();
        for (var key : keys) {
            list.add(new ListItem(getTranslation(key)));
        }
        return list;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("a11y.title") + " – " + getTranslation("app.name");
    }
}
