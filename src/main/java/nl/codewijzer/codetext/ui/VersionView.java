package nl.codewijzer.codetext.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import nl.codewijzer.base.InvalidInput;
import nl.codewijzer.base.ui.Dates;
import nl.codewijzer.base.ui.FieldErrors;
import nl.codewijzer.codetext.CodeRoutes;
import nl.codewijzer.codetext.CodeTexts;
import nl.codewijzer.codetext.SafeMarkdown;
import nl.codewijzer.codetext.VersionDetail;
import nl.codewijzer.codetext.VersionStatus;

/** One version, rendered, with its record (author, date, message, hash) and what can be done with it. */
@Route(CodeRoutes.VERSION)
@PermitAll
public class VersionView extends Main implements HasUrlParameter<Long>, HasDynamicTitle {

    private final CodeTexts codeTexts;
    private final SafeMarkdown markdown;
    private String title = "";

    VersionView(CodeTexts codeTexts, SafeMarkdown markdown) {
        this.codeTexts = codeTexts;
        this.markdown = markdown;
        addClassName("page");
        setId("version");
    }

    @Override
    public void setParameter(BeforeEvent event, Long versionId) {
        show(codeTexts.version(versionId));
    }

    private void show(VersionDetail version) {
        removeAll();
        var summary = version.summary();
        title = version.codeTitle() + " – " + getTranslation("version.number", version.number());
        add(new H1(version.codeTitle()));

        var meta = new Div();
        meta.addClassName("version-meta");
        meta.add(new StatusBadge(version.status()), new Span(getTranslation("version.number", version.number())),
                new Span(getTranslation("version.by", summary.authorName(), Dates.dateTime(this, summary.createdAt()))));
        var message = new Div(new Span(getTranslation("version.message")), new Span(" " + summary.message()));
        message.addClassName("version-message");
        add(meta, message);
        if (summary.source() != null) {
            add(new Div(new Span(getTranslation("version.source")), new Span(" " + summary.source())));
        }
        var hash = new Div(new Span(getTranslation("version.sha256")), new Span(" " + summary.sha256()));
        hash.addClassName("hash");
        add(hash, actions(version));

        var body = new Div(new Html("<div>" + markdown.toHtml(version.markdown()) + "</div>"));
        body.addClassName("markdown-body");
        add(body);
    }

    private Div actions(VersionDetail version) {
        var actions = new Div();
        actions.addClassName("toolbar");
        var pdf = new Anchor(DownloadHandler.fromInputStream(download -> {
            var bytes = codeTexts.pdf(version.id(), getLocale());
            return new DownloadResponse(new ByteArrayInputStream(bytes),
                    version.codeSlug() + "-v" + version.number() + ".pdf", "application/pdf", bytes.length);
        }), "");
        pdf.add(new Button(getTranslation("version.pdf"), VaadinIcon.FILE_TEXT_O.create()));
        pdf.setId("version-pdf");
        actions.add(pdf);
        if (codeTexts.canEdit() && version.status() == VersionStatus.CONCEPT) {
            var edit = new Button(getTranslation("version.edit"), VaadinIcon.EDIT.create(),
                    click -> getUI().ifPresent(ui -> ui.navigate(EditorView.class, version.id())));
            edit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(edit);
        }
        if (codeTexts.canEdit() && version.status() != VersionStatus.CONCEPT) {
            actions.add(new Button(getTranslation("version.start-draft"), VaadinIcon.COPY_O.create(), click -> {
                try {
                    var draft = codeTexts.startDraft(version.id(), version.markdown(),
                            getTranslation("version.start-draft.message", version.number()), null);
                    FieldErrors.saved(this, "version.start-draft.done", draft.number());
                    getUI().ifPresent(ui -> ui.navigate(EditorView.class, draft.id()));
                } catch (InvalidInput invalid) {
                    new FieldErrors().show(invalid, this);
                }
            }));
        }
        var parent = version.summary().parentNumber();
        if (parent != null) {
            actions.add(new Button(getTranslation("version.compare-parent", parent), VaadinIcon.EXCHANGE.create(),
                    click -> CompareView.open(this, version.summary().codeId(), parent, version.number())));
        }
        var history = new Button(getTranslation("codes.history"), VaadinIcon.TIME_BACKWARD.create(),
                click -> getUI().ifPresent(ui -> ui.navigate(HistoryView.class, version.summary().codeId())));
        history.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        actions.add(history);
        return actions;
    }

    @Override
    public String getPageTitle() {
        return title + " – " + getTranslation("app.name");
    }

}
