package nl.codewijzer.codetext.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.codewijzer.base.InvalidInput;
import nl.codewijzer.base.ui.FieldErrors;
import nl.codewijzer.base.ui.ScrollRegions;
import nl.codewijzer.base.ui.LocalizedComponents;
import com.vaadin.flow.server.streams.UploadHandler;
import nl.codewijzer.codetext.CodeRoutes;
import nl.codewijzer.codetext.CodeTexts;
import nl.codewijzer.codetext.SafeMarkdown;
import nl.codewijzer.codetext.TextDiff;
import nl.codewijzer.codetext.VersionConflict;
import nl.codewijzer.codetext.VersionDetail;
import nl.codewijzer.security.Role;
import org.jspecify.annotations.Nullable;

/**
 * Editing a concept: Markdown on one side, the rendered text beside it (stacked on a phone), the
 * outline of sections, and saving as a new version with a required message. If someone saved a
 * newer version meanwhile, a conflict dialog shows the differences; nothing is overwritten and
 * neither text is lost.
 */
@Route(CodeRoutes.EDITOR)
@RolesAllowed({Role.Names.COORDINATOR, Role.Names.SCHOOLLEIDING})
public class EditorView extends Main implements HasUrlParameter<Long>, BeforeLeaveObserver, HasDynamicTitle {

    final TextArea text = new TextArea();
    final TextField message = new TextField();
    final TextField source = new TextField();
    final Button save = new Button();
    final Div preview = new Div();
    final Div outline = new Div();
    final Paragraph basedOn = new Paragraph();
    /** The message of the version being edited: for an amended concept, the MR's reasons for refusing. */
    final Paragraph versionMessage = new Paragraph();
    final Div mergeHelp = new Div();
    final Paragraph uploadMessage = new Paragraph();
    private final CodeTexts codeTexts;
    private final SafeMarkdown markdown;
    private final TextDiff textDiff;
    private final FieldErrors errors = new FieldErrors();
    private @Nullable VersionDetail base;
    private String savedText = "";

    EditorView(CodeTexts codeTexts, SafeMarkdown markdown, TextDiff textDiff) {
        this.codeTexts = codeTexts;
        this.markdown = markdown;
        this.textDiff = textDiff;
        addClassName("editor-page");
        setId("editor");

        text.setLabel(getTranslation("editor.text"));
        // The value syncs on "change" (blur), which the browser sends before a click on Save, so the
        // last keystrokes are never lost (with LAZY they were: typing then clicking Save at once saved
        // the older text). The preview follows the typing through its own debounced input event.
        text.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        text.addValueChangeListener(change -> refreshPreview(change.getValue()));
        text.getElement().addEventListener("input", event -> refreshPreview(event.getEventData().get("element.value").asString()))
                .addEventData("element.value")
                .debounce(350);
        text.addClassName("markdown-source");
        text.setMaxLength(CodeTexts.MAX_TEXT_BYTES);
        preview.addClassName("markdown-body");
        preview.addClassName("preview");
        outline.addClassName("outline");

        message.setLabel(getTranslation("editor.message"));
        message.setPlaceholder(getTranslation("editor.message.placeholder"));
        message.setRequiredIndicatorVisible(true);
        message.setMaxLength(CodeTexts.MAX_MESSAGE_LENGTH);
        message.setWidthFull();
        source.setLabel(getTranslation("editor.source"));
        source.setHelperText(getTranslation("editor.source.helper"));
        source.setMaxLength(CodeTexts.MAX_SOURCE_LENGTH);
        source.setWidthFull();
        save.setText(getTranslation("editor.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        errors.bind("markdown", text).bind("message", message).bind("source", source);
        mergeHelp.setVisible(false);

        var outlinePanel = new Div(new H2(getTranslation("editor.outline")), outline);
        outlinePanel.addClassName("outline-panel");
        ScrollRegions.reachable(outlinePanel, getTranslation("editor.outline"));
        var previewPanel = new Div(new H2(getTranslation("editor.preview")), preview);
        previewPanel.addClassName("preview-panel");
        previewPanel.setId("editor-preview");
        ScrollRegions.reachable(previewPanel, getTranslation("editor.preview"));
        var workspace = new Div(outlinePanel, text, previewPanel);
        workspace.addClassName("editor-workspace");
        var upload = LocalizedComponents.singleFileUpload(UploadHandler.inMemory((metadata, bytes) ->
                getUI().ifPresent(ui -> ui.access(() -> loadUpload(metadata.fileName(), bytes)))));
        upload.setAcceptedFileTypes(".md", ".markdown", ".txt", "text/markdown", "text/plain");
        upload.setMaxFileSize(CodeTexts.MAX_TEXT_BYTES);
        upload.addFileRejectedListener(rejected -> showUploadProblem(getTranslation("codes.upload.rejected",
                CodeTexts.MAX_TEXT_BYTES / 1024)));
        uploadMessage.addClassName("field-error");
        var importPanel = new Details(getTranslation("editor.import"), new Paragraph(getTranslation("editor.import.explain")),
                upload, uploadMessage);
        var cancel = new Button(getTranslation("action.cancel"), click -> leave());
        var footer = new Div(message, source, new Div(save, cancel));
        footer.addClassName("editor-footer");
        versionMessage.setId("editor-version-message");
        add(new H1(getTranslation("editor.title")), basedOn, versionMessage, mergeHelp, importPanel, workspace, footer);
    }

    @Override
    public void setParameter(BeforeEvent event, Long versionId) {
        var version = codeTexts.version(versionId);
        load(version, version.markdown());
    }

    private void load(VersionDetail version, String editorText) {
        base = version;
        savedText = version.markdown();
        text.setValue(editorText);
        basedOn.setText(getTranslation("editor.based-on", version.codeTitle(), version.number(),
                version.summary().authorName()));
        versionMessage.setText(getTranslation("editor.version-message", version.summary().message()));
        boolean editable = version.status().isEditable();
        text.setReadOnly(!editable);
        save.setEnabled(editable);
        if (!editable) {
            basedOn.setText(getTranslation("editor.not-editable", version.number(), getTranslation(version.status().labelKey())));
        }
        refreshPreview(text.getValue());
    }

    private void refreshPreview(String current) {
        preview.removeAll();
        preview.add(new Html("<div>" + markdown.toHtml(current) + "</div>"));
        outline.removeAll();
        for (var heading : markdown.outline(current)) {
            var link = new Span(heading.text());
            link.addClassName("outline-level-" + heading.level());
            link.addClickListener(click -> preview.getElement().executeJs(
                    "const target = this.querySelector('#' + CSS.escape($0)); if (target) target.scrollIntoView({behavior: 'smooth'});",
                    heading.anchor()));
            outline.add(link);
        }
    }

    private void save() {
        var current = base;
        if (current == null) {
            return;
        }
        errors.clear();
        try {
            var saved = codeTexts.save(current.id(), text.getValue(), message.getValue(), source.getValue());
            savedText = text.getValue();
            FieldErrors.saved(this, "editor.saved", saved.number());
            getUI().ifPresent(ui -> ui.navigate(VersionView.class, saved.id()));
        } catch (InvalidInput invalid) {
            errors.show(invalid, this);
        } catch (VersionConflict conflict) {
            showConflict(conflict.theirs());
        }
    }

    private void showConflict(VersionDetail theirs) {
        var mine = text.getValue();
        var dialog = new ConflictDialog(theirs, mine, textDiff.compare(theirs.markdown(), mine));
        dialog.onMerge(() -> {
            // keep my text, continue on top of theirs, with their differences in view to merge by hand
            load(theirs, mine);
            showMergeHelp(theirs, mine);
        });
        dialog.onReload(() -> {
            load(theirs, theirs.markdown());
            showKeptText(mine);
        });
        dialog.open();
    }

    private void showMergeHelp(VersionDetail theirs, String mine) {
        mergeHelp.removeAll();
        var diff = new Div(new Html(ConflictDialog.sideBySideHtml(textDiff.compare(theirs.markdown(), mine), this)));
        diff.addClassName("diff-view");
        var details = new Details(getTranslation("editor.merge.details", theirs.number(), theirs.summary().authorName()), diff);
        details.setOpened(true);
        mergeHelp.add(details);
        mergeHelp.setVisible(true);
    }

    private void showKeptText(String mine) {
        mergeHelp.removeAll();
        var kept = new TextArea(getTranslation("editor.kept-text"));
        kept.setValue(mine);
        kept.setReadOnly(true);
        kept.setWidthFull();
        var details = new Details(getTranslation("editor.kept-text.summary"), kept);
        details.setOpened(true);
        mergeHelp.add(details);
        mergeHelp.setVisible(true);
    }

    /** An uploaded Markdown file replaces the text in the editor; it is saved like any edit, with a message. */
    void loadUpload(String fileName, byte[] bytes) {
        uploadMessage.setText("");
        if (text.isReadOnly()) {
            return;
        }
        try {
            text.setValue(codeTexts.readUpload(fileName, bytes));
            source.setValue(fileName);
            FieldErrors.saved(this, "editor.import.loaded", fileName);
        } catch (InvalidInput invalid) {
            var problem = invalid.problems().getFirst();
            showUploadProblem(getTranslation(problem.messageKey(), problem.args().toArray()));
        }
    }

    private void showUploadProblem(String message) {
        uploadMessage.setText(message);
    }

    private boolean hasUnsavedChanges() {
        return !text.isReadOnly() && !text.getValue().equals(savedText);
    }

    private void leave() {
        var current = base;
        getUI().ifPresent(ui -> {
            if (current != null) {
                ui.navigate(VersionView.class, current.id());
            } else {
                ui.navigate(CodesView.class);
            }
        });
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (hasUnsavedChanges()) {
            var action = event.postpone();
            var confirm = new ConfirmDialog(getTranslation("editor.unsaved.title"), getTranslation("editor.unsaved.text"),
                    getTranslation("editor.unsaved.leave"), leave -> {
                        savedText = text.getValue();
                        action.proceed();
                    }, getTranslation("editor.unsaved.stay"), stay -> { });
            confirm.setConfirmButtonTheme("error primary");
            confirm.open();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("editor.title") + " – " + getTranslation("app.name");
    }
}
