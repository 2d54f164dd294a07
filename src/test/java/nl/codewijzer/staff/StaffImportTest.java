package nl.codewijzer.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.codewijzer.CodewijzerTest;
import nl.codewijzer.base.InvalidInput;
import nl.codewijzer.base.InvalidInput.Problem;
import nl.codewijzer.security.Role;
import nl.codewijzer.staff.internal.PersonRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The beheerder's CSV import and export through the staff service, against the demo school's people. */
@CodewijzerTest
@Transactional
@WithUserDetails("beheerder@school.example")
class StaffImportTest {

    @Autowired
    StaffService staff;
    @Autowired
    PersonRepository people;

    @Test
    void a_good_file_of_200_people_imports_all_200() {
        var before = people.count();
        var preview = staff.previewImport(CsvFile.generated(200, "goed").utf8());
        assertThat(preview.importable()).isTrue();
        assertThat(preview.rows()).hasSize(200);
        var progress = new ArrayList<Integer>();

        int imported = staff.importAll(preview, progress::add);

        assertThat(imported).isEqualTo(200);
        assertThat(people.count()).isEqualTo(before + 200);
        assertThat(progress).hasSize(200).endsWith(200);
        var person = staff.search(new StaffFilter(CsvFile.emailOf("goed", 56), null, true));
        assertThat(person).singleElement().satisfies(member -> {
            assertThat(member.fullName()).isEqualTo("Jöran Öztürk 56");
            assertThat(member.roles()).containsExactlyInAnyOrder(Role.COORDINATOR, Role.MEDEWERKER);
            assertThat(member.startDate()).isEqualTo(LocalDate.of(2024, 8, 1));
        });
    }

    @Test
    void the_same_file_with_one_bad_row_57_imports_nobody_and_names_that_row_and_its_reason() {
        var before = people.count();
        var file = CsvFile.generated(200, "fout").replaceRow(57, "Zoë Janssen 56;zoe.janssen(at)school.example;medewerker;2024-08-01");

        var preview = staff.previewImport(file.utf8());

        assertThat(preview.importable()).isFalse();
        assertThat(preview.errorCount()).isEqualTo(1);
        assertThat(preview.rows().stream().filter(row -> !row.ok())).singleElement().satisfies(row -> {
            assertThat(row.rowNumber()).isEqualTo(57);
            assertThat(row.problems()).extracting(Problem::field, Problem::messageKey)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("email", "staff.error.email.invalid"));
        });
        assertThatThrownBy(() -> staff.importAll(preview, done -> { }))
                .isInstanceOfSatisfying(InvalidInput.class, invalid ->
                        assertThat(invalid.problems()).containsExactly(new Problem("file", "staff.import.has-errors", 1L)));
        assertThat(people.count()).isEqualTo(before);
        assertThat(people.findByEmail(CsvFile.emailOf("fout", 1))).isEmpty();
    }

    @Test
    void a_file_with_a_wrong_header_is_refused_as_a_whole() {
        var file = CsvFile.withHeader("Voornaam;Achternaam;E-mail").line("Bart;de Vries;bart@school.example");

        assertThatThrownBy(() -> staff.previewImport(file.utf8()))
                .isInstanceOfSatisfying(InvalidInput.class, invalid ->
                        assertThat(invalid.problems().getFirst().messageKey()).isEqualTo("staff.import.bad-header"));
    }

    @Test
    void a_file_saved_in_iso_8859_1_is_refused_as_not_utf8() {
        var file = CsvFile.withHeader(CsvFile.HEADER).line("Jöran Bakker;joran@school.example;Coördinator|medewerker;2024-08-01");

        assertThatThrownBy(() -> staff.previewImport(file.bytes(StandardCharsets.ISO_8859_1)))
                .isInstanceOfSatisfying(InvalidInput.class, invalid ->
                        assertThat(invalid.problems()).containsExactly(new Problem("file", "staff.import.not-utf8")));
    }

    @Test
    void people_already_in_the_school_are_reported_whatever_the_case_of_their_email() {
        var file = CsvFile.generated(3, "bestaand").replaceRow(3, "Bart de Vries;Docent@School.EXAMPLE;medewerker;2024-08-01");

        var preview = staff.previewImport(file.utf8());

        assertThat(preview.rows().get(1).rowNumber()).isEqualTo(3);
        assertThat(preview.rows().get(1).problems())
                .containsExactly(new Problem("email", "staff.error.email.duplicate", "docent@school.example"));
        assertThat(preview.errorCount()).isEqualTo(1);
    }

    @Test
    void an_import_is_refused_whole_when_a_row_became_a_duplicate_after_the_preview() {
        var before = people.count();
        var preview = staff.previewImport(CsvFile.generated(20, "intussen").utf8());
        assertThat(preview.importable()).isTrue();
        staff.create(new PersonForm("Al Toegevoegd", CsvFile.emailOf("intussen", 12).toUpperCase(), Set.of(Role.MEDEWERKER),
                null, LocalDate.of(2024, 8, 1), null), null);

        assertThatThrownBy(() -> staff.importAll(preview, done -> { }))
                .isInstanceOfSatisfying(InvalidInput.class, invalid ->
                        assertThat(invalid.problems()).containsExactly(new Problem("file", "staff.import.has-errors", 1L)));

        assertThat(people.count()).isEqualTo(before + 1);
        assertThat(people.findByEmail(CsvFile.emailOf("intussen", 1))).isEmpty();
    }

    @Test
    void the_export_reads_back_in_the_import_format_with_everyone_reported_as_already_there() {
        var exported = staff.exportCsv();
        var text = new String(exported, StandardCharsets.UTF_8);
        assertThat(text).contains("Łukasz Nowak", "Ahmed Yılmaz", "Samira El Idrissi");

        var preview = staff.previewImport(exported);

        assertThat(preview.rows()).hasSize(28);
        assertThat(preview.importable()).isFalse();
        assertThat(preview.rows()).allSatisfy(row -> assertThat(row.problems())
                .containsExactly(new Problem("email", "staff.error.email.duplicate", row.email())));
        assertThat(preview.rows()).extracting(ImportPreview.Row::fullName).contains("Łukasz Nowak");
    }

    /**
     * Without a test transaction, so the import's own transaction commits or rolls back for real. A
     * preview whose last row the database refuses must leave none of the rows before it behind.
     */
    @Test
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void an_import_failing_on_its_last_row_leaves_none_of_the_earlier_rows_behind() {
        var before = people.count();
        var read = staff.previewImport(CsvFile.generated(3, "terugdraai").utf8());
        var rows = new ArrayList<>(read.rows());
        var last = rows.getLast();
        var form = last.requireForm();
        // The rules would refuse this, but a preview is a plain value: the database refuses it too.
        var broken = new PersonForm(form.fullName(), form.email(), form.roles(), form.geleding(), form.startDate(),
                form.startDate().minusYears(1));
        rows.set(rows.size() - 1, new ImportPreview.Row(last.rowNumber(), last.fullName(), last.email(), last.roles(),
                last.startDate(), broken, List.of()));

        try {
            assertThatThrownBy(() -> staff.importAll(new ImportPreview(rows), done -> { }))
                    .isInstanceOf(RuntimeException.class);

            assertThat(people.count()).isEqualTo(before);
            assertThat(people.findByEmail(CsvFile.emailOf("terugdraai", 1))).isEmpty();
        } finally {
            for (int i = 1; i <= 3; i++) {
                people.findByEmail(CsvFile.emailOf("terugdraai", i)).ifPresent(people::delete);
            }
        }
    }
}
