package nl.codewijzer.codetext.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import nl.codewijzer.base.InvalidInput;
import nl.codewijzer.base.ui.FieldErrors;
import nl.codewijzer.base.ui.LocalizedComponents;
import nl.codewijzer.codetext.CodeTemplate;
import nl.codewijzer.codetext.CodeTemplates;
import nl.codewijzer.codetext.CodeTexts;
import nl.codewijzer.codetext.VersionDetail;
import org.jspecify.annotations.Nullable;

/** Starting a code: from a template or example in codes/, or from an uploaded Markdown file. */
class NewCodeDialog extends Dialog {

    enum Start { TEMPLATE, UPLOAD }

    final TextField title = new TextField();
    final RadioButtonGroup<Start> start = new RadioButtonGroup<>();
    final Select<CodeTemplate> template = new Select<>();
    final Upload upload;
    final Paragraph uploadMessage = new Paragraph();
    private final FieldErrors errors = new FieldErrors();
    private @Nullable String uploadedName;
    private byte @Nullable [] uploaded;

    NewCodeDialog(CodeTexts codeTexts, CodeTemplates templates) {
        setHeaderTitle(getTranslation("codes.new"));
        setWidth("min(40rem, 100vw)");
        title.setLabel(getTranslation("codes.field.title"));
        title.setWidthFull();
        start.setItems(Start.values());
        start.setItemLabelGenerator(value -> getTranslation("codes.start." + value.name()));
        start.setValue(Start.TEMPLATE);
        template.setLabel(getTranslation("codes.field.template"));
        template.setItems(templates.all());
        template.setItemLabelGenerator(CodeTemplate::title);
        templates.templates().stream().findFirst().ifPresent(template::setValue);
        template.setWidthFull();
        upload = LocalizedComponents.singleFileUpload(UploadHandler.inMemory((metadata, bytes) ->
                getUI().ifPresent(ui -> ui.access(() -> {
                    uploadedName = metadata.fileName();
                    uploaded = bytes;
                    uploadMessage.setText(getTranslation("codes.upload.received", metadata.fileName()));
                }))));
        upload.setAcceptedFileTypes(".md", ".markdown", ".txt", "text/markdown", "text/plain");
        upload.setMaxFileSize(CodeTexts.MAX_TEXT_BYTES);
        upload.addFileRejectedListener(rejected -> uploadMessage.setText(getTranslation("codes.upload.rejected",
                CodeTexts.MAX_TEXT_BYTES / 1024)));
        upload.setVisible(false);
        start.addValueChangeListener(change -> {
            template.setVisible(change.getValue() == Start.TEMPLATE);
            upload.setVisible(change.getValue() == Start.UPLOAD);
        });
        errors.bind("title", title).bind("template", template);
        add(title, start, template, upload, uploadMessage);

        var create = new Button(getTranslation("codes.create"), click -> {
            errors.clear();
            try {
                VersionDetail created;
                if (start.getValue() == Start.UPLOAD) {
                    if (uploaded == null || uploadedName == null) {
                        uploadMessage.setText(getTranslation("codes.upload.missing"));
                        return;
                    }
                    created = codeTexts.importCode(title.getValue(), uploadedName, uploaded);
                } else {
                    var chosen = template.getValue();
                    created = codeTexts.createCode(title.getValue(), chosen == null ? "" : chosen.id());
                }
                close();
                getUI().ifPresent(ui -> ui.navigate(EditorView.class, created.id()));
            } catch (InvalidInput invalid) {
                var problem = invalid.problems().getFirst();
                if (problem.field().equals("file") || problem.field().equals("markdown")) {
                    uploadMessage.setText(getTranslation(problem.messageKey(), problem.args().toArray()));
                } else {
                    errors.show(invalid, this);
                }
            }
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), create);
    }
}
