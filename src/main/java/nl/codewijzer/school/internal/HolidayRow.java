package nl.codewijzer.school.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import nl.codewijzer.school.SchoolHoliday;
import org.jspecify.annotations.Nullable;

/** A holiday period as stored; see {@link SchoolHoliday}. */
@Entity
@Table(name = "school_holiday")
public class HolidayRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, updatable = false, length = 100)
    private String name = "";

    @Column(name = "first_day", nullable = false, updatable = false)
    private LocalDate firstDay = LocalDate.EPOCH;

    @Column(name = "last_day", nullable = false, updatable = false)
    private LocalDate lastDay = LocalDate.EPOCH;

    protected HolidayRow() {
    }

    public HolidayRow(String name, LocalDate firstDay, LocalDate lastDay) {
        this.name = name;
        this.firstDay = firstDay;
        this.lastDay = lastDay;
    }

    public SchoolHoliday toHoliday() {
        return new SchoolHoliday(id == null ? 0 : id, name, firstDay, lastDay);
    }

    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof HolidayRow row && id != null && id.equals(row.id));
    }

    @Override
    public int hashCode() {
        return HolidayRow.class.hashCode();
    }
}
