-- One row per scheduled job: the server that runs it holds the row until lock_until, so of two app
-- servers on one database only one runs each job (ShedLock's JDBC provider, decision 0019). The
-- times are written by the database's own clock in UTC, hence timestamp without time zone.
create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamp(3) not null,
    locked_at  timestamp(3) not null,
    locked_by  varchar(255) not null
);
