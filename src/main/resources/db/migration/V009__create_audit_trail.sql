-- The audit trail: an append-only, hash-chained log of what happened in the application.
-- Each row's hash is SHA-256 over its content and the previous row's hash (see AuditChain and
-- docs/decisions/0010-audit-trail-and-privacy.md); seq is gap-free, so a deleted row shows as a gap.
create table audit_event (
    seq               bigint        not null primary key,
    occurred_at       timestamp with time zone not null,
    actor_id          bigint,
    -- SHA-256 over a random salt and the actor's name: the chain commits to the name without
    -- holding it, so the name (in audit_actor_name) can be erased when the person is pseudonymised
    actor_name_digest varchar(64)   not null,
    action            varchar(80)   not null,
    object_type       varchar(80)   not null,
    object_id         varchar(100)  not null,
    subject_id        bigint,
    details           varchar(4000) not null,
    prev_hash         varchar(64)   not null,
    hash              varchar(64)   not null,
    constraint audit_event_hash_unique unique (hash)
);
create index audit_event_by_actor on audit_event (actor_id, seq);
create index audit_event_by_subject on audit_event (subject_id, seq);
create index audit_event_by_action on audit_event (action, seq);
create index audit_event_by_time on audit_event (occurred_at);

-- The actor's name as it was at the time, with the salt of its digest. The only erasable part of
-- the trail: removed for the rows of a person who is pseudonymised after the retention period.
create table audit_actor_name (
    seq  bigint       not null primary key references audit_event (seq),
    name varchar(254) not null,
    salt varchar(32)  not null
);

-- One row: the last seq and hash of the chain. Appending locks it (SELECT ... FOR UPDATE), so two
-- transactions never take the same predecessor; verifying compares the chain's end with it, so
-- deleting the newest rows is noticed too.
create table audit_head (
    id        integer     not null primary key,
    last_seq  bigint      not null,
    last_hash varchar(64) not null,
    constraint audit_head_single_row check (id = 1)
);
insert into audit_head (id, last_seq, last_hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
