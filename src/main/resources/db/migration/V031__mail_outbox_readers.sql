-- Who besides the recipient may read a mail's body in the outbox: role names separated by commas
-- (for example 'BEHEERDER'). Null: only the recipient. Mails written before this column existed
-- keep null, so the beheerder sees their subject and status, not their body (issue 16).
alter table mail_outbox add column readers varchar(200);
