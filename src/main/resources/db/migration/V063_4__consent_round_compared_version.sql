-- Issue 15: the MR receives the comparison of the proposed version with the code in force when the
-- round was submitted. Kept on the round, because adopting the proposal replaces that version and
-- the instemmingsbesluit must list the same comparison later. Null for a first version; rounds
-- from before this column compare with the active version, as they did.
alter table consent_round add column compared_number integer;
