package nl.codewijzer.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import nl.codewijzer.CodewijzerTest;
import nl.codewijzer.base.SchoolTime;
import nl.codewijzer.security.Accounts;
import nl.codewijzer.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.annotation.Transactional;

/** What the staff administration tells the audit trail, and what it keeps out of it. */
@CodewijzerTest
@Transactional
@RecordApplicationEvents
@WithUserDetails("beheerder@school.example")
class StaffAuditEventsTest {

    @Autowired
    StaffService staff;
    @Autowired
    ApplicationEvents events;
    @Autowired
    StaffDirectory directory;
    @Autowired
    Accounts accounts;

    private StaffMember docent() {
        return staff.search(new StaffFilter("docent@school.example", null, null)).getFirst();
    }

    @Test
    void a_role_change_names_the_roles_before_and_after_but_no_name_or_email() {
        var docent = docent();

        staff.update(docent.id(), docent.version(), new PersonForm("Bart de Vries-Jansen", "bart.devries@school.example",
                Set.of(Role.MEDEWERKER, Role.BEHEERDER), null, docent.startDate(), null));

        assertThat(events.stream(PersonChanged.class)).singleElement().satisfies(changed -> {
            assertThat(changed.auditSubjectId()).isEqualTo(docent.id());
            assertThat(changed.auditDetails())
                    .isEqualTo("fields=fullName,email,roles; roles=MEDEWERKER -> BEHEERDER,MEDEWERKER")
                    .doesNotContain("Bart", "bart", "@");
        });
    }

    @Test
    void saving_a_person_unchanged_records_nothing() {
        var docent = docent();

        staff.update(docent.id(), docent.version(), docent.toForm());

        assertThat(events.stream(PersonChanged.class)).isEmpty();
    }

    @Test
    void leaving_a_temporary_password_and_an_export_are_announced_without_secrets() {
        var docent = docent();

        staff.setTemporaryPassword(docent.id(), "geheim-tijdelijk");
        staff.deactivate(docent.id(), LocalDate.now(SchoolTime.ZONE));
        staff.exportCsv();

        assertThat(events.stream(TemporaryPasswordSet.class)).singleElement()
                .satisfies(set -> assertThat(set.auditDetails()).isEmpty());
        assertThat(events.stream(PersonLeft.class)).singleElement()
                .satisfies(left -> assertThat(left.auditAction()).isEqualTo("person.left"));
        assertThat(events.stream(StaffExported.class)).singleElement()
                .satisfies(exported -> assertThat(exported.auditDetails()).isEqualTo("people=" + directory.count()));
    }

    @Test
    void a_person_choosing_their_own_password_is_announced_without_it() {
        var docent = docent();

        accounts.storeChosenPassword(docent.id(), "$2a$10$hash-van-een-nieuw-wachtwoord");

        assertThat(events.stream(PasswordChosen.class)).singleElement().satisfies(chosen -> {
            assertThat(chosen.auditSubjectId()).isEqualTo(docent.id());
            assertThat(chosen.auditDetails()).isEmpty();
        });
    }

    @Test
    void an_import_is_announced_with_the_number_of_people_besides_each_person_joining() {
        var preview = staff.previewImport(CsvFile.generated(3, "audit").utf8());

        staff.importAll(preview, done -> { });

        assertThat(events.stream(PersonJoined.class)).hasSize(3);
        assertThat(events.stream(StaffImported.class)).singleElement()
                .satisfies(imported -> assertThat(imported.auditDetails()).isEqualTo("people=3"));
    }
}
