package nl.codewijzer.staff;

import java.time.LocalDate;

/** A person was added to the school (by hand or by import). */
public record PersonJoined(long personId, LocalDate startDate) {
}
