-- A sender claims a waiting mail before it sends it: a conditional UPDATE sets a token and a lease
-- only where no other sender holds one, so of two senders (threads or servers) exactly one sends.
-- A sender that dies mid-send leaves a lease that runs out; the retry job then takes the mail again.
alter table mail_outbox add column claim_token varchar(36);
alter table mail_outbox add column claimed_until timestamp with time zone;
