package nl.codewijzer.base;

import java.time.ZoneId;

/** Dutch schools live in one time zone; "today" and every shown time follow it, not the server's. */
public final class SchoolTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private SchoolTime() {
    }
}
