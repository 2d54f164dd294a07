-- The MR reglement decides whether the instemmingsbesluit names each member's vote or gives only the counts.
-- A round keeps the rule that applied when it was submitted, like its quorum and majority rule.
alter table school_settings add column votes_by_name boolean default true not null;
alter table consent_round add column votes_by_name boolean default true not null;
