-- Issue 15: an answer to an open question given during the asynchronous window (decision 0051) arrives
-- after the live reveal, when the facilitator's moderation (hiding an answer before the reveal) has had
-- its moment. Such an answer is held: stored, but left out of the word cloud, the projector and the
-- minutes until the facilitator has seen it (and hidden it if need be) and released it on the console.
alter table meeting_vote add column held boolean default false not null;
