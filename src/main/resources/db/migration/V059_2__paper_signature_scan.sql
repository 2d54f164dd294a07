-- Issue 14: a paper signature. The coördinator records a signature on paper for someone (a supply
-- teacher for one week) with a scan of the signed page: its type (checked by content) and bytes.
-- The signature itself is an ordinary row in signature with method 'papier'. Numbered 59.2 for the
-- reason given in V059_1 (decision 0032). bytea is PostgreSQL's binary type; H2 2.4 accepts it too.
create table signature_scan (
    signature_id bigint       not null primary key references signature (id),
    content_type varchar(20)  not null,
    file_name    varchar(255) not null,
    content      bytea        not null,
    constraint signature_scan_type check (content_type in ('application/pdf', 'image/jpeg', 'image/png'))
);
