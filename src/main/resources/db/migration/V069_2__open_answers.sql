-- Issue 15, richer polls: an open question (open vraag). Each voter's answer is text in their one
-- meeting_vote row (choice 0), like a ranking ballot (decision 0046), so the unique key, the anonymous
-- key and "one answer, changeable until closed" stay as they are. The facilitator can hide an answer
-- (moderation): a hidden answer stays stored but is left out of the word cloud, the projector and the
-- minutes, which only say how many were hidden.
alter table meeting_poll drop constraint meeting_poll_kind_known;
alter table meeting_poll add constraint meeting_poll_kind_known
    check (kind in ('STELLING', 'MEERKEUZE', 'SCHAAL', 'RANGORDE', 'OPEN_VRAAG'));
alter table meeting_vote add column answer varchar(500);
alter table meeting_vote add column hidden boolean default false not null;
