-- Issue 15: the public page of the adopted code for parents and the school website, switched on by
-- the schoolleiding. One row for the school (id 1): its address (slug) and whether it is on. Switched
-- off, the address answers "niet (meer) openbaar".
create table public_page (
    id              integer      not null primary key,
    slug            varchar(80)  not null,
    enabled         boolean      not null,
    school_name     varchar(200) not null,
    changed_at      timestamp with time zone not null,
    changed_by_name varchar(200) not null,
    refreshed_at    timestamp with time zone not null,
    constraint public_page_one_row check (id = 1)
);

-- What the page shows, per code: a copy of its adopted version taken when the page is switched on and
-- at every adoption, so an anonymous reader touches nothing else (no staff names, drafts or votes).
create table public_code (
    code_id        bigint          not null primary key references conduct_code (id),
    title          varchar(200)    not null,
    version_number integer         not null,
    adopted_on     date            not null,
    consent_on     date,
    sha256         varchar(64)     not null,
    markdown       varchar(250000) not null
);
