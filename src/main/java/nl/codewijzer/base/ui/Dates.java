package nl.codewijzer.base.ui;

import com.vaadin.flow.component.Component;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import nl.codewijzer.base.SchoolTime;

/** Dates and times as the school reads them: in school time, in the UI's language. */
public final class Dates {

    private Dates() {
    }

    private static java.util.Locale localeOf(Component context) {
        return context.getUI().map(ui -> ui.getLocale())
                .orElseGet(() -> com.vaadin.flow.component.UI.getCurrent() == null ? nl.codewijzer.base.Translations.DUTCH
                        : com.vaadin.flow.component.UI.getCurrent().getLocale());
    }

    public static String dateTime(Component context, Instant instant) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(localeOf(context)).withZone(SchoolTime.ZONE).format(instant);
    }

    public static String date(Component context, Instant instant) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(localeOf(context))
                .withZone(SchoolTime.ZONE).format(instant);
    }

    /** A calendar day, such as a due date: "24 augustus 2026". */
    public static String date(Component context, java.time.LocalDate day) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(localeOf(context)).format(day);
    }
}
