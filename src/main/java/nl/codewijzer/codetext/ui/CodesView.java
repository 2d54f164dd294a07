package nl.codewijzer.codetext.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import nl.codewijzer.base.ui.Dates;
import nl.codewijzer.codetext.CodeRoutes;
import nl.codewijzer.codetext.CodeSummary;
import nl.codewijzer.codetext.CodeTemplates;
import nl.codewijzer.codetext.CodeTexts;
import nl.codewijzer.codetext.VersionSummary;
import nl.codewijzer.security.CurrentUser;
import nl.codewijzer.security.Role;

/** The school's codes: the adopted text for everyone; drafts for those who may see them. */
@Route(CodeRoutes.CODES)
@PermitAll
@Menu(title = "nav.codes", order = 10, icon = "vaadin:book")
public class CodesView extends Main implements HasDynamicTitle {

    private final CodeTexts codeTexts;
    private final CodeTemplates templates;
    private final Div list = new Div();

    CodesView(CodeTexts codeTexts, CodeTemplates templates, CurrentUser currentUser) {
        this.codeTexts = codeTexts;
        this.templates = templates;
        addClassName("page");
        setId("codes");
        add(new H1(getTranslation("codes.title")), new Paragraph(getTranslation("codes.intro")));
        var actions = new Div();
        actions.addClassName("toolbar");
        if (codeTexts.canEdit()) {
            var create = new Button(getTranslation("codes.new"), VaadinIcon.PLUS.create(),
                    click -> new NewCodeDialog(codeTexts, templates).open());
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(create);
        }
        if (currentUser.hasRole(Role.BEHEERDER)) {
            actions.add(new Button(getTranslation("archive.rebuild"), VaadinIcon.ARCHIVE.create(), click -> rebuildArchive()));
        }
        list.addClassName("cards");
        add(actions, list);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        var all = codeTexts.codes();
        if (all.isEmpty()) {
            list.add(new Paragraph(getTranslation("codes.none")));
        }
        all.forEach(code -> list.add(card(code)));
    }

    private Div card(CodeSummary code) {
        var card = new Div();
        card.addClassName("card");
        card.add(new H2(code.title()));
        var active = code.active();
        if (active != null) {
            card.add(line(new StatusBadge(active.status()), getTranslation("codes.active",
                    active.number(), Dates.date(this, active.statusChangedAt()))));
            var read = new Button(getTranslation("codes.read"), click -> open(active));
            read.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            card.add(read);
        } else {
            card.add(new Paragraph(getTranslation("codes.no-active")));
        }
        var draft = code.latestDraft();
        if (draft != null) {
            card.add(line(new StatusBadge(draft.status()), getTranslation("codes.draft", draft.number(), draft.authorName(),
                    Dates.dateTime(this, draft.createdAt()))));
            var openDraft = new Button(getTranslation("codes.open-draft"), click -> open(draft));
            card.add(openDraft);
        }
        var history = new Button(getTranslation("codes.history"), VaadinIcon.TIME_BACKWARD.create(),
                click -> getUI().ifPresent(ui -> ui.navigate(HistoryView.class, code.id())));
        history.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        card.add(history);
        return card;
    }

    private Paragraph line(Span badge, String text) {
        return new Paragraph(badge, new Span(" " + text));
    }

    private void open(VersionSummary version) {
        getUI().ifPresent(ui -> ui.navigate(VersionView.class, version.id()));
    }

    private void rebuildArchive() {
        var report = codeTexts.rebuildArchive();
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("archive.report.title"));
        dialog.add(new Paragraph(getTranslation("archive.report.summary", report.versions(), report.written(),
                report.unchanged(), report.folder())));
        if (report.mismatched().isEmpty()) {
            dialog.add(new Paragraph(getTranslation("archive.report.all-match")));
        } else {
            dialog.add(new Paragraph(getTranslation("archive.report.mismatched", report.mismatched().size())));
            var files = new UnorderedList();
            report.mismatched().forEach(file -> files.add(new ListItem(file)));
            dialog.add(files);
        }
        dialog.getFooter().add(new Button(getTranslation("action.close"), click -> dialog.close()));
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("codes.title") + " – " + getTranslation("app.name");
    }
}
