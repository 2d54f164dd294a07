-- Issue 14: a redactional change. The schoolleiding may adopt a version as a redactional change
-- (typo fixes): whoever signed the version it replaces is not asked again, their signature carries
-- over. The reason is part of the consent record (consent_round) and of the register (signing_redactional);
-- a carried-over request is SIGNED and points at the signature that still counts, whose SHA-256 is
-- that of the text the person saw.
-- Numbered 59.1: the range given for this work (V053-V057) was passed by V058/V059 before it landed,
-- and Flyway's outOfOrder is off (decision 0016); 59.1 lies above main's highest version without
-- taking a number from anyone else's range (decision 0032).
alter table consent_round add column redactional_reason varchar(4000);

create table signing_redactional (
    version_id          bigint        not null primary key references code_version (id),
    previous_version_id bigint        not null references code_version (id),
    reason              varchar(4000) not null
);

alter table signature_request add column carried_signature_id bigint;
alter table signature_request add constraint signature_request_carried
    foreign key (carried_signature_id) references signature (id);
