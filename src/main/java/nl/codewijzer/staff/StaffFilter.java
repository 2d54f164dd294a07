package nl.codewijzer.staff;

import nl.codewijzer.security.Role;
import org.jspecify.annotations.Nullable;

/** The staff list's search: free text on name and e-mail, one role, and active, inactive or both. */
public record StaffFilter(@Nullable String text, @Nullable Role role, @Nullable Boolean active) {

    public static final StaffFilter ALL = new StaffFilter(null, null, null);
}
