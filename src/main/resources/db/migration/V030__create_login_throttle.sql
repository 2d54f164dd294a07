-- Failed logins per typed account ('account:<e-mail>') and per client address ('address:<ip>'),
-- shared by every server on this database, so a guesser gains nothing by landing on another server.
-- A row goes when its account signs in; otherwise counting starts again 15 minutes after the last failure.
create table login_throttle (
    throttle_key    varchar(400) not null primary key,
    failures        integer not null,
    last_failure_at timestamp with time zone not null,
    locked_until    timestamp with time zone
);
