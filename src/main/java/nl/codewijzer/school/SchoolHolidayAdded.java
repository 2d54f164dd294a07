package nl.codewijzer.school;

import nl.codewijzer.base.AuditableEvent;

/** The beheerder recorded a holiday period: reminders and the digest skip it from now on. */
public record SchoolHolidayAdded(SchoolHoliday holiday) implements AuditableEvent {

    @Override
    public String auditAction() {
        return "holiday.added";
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
