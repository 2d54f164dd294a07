package nl.codewijzer.consent.ui;

import com.vaadin.flow.component.Component;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** A calendar date (a deadline, a decision date) in the UI's language. */
final class DayFormat {

    private DayFormat() {
    }

    static String of(Component context, LocalDate date) {
        var locale = context.getUI().map(ui -> ui.getLocale()).orElse(nl.codewijzer.base.Translations.DUTCH);
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
    }
}
