package nl.codewijzer.teamday.ui;

import com.vaadin.flow.component.Component;
import java.time.LocalDate;
import nl.codewijzer.base.SchoolTime;
import nl.codewijzer.base.ui.Dates;

/** A meeting's date as the school reads it ("12 maart 2027"), through the shell's date format. */
final class Day {

    private Day() {
    }

    static String of(Component context, LocalDate date) {
        return Dates.date(context, date.atStartOfDay(SchoolTime.ZONE).toInstant());
    }
}
