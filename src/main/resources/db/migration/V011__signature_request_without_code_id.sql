-- A request's code follows from its version (code_version.code_id, and signing_campaign.code_id for
-- the campaign of that version); the copy in signature_request was written and never read. Dropping
-- the column drops its foreign key to conduct_code with it (H2 and PostgreSQL alike).
-- The code stays on signature: a signature is a record on its own, and "what did this person sign
-- of this code before" is asked of it.
alter table signature_request drop column code_id;
