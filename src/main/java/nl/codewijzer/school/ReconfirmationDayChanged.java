package nl.codewijzer.school;

import java.time.MonthDay;
import nl.codewijzer.base.AuditableEvent;
import org.jspecify.annotations.Nullable;

/** The beheerder switched the yearly re-confirmation on, off, or to another day (decision 0053). */
public record ReconfirmationDayChanged(@Nullable MonthDay before, @Nullable MonthDay after) implements AuditableEvent {

    @Override
    public String auditAction() {
        return "reconfirmation-day.changed";
    }

    @Override
    public String auditObjectType() {
        return "school_settings";
    }

    @Override
    public String auditObjectId() {
        return "1";
    }

    @Override
    public String auditDetails() {
        return "before=" + (before == null ? "off" : before) + "; after=" + (after == null ? "off" : after);
    }
}
