-- Issue 14: who must sign a version. The groups (staff functions) the schoolleiding chose at the
-- adoption; no rows for a version: all active staff, as before.
create table signing_audience (
    version_id     bigint      not null references code_version (id),
    staff_function varchar(20) not null,
    primary key (version_id, staff_function),
    constraint signing_audience_function
        check (staff_function in ('ONDERWIJZEND', 'ONDERSTEUNEND', 'STAGIAIR', 'INVALLER', 'VRIJWILLIGER', 'EXTERN'))
);
