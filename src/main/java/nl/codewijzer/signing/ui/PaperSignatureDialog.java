package nl.codewijzer.signing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.time.LocalDate;
import nl.codewijzer.base.InvalidInput;
import nl.codewijzer.base.SchoolTime;
import nl.codewijzer.base.ui.FieldErrors;
import nl.codewijzer.base.ui.LocalizedComponents;
import nl.codewijzer.signing.CampaignOverview.OutstandingLine;
import nl.codewijzer.signing.PaperSignatures;
import org.jspecify.annotations.Nullable;

/**
 * The coördinator records that someone signed the printed code on paper: the date on the paper and
 * a scan of the signed page. The scan's problems (type, size) are shown under the upload.
 */
class PaperSignatureDialog extends Dialog {

    final DatePicker signedOn;
    final Upload upload;
    final Span scanError = new Span();
    final Button save;
    @Nullable String fileName;
    byte @Nullable [] scan;

    PaperSignatureDialog(PaperSignatures paper, long versionId, OutstandingLine line, Runnable recorded) {
        this(paper, versionId, 0, line.personId(), line.name(), recorded);
    }

    /** For a person of the version's own campaign (round 0) or of a yearly re-confirmation round. */
    PaperSignatureDialog(PaperSignatures paper, long versionId, int roundYear, long personId, String name,
            Runnable recorded) {
        setHeaderTitle(getTranslation("signing.paper.title", name));
        signedOn = LocalizedComponents.datePicker(getTranslation("signing.paper.signed-on"));
        signedOn.setValue(LocalDate.now(SchoolTime.ZONE));
        signedOn.setMax(LocalDate.now(SchoolTime.ZONE));
        // upload handlers run without the session lock: take the UI from the component, then access it
        upload = LocalizedComponents.singleFileUpload(UploadHandler.inMemory((metadata, bytes) ->
                getUI().ifPresent(ui -> ui.access(() -> received(metadata.fileName(), bytes)))));
        upload.setAcceptedFileTypes(".pdf", ".jpg", ".jpeg", ".png", "application/pdf", "image/jpeg", "image/png");
        upload.setMaxFileSize(PaperSignatures.MAX_SCAN_BYTES);
        upload.addFileRejectedListener(rejected -> showScanError(getTranslation("signing.paper.error.scan-too-large")));
        scanError.setId("paper-scan-error");
        scanError.addClassName("field-error");
        scanError.setVisible(false);
        var errors = new FieldErrors().bind("signedOn", signedOn);
        add(new Paragraph(getTranslation("signing.paper.intro")), signedOn,
                new Paragraph(getTranslation("signing.paper.scan")), upload, scanError);
        save = new Button(getTranslation("signing.paper.save"), click -> {
            scanError.setVisible(false);
            try {
                var done = paper.record(versionId, roundYear, personId, signedOn.getValue(), fileName, scan);
                FieldErrors.saved(this, "signing.paper.done", name, done.verificationCode());
                close();
                recorded.run();
            } catch (InvalidInput invalid) {
                var others = invalid.problems().stream().filter(problem -> {
                    if (problem.field().equals("scan")) {
                        showScanError(getTranslation(problem.messageKey(), problem.args().toArray()));
                        return false;
                    }
                    return true;
                }).toList();
                if (others.isEmpty()) {
                    errors.clear();
                } else {
                    errors.show(new InvalidInput(others), this);
                }
            }
        });
        save.setId("paper-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
    }

    /** A file arrived: kept until Vastleggen, which checks it. */
    void received(String name, byte[] bytes) {
        fileName = name;
        scan = bytes;
        scanError.setVisible(false);
    }

    private void showScanError(String message) {
        scanError.setText(message);
        scanError.setVisible(true);
    }
}
