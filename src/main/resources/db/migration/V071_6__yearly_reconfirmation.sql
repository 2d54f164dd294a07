-- Issue 14: the yearly re-confirmation (decision 0053). The school's chosen day (day and month; both
-- null: off). Each school year, on the first working day on or after that day, everyone in the
-- active version's audience confirms the same text again, in a round of its own.
alter table school_settings add column reconfirm_month integer;
alter table school_settings add column reconfirm_day integer;
alter table school_settings add constraint school_settings_reconfirm check (
    (reconfirm_month is null and reconfirm_day is null)
    or (reconfirm_month between 1 and 12 and reconfirm_day between 1 and 31));

-- One round per code and school year (the first calendar year: 2027 for 2027-2028). The job inserts
-- this row first: a second run, on this server or another, fails on the primary key and does nothing.
create table signing_round (
    code_id     bigint    not null references conduct_code (id),
    school_year integer   not null,
    version_id  bigint    not null references code_version (id),
    starts_on   date      not null,
    due_date    date      not null,
    created_at  timestamp with time zone not null,
    asked       integer   not null,
    primary key (code_id, school_year)
);

-- A request and a signature belong to round 0 (the version's own campaign) or to a yearly round
-- (its school year). Existing rows are round 0: nothing already signed changes meaning.
alter table signature_request add column round_year integer default 0 not null;
alter table signature_request drop constraint signature_request_once;
alter table signature_request add constraint signature_request_once unique (person_id, version_id, round_year);
create index signature_request_by_round on signature_request (version_id, round_year);
alter table signature add column round_year integer default 0 not null;
alter table signature drop constraint signature_once;
alter table signature add constraint signature_once unique (person_id, version_id, round_year);
