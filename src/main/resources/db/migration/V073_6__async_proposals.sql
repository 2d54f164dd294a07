-- A proposal sent during a meeting's asynchronous window, by someone who was not in the room (issue 15,
-- decision 0051): shown apart in the console and the minutes.
alter table meeting_proposal add column async boolean default false not null;
