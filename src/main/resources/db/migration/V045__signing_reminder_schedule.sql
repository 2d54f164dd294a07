-- Issue 14: reminders that go out by themselves. The school's schedule: a reminder some days before
-- the due date, one on the due date, then weekly while overdue (at most a number of times).
-- Reminders sent by the system are the rows of signature_reminder whose sent_by_id is null.
alter table school_settings add column reminders_automatic boolean default true not null;
alter table school_settings add column reminder_days_before integer default 7 not null;
alter table school_settings add column reminder_on_due_date boolean default true not null;
alter table school_settings add column reminder_overdue_max integer default 4 not null;
alter table school_settings add constraint school_settings_reminder_days_before
    check (reminder_days_before between 0 and 60);
alter table school_settings add constraint school_settings_reminder_overdue_max
    check (reminder_overdue_max between 0 and 10);

-- The Monday digest to the coördinator and the schoolleiding: one row per week (its Monday), written
-- in the transaction that queues the digest, so that a second run in the same week sends nothing.
create table signing_digest (
    week_of    date    not null primary key,
    sent_at    timestamp with time zone not null,
    recipients integer not null,
    campaigns  integer not null
);
