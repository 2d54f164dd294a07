-- One row that the work filling an empty database at start-up (the demo school, the first beheerder) locks
-- (SELECT ... FOR UPDATE) before it looks whether the database is empty. Two servers started at once on one
-- empty database then take turns: the second waits until the first has committed, and finds the people
-- (decision 0048). A row lock behaves the same on H2 and PostgreSQL, so no vendor folder is needed.
create table first_start (
    id integer not null primary key,
    constraint first_start_single_row check (id = 1)
);
insert into first_start (id) values (1);
