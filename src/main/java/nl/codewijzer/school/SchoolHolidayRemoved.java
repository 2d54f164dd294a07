package nl.codewijzer.school;

import nl.codewijzer.base.AuditableEvent;

/** The beheerder removed a holiday period: its days are working days again. */
public record SchoolHolidayRemoved(SchoolHoliday holiday) implements AuditableEvent {

    @Override
    public String auditAction() {
        return "holiday.removed";
    }

    @Override
    public String auditObjectType() {
        return "school_holiday";
    }

    @Override
    public String auditObjectId() {
        return String.valueOf(holiday.id());
    }

    @Override
    public String auditDetails() {
        return "name=" + holiday.name() + "; firstDay=" + holiday.firstDay() + "; lastDay=" + holiday.lastDay();
    }
}
