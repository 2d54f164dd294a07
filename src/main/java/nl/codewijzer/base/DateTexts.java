package nl.codewijzer.base;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * The one place where dates and times become text, for screens, mails and PDFs alike: in the
 * reader's language, and a moment always in school time (never the server's zone).
 */
public final class DateTexts {

    private DateTexts() {
    }

    /** A calendar day, such as a due date: "4 december 2026", "December 4, 2026". */
    public static String date(LocalDate day, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(day);
    }

    /** The school day of a moment, as {@link #date(LocalDate, Locale)}. */
    public static String date(Instant moment, Locale locale) {
        return date(LocalDate.ofInstant(moment, SchoolTime.ZONE), locale);
    }

    /** A calendar day in a list or a table: "4 dec 2026". */
    public static String shortDate(LocalDate day, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(day);
    }

    /** A moment in full: "4 december 2026 om 14:05". */
    public static String dateTime(Instant moment, Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(locale)
                .withZone(SchoolTime.ZONE).format(moment);
    }

    /** A moment in a list or a table: "4 dec 2026, 14:05". */
    public static String shortDateTime(Instant moment, Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .withZone(SchoolTime.ZONE).format(moment);
    }

    /** The time of day of a moment: "14:05". */
    public static String time(Instant moment, Locale locale) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).withZone(SchoolTime.ZONE)
                .format(moment);
    }
}
