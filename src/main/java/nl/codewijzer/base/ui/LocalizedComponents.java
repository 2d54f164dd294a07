package nl.codewijzer.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;
import java.text.DateFormatSymbols;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Vaadin components whose built-in texts (month names, "Today", "Drop files here") default to
 * English: these factories give them the UI's language, so a Dutch screen is Dutch throughout.
 */
public final class LocalizedComponents {

    private LocalizedComponents() {
    }

    /** A date picker that reads and shows dates the Dutch way (24-8-2026), also accepting 2026-08-24. */
    public static DatePicker datePicker(String label) {
        var picker = new DatePicker(label);
        var locale = locale();
        picker.setLocale(locale);
        var symbols = DateFormatSymbols.getInstance(locale);
        var weekdays = List.of(symbols.getWeekdays()).subList(1, 8);
        var weekdaysShort = List.of(symbols.getShortWeekdays()).subList(1, 8);
        var i18n = new DatePicker.DatePickerI18n()
                .setMonthNames(Arrays.asList(symbols.getMonths()).subList(0, 12))
                .setWeekdays(weekdays)
                .setWeekdaysShort(weekdaysShort)
                .setFirstDayOfWeek(1)
                .setDateFormats(text("component.date.format"), "d-M-yyyy", "yyyy-MM-dd", "d/M/yyyy")
                .setToday(text("component.date.today"))
                .setCancel(text("action.cancel"))
                .setBadInputErrorMessage(text("component.date.bad-input"));
        picker.setI18n(i18n);
        return picker;
    }

    /** An upload for one file, with texts in the UI's language. */
    public static Upload singleFileUpload(UploadHandler handler) {
        var upload = new Upload(handler);
        upload.setMaxFiles(1);
        var i18n = new UploadI18N()
                .setDropFiles(new UploadI18N.DropFiles().setOne(text("component.upload.drop")).setMany(text("component.upload.drop")))
                .setAddFiles(new UploadI18N.AddFiles().setOne(text("component.upload.add")).setMany(text("component.upload.add")))
                .setFile(new UploadI18N.File().setRetry(text("component.upload.retry")).setStart(text("component.upload.start"))
                        .setRemove(text("component.upload.remove")))
                .setError(new UploadI18N.Error().setTooManyFiles(text("component.upload.too-many"))
                        .setFileIsTooBig(text("component.upload.too-big")).setIncorrectFileType(text("component.upload.wrong-type")))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status().setConnecting(text("component.upload.connecting"))
                                .setStalled(text("component.upload.stalled")).setProcessing(text("component.upload.processing"))
                                .setHeld(text("component.upload.held")))
                        .setRemainingTime(new UploadI18N.Uploading.RemainingTime().setPrefix(text("component.upload.remaining"))
                                .setUnknown(text("component.upload.remaining-unknown")))
                        .setError(new UploadI18N.Uploading.Error().setServerUnavailable(text("component.upload.server-unavailable"))
                                .setUnexpectedServerError(text("component.upload.server-error"))
                                .setForbidden(text("component.upload.forbidden")).setFileTooLarge(text("component.upload.too-big"))))
                .setUnits(List.of("B", "kB", "MB", "GB", "TB"));
        upload.setI18n(i18n);
        return upload;
    }

    private static Locale locale() {
        var ui = UI.getCurrent();
        return ui == null ? nl.codewijzer.base.Translations.DUTCH : ui.getLocale();
    }

    private static String text(String key) {
        var ui = UI.getCurrent();
        return ui == null ? key : ui.getTranslation(key);
    }
}
