-- Issue 14: what a staff member does at the school, the groups a code can be addressed to. Null:
-- "functie onbekend" (asked whenever all staff must sign).
alter table person add column staff_function varchar(20);
alter table person add constraint person_staff_function
    check (staff_function in ('ONDERWIJZEND', 'ONDERSTEUNEND', 'STAGIAIR', 'INVALLER', 'VRIJWILLIGER', 'EXTERN'));
