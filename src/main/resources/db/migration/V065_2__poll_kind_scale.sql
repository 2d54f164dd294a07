-- Issue 15, richer polls: a poll can be a scale from 1 "helemaal oneens" to 5 "helemaal eens".
-- Its votes are option indexes like a statement's (0 = 1 .. 4 = 5), so only the kind's check widens.
alter table meeting_poll drop constraint meeting_poll_kind_known;
alter table meeting_poll add constraint meeting_poll_kind_known check (kind in ('STELLING', 'MEERKEUZE', 'SCHAAL'));
