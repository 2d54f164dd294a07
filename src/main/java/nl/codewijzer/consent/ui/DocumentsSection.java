package nl.codewijzer.consent.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import nl.codewijzer.base.InvalidInput;
import nl.codewijzer.base.ui.Dates;
import nl.codewijzer.base.ui.Downloads;
import nl.codewijzer.base.ui.FieldErrors;
import nl.codewijzer.base.ui.LocalizedComponents;
import nl.codewijzer.consent.ConsentDocuments;
import nl.codewijzer.consent.RoundDocument;
import nl.codewijzer.consent.RoundSummary;
import org.jspecify.annotations.Nullable;

/**
 * The documents the MR receives with a round (issue 15), each a download; for the schoolleiding,
 * while the round is open, an upload for another PDF. What is wrong with a file is said under the
 * upload, in Dutch, and nothing is kept of a refused file.
 */
class DocumentsSection extends Section {

    private final ConsentDocuments documents;
    private final RoundSummary round;

    // the parts tests reach
    final Div list = new Div();
    final Span attachmentError = new Span();
    final Button save = new Button();
    @Nullable Upload upload;
    @Nullable String fileName;
    byte @Nullable [] content;

    DocumentsSection(ConsentDocuments documents, RoundSummary round) {
        this.documents = documents;
        this.round = round;
        setId("round-documents");
        add(new H2(getTranslation("consent.documents")));
        list.setId("round-document-list");
        add(list);
        showList();
        if (documents.canAttach(round)) {
            addUpload();
        }
    }

    private void showList() {
        list.removeAll();
        var lines = documents.documents(round.id());
        if (lines.isEmpty()) {
            list.add(new Paragraph(getTranslation("consent.documents.none")));
        }
        for (var document : lines) {
            var link = Downloads.link(this, document.fileName(), "application/pdf",
                    () -> documents.open(round.id(), document.kind(), document.id(), getLocale()));
            link.setText(document.name());
            link.setId("round-document-" + document.kind().name().toLowerCase(java.util.Locale.ROOT) + "-" + document.id());
            var line = new Div(link);
            line.addClassName("document-line");
            if (document.kind() == RoundDocument.Kind.ATTACHMENT && document.addedAt() != null) {
                var about = new Span(" · " + getTranslation("consent.documents.added",
                        size(document.sizeBytes()), String.valueOf(document.addedBy()),
                        Dates.date(this, java.util.Objects.requireNonNull(document.addedAt()))));
                about.addClassName("muted");
                line.add(about);
            }
            if (document.kind() == RoundDocument.Kind.ATTACHMENT && documents.canAttach(round)) {
                var remove = new Button(getTranslation("consent.attachment.remove"), click -> remove(document));
                remove.setId("remove-attachment-" + document.id());
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
                remove.setAriaLabel(getTranslation("consent.attachment.remove.label", document.name()));
                line.add(remove);
            }
            list.add(line);
        }
    }

    private void addUpload() {
        // upload handlers run without the session lock: take the UI from the component, then access it
        var upload = LocalizedComponents.singleFileUpload(UploadHandler.inMemory((metadata, bytes) ->
                getUI().ifPresent(ui -> ui.access(() -> received(metadata.fileName(), bytes)))));
        upload.setId("attachment-upload");
        upload.setAcceptedFileTypes(".pdf", "application/pdf");
        upload.setMaxFileSize(ConsentDocuments.MAX_ATTACHMENT_BYTES);
        upload.addFileRejectedListener(rejected -> showError(getTranslation("consent.attachment.error.too-large")));
        this.upload = upload;
        attachmentError.setId("attachment-error");
        attachmentError.addClassName("field-error");
        attachmentError.setVisible(false);
        save.setText(getTranslation("consent.attachment.save"));
        save.setIcon(VaadinIcon.PAPERCLIP.create());
        save.setId("attachment-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> attach());
        add(new Paragraph(getTranslation("consent.attachment.add.helper")), upload, attachmentError, save);
    }

    /** A file arrived: kept until "Bijlage toevoegen", which checks it. */
    void received(String name, byte[] bytes) {
        fileName = name;
        content = bytes;
        attachmentError.setVisible(false);
    }

    private void attach() {
        attachmentError.setVisible(false);
        try {
            var added = documents.attach(round.id(), fileName, content);
            FieldErrors.saved(this, "consent.attachment.done", added.name());
            fileName = null;
            content = null;
            if (upload != null) {
                upload.clearFileList();
            }
            showList();
        } catch (InvalidInput invalid) {
            var problem = invalid.problems().getFirst();
            showError(getTranslation(problem.messageKey(), problem.args().toArray()));
        }
    }

    private void remove(RoundDocument document) {
        try {
            documents.remove(round.id(), document.id());
            FieldErrors.saved(this, "consent.attachment.removed", document.name());
        } catch (InvalidInput invalid) {
            var problem = invalid.problems().getFirst();
            showError(getTranslation(problem.messageKey(), problem.args().toArray()));
        }
        showList();
    }

    private void showError(String message) {
        attachmentError.setText(message);
        attachmentError.setVisible(true);
    }

    private static String size(long bytes) {
        return bytes >= 1024 * 1024 ? String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024))
                : Math.max(1, bytes / 1024) + " kB";
    }
}
