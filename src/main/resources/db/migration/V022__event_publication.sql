-- Spring Modulith's event publication registry (JPA): one row per event and per module listener
-- that reacts to it, written in the transaction that publishes the event. A reaction that
-- completes deletes its row; one that failed stays, marked FAILED, and is tried again by the job in
-- nl.codewijzer.ReactionRetry. Decision 0019.
create table event_publication (
    id                     uuid          not null primary key,
    listener_id            varchar(512)  not null,
    event_type             varchar(512)  not null,
    serialized_event       varchar(10000) not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 varchar(20),
    completion_attempts    integer       not null,
    last_resubmission_date timestamp with time zone
);
create index event_publication_by_status on event_publication (status, publication_date);

-- Only used if completed publications are archived (spring.modulith.events.completion-mode=archive);
-- created so that the registry's second entity finds its table.
create table event_publication_archive (
    id                     uuid          not null primary key,
    listener_id            varchar(512)  not null,
    event_type             varchar(512)  not null,
    serialized_event       varchar(10000) not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 varchar(20),
    completion_attempts    integer       not null,
    last_resubmission_date timestamp with time zone
);
