-- Issue 19: the day a meeting was held, which the minutes, their file name and the draft's message
-- carry. Set when the meeting starts and correctable by the coördinator once it is closed. Null for a
-- meeting that never started, and for meetings started before this column existed: those fall back
-- to the school-time day of started_at (computed in the app, where the school's time zone is known).
alter table team_meeting add column held_on date;
