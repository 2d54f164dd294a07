-- Issue 15, richer polls: a ranking poll (rangorde). A ballot is the voter's order of the options,
-- most preferred first, stored in the voter's one meeting_vote row as option indexes ("2,0,1"); choice
-- holds the first preference. One row per voter keeps the unique key, the anonymous key and the
-- count of voters as they are. See decision 0046.
alter table meeting_poll drop constraint meeting_poll_kind_known;
alter table meeting_poll add constraint meeting_poll_kind_known
    check (kind in ('STELLING', 'MEERKEUZE', 'SCHAAL', 'RANGORDE'));
alter table meeting_vote add column ranking varchar(40);
