package nl.codewijzer.school;

import java.time.LocalDate;

/** A holiday period of the school, from its first to its last day (both included). */
public record SchoolHoliday(long id, String name, LocalDate firstDay, LocalDate lastDay) {

    public boolean contains(LocalDate day) {
        return !day.isBefore(firstDay) && !day.isAfter(lastDay);
    }

    public boolean overlaps(LocalDate first, LocalDate last) {
        return !last.isBefore(firstDay) && !first.isAfter(lastDay);
    }
}
