package nl.codewijzer.staff.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import java.util.List;
import java.util.stream.IntStream;
import nl.codewijzer.CodewijzerTest;
import nl.codewijzer.staff.CsvFile;
import nl.codewijzer.staff.StaffMember;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** The beheerder's staff list as it shows the demo school's people. */
@CodewijzerTest
@WithUserDetails("beheerder@school.example")
class StaffAdminViewTest extends SpringBrowserlessTest {

    @org.springframework.beans.factory.annotation.Autowired
    nl.codewijzer.staff.StaffService staff;

    @Test
    void the_list_shows_every_active_person_of_the_demo_school() {
        var view = navigate(StaffAdminView.class);

        assertThat(test($(H1.class).single()).getText()).isEqualTo("Personeel");
        assertThat(test(view.grid).size()).isEqualTo(28);
        assertThat(view.count.getText()).isEqualTo("28 personen");
        assertThat(names(view.grid)).contains("Ingrid Bakker", "Łukasz Nowak", "Ahmed Yılmaz", "Fatima Amrani");
        int marloes = names(view.grid).indexOf("Marloes de Wit");
        assertThat(test(view.grid).getCellText(marloes, test(view.grid).getColumnPosition("email")))
                .isEqualTo("mr.voorzitter@school.example");
        assertThat(test(view.grid).getCellText(marloes, test(view.grid).getColumnPosition("roles")))
                .isEqualTo("MR-lid (personeelsgeleding), MR-voorzitter, Medewerker");
    }

    @Test
    void the_search_field_filters_on_name_and_email() {
        var view = navigate(StaffAdminView.class);

        test(view.search).setValue("nowak");
        assertThat(names(view.grid)).containsExactly("Łukasz Nowak");
        assertThat(view.count.getText()).isEqualTo("1 persoon");

        test(view.search).setValue("@ouders.example");
        assertThat(names(view.grid)).containsExactlyInAnyOrder("Fatima Amrani", "Jeroen Hendriksen", "Els Mulder-Jansen");

        test(view.search).setValue("  MULDER ");
        assertThat(names(view.grid)).containsExactlyInAnyOrder("Lotte Mulder", "Els Mulder-Jansen");

        test(view.search).setValue("niemand-met-deze-naam");
        assertThat(test(view.grid).size()).isZero();
        assertThat(view.count.getText()).isEqualTo("Niemand gevonden");

        test(view.search).clear();
        assertThat(test(view.grid).size()).isEqualTo(28);
    }

    @Test
    void the_role_filter_narrows_the_list_to_people_with_that_role() {
        var view = navigate(StaffAdminView.class);

        test(view.roleFilter).selectItem("MR-lid");

        assertThat(names(view.grid)).containsExactlyInAnyOrder("Marloes de Wit", "Ahmed Yılmaz", "Karin Smit",
                "Fatima Amrani", "Jeroen Hendriksen", "Els Mulder-Jansen");
        test(view.statusFilter).selectItem("Uit dienst");
        assertThat(test(view.grid).size()).isZero();
    }

    @Test
    void adding_a_colleague_with_an_email_already_in_use_shows_why_at_the_email_field() {
        var view = navigate(StaffAdminView.class);
        test(view.add).click();
        var dialog = $(PersonDialog.class).single();

        test(dialog.fullName).setValue("Bart de Vries");
        test(dialog.email).setValue("Docent@School.example");
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.email.isInvalid()).isTrue();
        assertThat(dialog.email.getErrorMessage()).isEqualTo("Er is al iemand met e-mailadres docent@school.example.");
        assertThat(test(view.grid).size()).isEqualTo(28);
    }

    @Test
    @Transactional
    void a_colleague_added_in_the_dialog_appears_in_the_list() {
        var view = navigate(StaffAdminView.class);
        test(view.add).click();
        var dialog = $(PersonDialog.class).single();

        test(dialog.fullName).setValue("Jöran Öztürk");
        test(dialog.email).setValue("joran.ozturk@school.example");
        test(dialog.roles).selectItems("Medewerker", "MR-lid");
        test(dialog.geleding).selectItem("personeelsgeleding");
        test(dialog.staffFunction).selectItem("Invaller");
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(view.count.getText()).isEqualTo("29 personen");
        assertThat(new String(staff.exportCsv(), java.nio.charset.StandardCharsets.UTF_8))
                .containsPattern("Jöran Öztürk;[^\\r]*;ja;invaller\\r\\n");
        int row = names(view.grid).indexOf("Jöran Öztürk");
        assertThat(test(view.grid).getCellText(row, test(view.grid).getColumnPosition("roles")))
                .isEqualTo("MR-lid (personeelsgeleding), Medewerker");
    }

    @Test
    void an_uploaded_file_with_a_bad_row_is_previewed_with_that_rows_number_and_reason_and_cannot_be_imported() {
        var view = navigate(StaffAdminView.class);
        test(view.importCsv).click();
        var dialog = $(ImportDialog.class).single();
        var file = CsvFile.generated(200, "upload")
                .replaceRow(57, "Zoë Janssen;zoe.janssen(at)school.example;medewerker;2024-08-01");

        test(dialog.upload).upload("personeel.csv", "text/csv", file.utf8());
        roundTrip();

        assertThat(dialog.summary.getText()).startsWith("200 rijen gelezen, 1 met fouten.");
        assertThat(dialog.importButton.isEnabled()).isFalse();
        var rows = test(dialog.rows);
        var bad = IntStream.range(0, rows.size()).filter(row -> !rows.getRow(row).ok()).boxed().toList();
        assertThat(bad).singleElement().satisfies(row -> {
            assertThat(rows.getCellText(row, 0)).isEqualTo("57");
            assertThat(rows.getCellText(row, 5)).isEqualTo("„zoe.janssen(at)school.example\" is geen geldig e-mailadres.");
        });
    }

    @Test
    void an_uploaded_file_in_the_wrong_encoding_is_explained_in_dutch() {
        var view = navigate(StaffAdminView.class);
        test(view.importCsv).click();
        var dialog = $(ImportDialog.class).single();

        test(dialog.upload).upload("personeel.csv", "text/csv",
                CsvFile.generated(3, "latin").line("Jöran Coördinator;joran@school.example;medewerker;2024-08-01")
                        .bytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        roundTrip();

        assertThat(dialog.fileMessage.isVisible()).isTrue();
        assertThat(dialog.fileMessage.getText()).startsWith("Het bestand is niet in UTF-8 opgeslagen.");
        assertThat(dialog.rows.isVisible()).isFalse();
        assertThat(dialog.importButton.isEnabled()).isFalse();
    }

    private List<String> names(Grid<StaffMember> grid) {
        var tester = test(grid);
        int column = tester.getColumnPosition("name");
        return IntStream.range(0, tester.size()).mapToObj(row -> tester.getCellText(row, column)).toList();
    }
}
