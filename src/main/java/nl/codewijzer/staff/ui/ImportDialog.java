package nl.codewijzer.staff.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import nl.codewijzer.base.InvalidInput;
import nl.codewijzer.base.ui.FieldErrors;
import nl.codewijzer.base.ui.LocalizedComponents;
import nl.codewijzer.staff.ImportPreview;
import nl.codewijzer.staff.StaffService;
import nl.codewijzer.staff.internal.StaffCsv;
import org.jspecify.annotations.Nullable;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;

/**
 * CSV import in two steps: a preview that shows every row as it will be imported and every bad row
 * with its reason, then an all-or-nothing import with a progress bar.
 */
class ImportDialog extends Dialog {

    final Upload upload;
    final Paragraph fileMessage = new Paragraph();
    final Span summary = new Span();
    final Grid<ImportPreview.Row> rows = new Grid<>();
    final Button importButton = new Button();
    final ProgressBar progress = new ProgressBar();
    private final StaffService staff;
    private final Runnable onImported;
    private @Nullable ImportPreview preview;

    ImportDialog(StaffService staff, Runnable onImported) {
        this.staff = staff;
        this.onImported = onImported;
        setHeaderTitle(getTranslation("staff.import.title"));
        setWidth("min(72rem, 100vw)");

        // upload handlers run without the session lock, so the UI is taken from the component, then accessed
        upload = LocalizedComponents.singleFileUpload(UploadHandler.inMemory((metadata, bytes) ->
                getUI().ifPresent(ui -> ui.access(() -> showPreview(bytes)))));
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setMaxFileSize(5 * 1024 * 1024);
        upload.addFileRejectedListener(rejected -> showFileProblem(getTranslation("staff.import.rejected")));

        fileMessage.addClassName("field-error");
        fileMessage.setVisible(false);
        rows.addColumn(ImportPreview.Row::rowNumber).setHeader(getTranslation("staff.import.column.row")).setAutoWidth(true)
                .setFlexGrow(0);
        rows.addColumn(ImportPreview.Row::fullName).setHeader(getTranslation("staff.column.name"));
        rows.addColumn(ImportPreview.Row::email).setHeader(getTranslation("staff.column.email"));
        rows.addColumn(ImportPreview.Row::roles).setHeader(getTranslation("staff.column.roles"));
        rows.addColumn(ImportPreview.Row::startDate).setHeader(getTranslation("staff.column.start"));
        rows.addColumn(row -> row.ok() ? getTranslation("staff.import.row.ok") : reasons(row))
                .setHeader(getTranslation("staff.import.column.result")).setFlexGrow(3);
        rows.setPartNameGenerator(row -> row.ok() ? null : "bad-row");
        rows.setVisible(false);
        progress.setVisible(false);

        importButton.setText(getTranslation("staff.import.commit"));
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.setEnabled(false);
        importButton.addClickListener(click -> runImport());

        add(new Paragraph(getTranslation("staff.import.explain", String.join(";", "naam", "e-mail", "rollen", "startdatum"),
                StaffCsv.MAX_ROWS)), upload, fileMessage, summary, progress, rows);
        getFooter().add(new Button(getTranslation("action.close"), click -> close()), importButton);
    }

    private String reasons(ImportPreview.Row row) {
        return row.problems().stream().map(problem -> getTranslation(problem.messageKey(), problem.args().toArray()))
                .collect(Collectors.joining("; "));
    }

    void showPreview(byte[] bytes) {
        upload.clearFileList(); // so a corrected file can be chosen straight away
        preview = null;
        importButton.setEnabled(false);
        fileMessage.setVisible(false);
        try {
            var read = staff.previewImport(bytes);
            preview = read;
            rows.setItems(read.rows());
            rows.setVisible(true);
            summary.setText(read.importable()
                    ? getTranslation("staff.import.summary.ok", read.rows().size())
                    : getTranslation("staff.import.summary.errors", read.rows().size(), read.errorCount()));
            importButton.setEnabled(read.importable());
        } catch (InvalidInput invalid) {
            var problem = invalid.problems().getFirst();
            rows.setVisible(false);
            summary.setText("");
            showFileProblem(getTranslation(problem.messageKey(), problem.args().toArray()));
        }
    }

    private void showFileProblem(String message) {
        fileMessage.setText(message);
        fileMessage.setVisible(true);
    }

    private void runImport() {
        var toImport = preview;
        if (toImport == null) {
            return;
        }
        var ui = UI.getCurrent();
        importButton.setEnabled(false);
        upload.setVisible(false);
        progress.setVisible(true);
        progress.setMin(0);
        progress.setMax(toImport.rows().size());
        progress.setValue(0);
        ui.setPollInterval(250);
        Runnable work = () -> {
            try {
                int imported = staff.importAll(toImport, done -> ui.access(() -> progress.setValue(done)));
                ui.access(() -> {
                    ui.setPollInterval(-1);
                    FieldErrors.saved(this, "staff.import.done", imported);
                    close();
                    onImported.run();
                });
            } catch (InvalidInput invalid) {
                ui.access(() -> {
                    ui.setPollInterval(-1);
                    progress.setVisible(false);
                    var problem = invalid.problems().getFirst();
                    showFileProblem(getTranslation(problem.messageKey(), problem.args().toArray()));
                });
            } catch (RuntimeException unexpected) {
                ui.access(() -> {
                    ui.setPollInterval(-1);
                    progress.setVisible(false);
                    ui.getSession().getErrorHandler().error(new com.vaadin.flow.server.ErrorEvent(unexpected));
                });
            }
        };
        CompletableFuture.runAsync(new DelegatingSecurityContextRunnable(work));
    }
}
