package nl.codewijzer.base.ui;

import com.vaadin.flow.component.Component;
import java.time.Instant;
import nl.codewijzer.base.DateTexts;

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
        return DateTexts.shortDateTime(instant, localeOf(context));
    }

    public static String date(Component context, Instant instant) {
        return DateTexts.date(instant, localeOf(context));
    }

    /** A calendar day, such as a due date: "24 augustus 2026". */
    public static String date(Component context, java.time.LocalDate day) {
        return DateTexts.date(day, localeOf(context));
    }
}
