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

    public static String dateTime(Component context, Instant instant) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(context.getLocale()).withZone(SchoolTime.ZONE).format(instant);
    }

    public static String date(Component context, Instant instant) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(context.getLocale())
                .withZone(SchoolTime.ZONE).format(instant);
    }
}
