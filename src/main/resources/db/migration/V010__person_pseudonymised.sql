-- When a leaver's personal data was replaced by a pseudonym after the retention period; set once.
alter table person add column pseudonymised_at timestamp with time zone;
