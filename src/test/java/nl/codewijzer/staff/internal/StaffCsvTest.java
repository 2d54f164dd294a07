package nl.codewijzer.staff.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.codewijzer.base.InvalidInput;
import nl.codewijzer.base.InvalidInput.Problem;
import nl.codewijzer.security.Role;
import nl.codewijzer.staff.CsvFile;
import nl.codewijzer.staff.ImportPreview;
import nl.codewijzer.staff.MrGeleding;
import nl.codewijzer.staff.PersonForm;
import nl.codewijzer.staff.StaffFunction;
import nl.codewijzer.staff.StaffMember;
import org.junit.jupiter.api.Test;

/** Reading and writing the staff list as CSV, as the school's spreadsheet produces and shows it. */
class StaffCsvTest {

    private static final List<String> NOBODY = List.of();

    @Test
    void a_semicolon_separated_file_is_read_person_by_person() {
        var file = CsvFile.withHeader("naam;e-mail;rollen;startdatum")
                .line("Jöran de Vries;Joran.de.Vries@School.example;coördinator|medewerker;24-8-2026")
                .line("Fatima Amrani;f.amrani@ouders.example;mr-lid-ouders;2025-01-06");

        var preview = StaffCsv.read(file.utf8(), NOBODY);

        assertThat(preview.importable()).isTrue();
        assertThat(preview.rows()).extracting(ImportPreview.Row::form).containsExactly(
                new PersonForm("Jöran de Vries", "Joran.de.Vries@School.example", EnumSet.of(Role.COORDINATOR, Role.MEDEWERKER),
                        null, LocalDate.of(2026, 8, 24), null),
                new PersonForm("Fatima Amrani", "f.amrani@ouders.example", EnumSet.of(Role.MR_LID), MrGeleding.OUDERS,
                        LocalDate.of(2025, 1, 6), null));
    }

    @Test
    void a_comma_separated_file_is_read_as_well() {
        var file = CsvFile.withHeader("naam,e-mail,rollen,startdatum")
                .line("Jöran de Vries,joran@school.example,medewerker|mr-lid-personeel,2026-08-24")
                .line("\"Bakker, Ingrid\",ingrid@school.example,beheerder|medewerker,1-9-2020");

        var preview = StaffCsv.read(file.utf8(), NOBODY);

        assertThat(preview.importable()).isTrue();
        assertThat(preview.rows()).extracting(ImportPreview.Row::fullName).containsExactly("Jöran de Vries", "Bakker, Ingrid");
        assertThat(preview.rows().getFirst().requireForm().geleding()).isEqualTo(MrGeleding.PERSONEEL);
    }

    @Test
    void a_utf8_byte_order_mark_as_excel_writes_it_is_accepted() {
        var file = CsvFile.withHeader("naam;e-mail;rollen;startdatum").line("Łukasz Nowak;lukasz@school.example;medewerker;2024-08-01");

        var preview = StaffCsv.read(file.utf8WithBom(), NOBODY);

        assertThat(preview.importable()).isTrue();
        assertThat(preview.rows().getFirst().fullName()).isEqualTo("Łukasz Nowak");
    }

    @Test
    void header_names_may_differ_in_case_and_order_and_extra_columns_are_ignored() {
        var file = CsvFile.withHeader("E-mail;Naam;Opmerking;Rollen;Datum in dienst")
                .line("anouk@school.example;Anouk Dekker;nieuw;medewerker;2024-08-01");

        var row = StaffCsv.read(file.utf8(), NOBODY).rows().getFirst();

        assertThat(row.ok()).isTrue();
        assertThat(row.requireForm().fullName()).isEqualTo("Anouk Dekker");
        assertThat(row.requireForm().email()).isEqualTo("anouk@school.example");
    }

    @Test
    void a_file_with_a_wrong_header_is_refused_naming_the_missing_columns() {
        var file = CsvFile.withHeader("naam;mail;rollen;begin").line("Anouk Dekker;anouk@school.example;medewerker;2024-08-01");

        assertThatThrownBy(() -> StaffCsv.read(file.utf8(), NOBODY))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> {
                    var problem = invalid.problems().getFirst();
                    assertThat(problem.field()).isEqualTo("file");
                    assertThat(problem.messageKey()).isEqualTo("staff.import.bad-header");
                    assertThat(problem.args()).containsExactly("e-mail, startdatum", "naam;e-mail;rollen;startdatum");
                });
    }

    @Test
    void a_file_saved_as_iso_8859_1_is_refused_as_not_utf8() {
        var file = CsvFile.withHeader("naam;e-mail;rollen;startdatum")
                .line("Jöran Smit;joran@school.example;Coördinator|medewerker;2024-08-01");

        assertThatThrownBy(() -> StaffCsv.read(file.bytes(StandardCharsets.ISO_8859_1), NOBODY))
                .isInstanceOfSatisfying(InvalidInput.class, invalid ->
                        assertThat(invalid.problems()).containsExactly(new Problem("file", "staff.import.not-utf8")));
    }

    @Test
    void an_empty_file_and_a_file_with_only_a_header_are_refused() {
        assertThatThrownBy(() -> StaffCsv.read(new byte[0], NOBODY))
                .isInstanceOfSatisfying(InvalidInput.class, invalid ->
                        assertThat(invalid.problems().getFirst().messageKey()).isEqualTo("staff.import.empty"));
        assertThatThrownBy(() -> StaffCsv.read("naam;e-mail;rollen;startdatum\r\n".getBytes(StandardCharsets.UTF_8), NOBODY))
                .isInstanceOfSatisfying(InvalidInput.class, invalid ->
                        assertThat(invalid.problems().getFirst().messageKey()).isEqualTo("staff.import.no-rows"));
    }

    @Test
    void a_file_with_more_rows_than_allowed_is_refused() {
        var file = CsvFile.generated(StaffCsv.MAX_ROWS + 1, "many");

        assertThatThrownBy(() -> StaffCsv.read(file.utf8(), NOBODY))
                .isInstanceOfSatisfying(InvalidInput.class, invalid ->
                        assertThat(invalid.problems()).containsExactly(
                                new Problem("file", "staff.import.too-many", StaffCsv.MAX_ROWS)));
        assertThat(StaffCsv.read(CsvFile.generated(StaffCsv.MAX_ROWS, "many").utf8(), NOBODY).rows())
                .hasSize(StaffCsv.MAX_ROWS);
    }

    @Test
    void an_email_twice_in_the_file_is_reported_at_the_second_row_with_the_first_rows_number() {
        var file = CsvFile.withHeader(CsvFile.HEADER)
                .line("Anouk Dekker;anouk@school.example;medewerker;2024-08-01")
                .line("Bart de Vries;bart@school.example;medewerker;2024-08-01")
                .line("Anouk Dekker-Smit; Anouk@SCHOOL.example ;medewerker;2024-08-01");

        var preview = StaffCsv.read(file.utf8(), NOBODY);

        assertThat(preview.importable()).isFalse();
        assertThat(preview.errorCount()).isEqualTo(1);
        var third = preview.rows().get(2);
        assertThat(third.rowNumber()).isEqualTo(4);
        assertThat(third.problems()).containsExactly(
                new Problem("email", "staff.import.error.email-twice", "anouk@school.example", 2L));
    }

    @Test
    void an_email_of_someone_already_there_is_reported_whatever_its_case() {
        var file = CsvFile.withHeader(CsvFile.HEADER).line("Bart de Vries;Docent@School.Example;medewerker;2024-08-01");

        var row = StaffCsv.read(file.utf8(), List.of("docent@school.example")).rows().getFirst();

        assertThat(row.ok()).isFalse();
        assertThat(row.problems()).containsExactly(new Problem("email", "staff.error.email.duplicate", "docent@school.example"));
    }

    @Test
    void an_unknown_role_is_reported_with_the_word_as_written() {
        var file = CsvFile.withHeader(CsvFile.HEADER).line("Bart de Vries;bart@school.example;medewerker|Conciërge;2024-08-01");

        var row = StaffCsv.read(file.utf8(), NOBODY).rows().getFirst();

        assertThat(row.problems()).containsExactly(new Problem("roles", "staff.import.error.role-unknown", "Conciërge"));
    }

    @Test
    void only_unknown_roles_are_reported_once_not_also_as_no_role() {
        var file = CsvFile.withHeader(CsvFile.HEADER).line("Bart de Vries;bart@school.example;leraar;2024-08-01");

        var row = StaffCsv.read(file.utf8(), NOBODY).rows().getFirst();

        assertThat(row.problems()).containsExactly(new Problem("roles", "staff.import.error.role-unknown", "leraar"));
    }

    @Test
    void a_date_that_does_not_exist_or_is_written_otherwise_is_reported() {
        var file = CsvFile.withHeader(CsvFile.HEADER)
                .line("Bart de Vries;bart@school.example;medewerker;31-2-2026")
                .line("Eva Bos;eva@school.example;medewerker;08/24/2026")
                .line("Milan Kok;milan@school.example;medewerker;24 augustus 2026")
                .line("Iris Hendriks;iris@school.example;medewerker;24/8/2026");

        var rows = StaffCsv.read(file.utf8(), NOBODY).rows();

        assertThat(rows.get(0).problems()).containsExactly(new Problem("startDate", "staff.import.error.bad-date", "31-2-2026"));
        assertThat(rows.get(1).problems()).containsExactly(new Problem("startDate", "staff.import.error.bad-date", "08/24/2026"));
        assertThat(rows.get(2).problems()).containsExactly(
                new Problem("startDate", "staff.import.error.bad-date", "24 augustus 2026"));
        assertThat(rows.get(3).ok()).isTrue();
        assertThat(rows.get(3).requireForm().startDate()).isEqualTo(LocalDate.of(2026, 8, 24));
    }

    @Test
    void a_row_breaking_the_person_rules_is_reported_with_every_reason() {
        var file = CsvFile.withHeader(CsvFile.HEADER).line(";geen-adres;mr-voorzitter;");

        var row = StaffCsv.read(file.utf8(), NOBODY).rows().getFirst();

        assertThat(row.form()).isNull();
        assertThat(row.problems()).extracting(Problem::messageKey).containsExactlyInAnyOrder(
                "staff.error.name.missing", "staff.error.email.invalid", "staff.error.start.missing",
                "staff.error.chair-not-member");
    }

    @Test
    void rows_are_numbered_as_the_spreadsheet_shows_them_with_the_header_as_row_one() {
        var file = CsvFile.generated(80, "rows").replaceRow(57, "Bart de Vries;bart(at)school.example;medewerker;2024-08-01");

        var preview = StaffCsv.read(file.utf8(), NOBODY);

        assertThat(preview.rows()).hasSize(80);
        assertThat(preview.rows().getFirst().rowNumber()).isEqualTo(2);
        assertThat(preview.rows().getLast().rowNumber()).isEqualTo(81);
        assertThat(preview.rows().stream().filter(row -> !row.ok()))
                .singleElement()
                .satisfies(row -> {
                    assertThat(row.rowNumber()).isEqualTo(57);
                    assertThat(row.problems()).containsExactly(
                            new Problem("email", "staff.error.email.invalid", "bart(at)school.example"));
                });
    }

    @Test
    void empty_rows_are_skipped_but_still_counted_as_rows_of_the_spreadsheet() {
        var text = CsvFile.HEADER + "\r\n"
                + "Anouk Dekker;anouk@school.example;medewerker;2024-08-01\r\n"
                + "\r\n"
                + "\"Bart\r\nde Vries\";bart(at)school.example;medewerker;2024-08-01\r\n"
                + ";;;\r\n"
                + "Eva Bos;eva@school.example;medewerker;2024-08-01\r\n"
                + ";;;\r\n"
                + ";;;\r\n";

        var rows = StaffCsv.read(text.getBytes(StandardCharsets.UTF_8), NOBODY).rows();

        // A spreadsheet shows the empty line as row 3 and the two-line name in one cell of row 4.
        assertThat(rows).extracting(ImportPreview.Row::rowNumber).containsExactly(2L, 4L, 6L);
        assertThat(rows).extracting(ImportPreview.Row::ok).containsExactly(true, false, true);
    }

    @Test
    void the_export_writes_names_intact_for_excel_and_reads_back_as_the_same_people() {
        var members = List.of(
                new StaffMember(1, 0, "Łukasz Nowak", "lukasz.nowak@school.example", EnumSet.of(Role.MEDEWERKER), null,
                        LocalDate.of(2023, 1, 9), null, true, true, StaffFunction.ONDERWIJZEND),
                new StaffMember(2, 3, "Marloes de Wit", "mr.voorzitter@school.example",
                        EnumSet.of(Role.MEDEWERKER, Role.MR_LID, Role.MR_VOORZITTER), MrGeleding.PERSONEEL,
                        LocalDate.of(2020, 8, 1), null, true, true),
                new StaffMember(3, 0, "Samira El Idrissi", "coordinator@school.example",
                        EnumSet.of(Role.COORDINATOR, Role.BEHEERDER, Role.SCHOOLLEIDING, Role.MEDEWERKER), null,
                        LocalDate.of(2019, 8, 1), null, true, true),
                new StaffMember(4, 0, "Fatima Amrani", "fatima.amrani@ouders.example", Set.of(Role.MR_LID), MrGeleding.OUDERS,
                        LocalDate.of(2025, 1, 6), null, true, false));

        var bytes = StaffCsv.write(members);
        var text = new String(bytes, StandardCharsets.UTF_8);

        assertThat(text).startsWith("\uFEFFnaam;e-mail;rollen;startdatum;einddatum;actief;functie\r\n");
        assertThat(text).contains("Łukasz Nowak;lukasz.nowak@school.example;medewerker;2023-01-09;;ja;onderwijzend\r\n",
                "Samira El Idrissi;coordinator@school.example;");
        var readBack = StaffCsv.read(bytes, NOBODY);
        assertThat(readBack.importable()).isTrue();
        assertThat(readBack.rows()).extracting(ImportPreview.Row::form)
                .containsExactlyElementsOf(members.stream().map(StaffMember::toForm).toList());
    }

    @Test
    void a_second_preview_check_reports_emails_added_meanwhile() {
        var preview = StaffCsv.read(CsvFile.generated(3, "later").utf8(), NOBODY);

        var rechecked = StaffCsv.recheck(preview, List.of(CsvFile.emailOf("later", 2)));

        assertThat(rechecked.importable()).isFalse();
        assertThat(rechecked.rows().get(1).problems()).containsExactly(
                new Problem("email", "staff.error.email.duplicate", CsvFile.emailOf("later", 2)));
        assertThat(rechecked.rows().get(0).ok()).isTrue();
    }

    @Test
    void a_function_column_is_read_by_its_word_and_an_unknown_function_is_reported_with_the_words_to_use() {
        var text = """
                naam;e-mail;rollen;startdatum;functie
                Iris Hendriks;iris@school.example;medewerker;2026-08-24;Invaller
                Daan Peters;daan@school.example;medewerker;2026-08-24;conciërge
                Eva Bos;eva@school.example;medewerker;2026-08-24;
                """;

        var rows = StaffCsv.read(text.getBytes(StandardCharsets.UTF_8), NOBODY).rows();

        assertThat(rows.get(0).form().staffFunction()).isEqualTo(StaffFunction.INVALLER);
        assertThat(rows.get(1).ok()).isFalse();
        assertThat(rows.get(1).problems()).containsExactly(new Problem("staffFunction",
                "staff.import.error.function-unknown", "conciërge",
                "onderwijzend, ondersteunend, stagiair, invaller, vrijwilliger, extern"));
        assertThat(rows.get(2).form().staffFunction()).isNull();
    }
}
