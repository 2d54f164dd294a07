package nl.codewijzer.staff.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import java.util.stream.IntStream;
import nl.codewijzer.CodewijzerTest;
import nl.codewijzer.staff.CsvFile;
import nl.codewijzer.staff.StaffDirectory;
import nl.codewijzer.staff.StaffService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** The staff list hands the beheerder the invitation links of people added without a password. */
@CodewijzerTest
@WithUserDetails("beheerder@school.example")
@Transactional
class StaffAdminInvitationsTest extends SpringBrowserlessTest {

    @Autowired
    StaffService staff;

    @Autowired
    StaffDirectory directory;

    @Autowired
    UserDetailsService users;

    @Autowired
    PasswordEncoder passwords;

    @Test
    void after_adding_a_colleague_without_a_password_the_link_is_shown_for_copying() {
        var view = navigate(StaffAdminView.class);
        test(view.add).click();
        var dialog = $(PersonDialog.class).single();
        test(dialog.fullName).setValue("Jöran Öztürk");
        test(dialog.email).setValue("joran.ozturk@school.example");
        test(dialog.save).click();

        var links = $(InvitationLinksDialog.class).single();
        assertThat(links.isOpened()).isTrue();
        assertThat(links.getHeaderTitle()).isEqualTo("Uitnodiging");
        assertThat(links.link.getValue()).matches("http://localhost:8080/uitnodiging/[A-Za-z0-9_-]{43}");
        assertThat(links.link.isReadOnly()).isTrue();
        assertThat(links.copy.getText()).isEqualTo("Kopiëren");
        assertThat(links.mailNote.getText()).startsWith("Er is geen mailserver ingesteld");
    }

    @Test
    void a_colleague_given_a_temporary_password_gets_no_link() {
        var view = navigate(StaffAdminView.class);
        test(view.add).click();
        var dialog = $(PersonDialog.class).single();
        test(dialog.fullName).setValue("Hanna Scholten");
        test(dialog.email).setValue("hanna.scholten@school.example");
        test(dialog.temporaryPassword).setValue("Welkom2026");
        test(dialog.save).click();

        assertThat($(InvitationLinksDialog.class).all()).isEmpty();
        assertThat(directory.findByEmail("hanna.scholten@school.example")).as("saved, with her password")
                .hasValueSatisfying(saved -> {
                    assertThat(saved.fullName()).isEqualTo("Hanna Scholten");
                    assertThat(saved.active()).isTrue();
                    assertThat(saved.canLogIn()).isTrue();
                });
        assertThat(passwords.matches("Welkom2026", users.loadUserByUsername("hanna.scholten@school.example").getPassword()))
                .as("she logs in with the temporary password").isTrue();
        test(view.search).setValue("scholten");
        var grid = test(view.grid);
        assertThat(grid.size()).isEqualTo(1);
        assertThat(grid.getCellComponent(0, grid.getColumnPosition("invitation"))).as("and needs no invitation")
                .isNotInstanceOf(Button.class);
    }

    @Test
    void after_a_csv_import_every_imported_person_has_a_link_and_all_can_be_copied_at_once() {
        var view = navigate(StaffAdminView.class);
        // what the import dialog does once its background import is done, here in the test's transaction
        staff.importAll(staff.previewImport(CsvFile.generated(12, "uitgenodigd").utf8()), done -> { });
        view.afterChange();

        var links = $(InvitationLinksDialog.class).single();
        assertThat(links.getHeaderTitle()).isEqualTo("12 uitnodigingen");
        assertThat(test(links.links).size()).isEqualTo(12);
        assertThat(test(links.links).getCellText(0, 2)).startsWith("http://localhost:8080/uitnodiging/");
        assertThat(links.copy.getText()).isEqualTo("Alle links kopiëren (naam;e-mail;link)");
        assertThat(view.count.getText()).isEqualTo("40 personen");
    }

    @Test
    void a_colleague_who_cannot_log_in_yet_gets_a_new_invitation_from_the_list() {
        var view = navigate(StaffAdminView.class);
        test(view.search).setValue("nowak");
        var grid = test(view.grid);
        int column = grid.getColumnPosition("invitation");
        var renew = (Button) grid.getCellComponent(0, column);
        assertThat(renew.getText()).isEqualTo("Nieuwe uitnodiging");

        test(renew).click();

        var links = $(InvitationLinksDialog.class).single();
        assertThat(links.link.getValue()).startsWith("http://localhost:8080/uitnodiging/");
    }

    @Test
    void someone_who_can_log_in_has_no_invitation_button() {
        var view = navigate(StaffAdminView.class);
        test(view.search).setValue("docent@school.example");
        var grid = test(view.grid);

        var cell = grid.getCellComponent(0, grid.getColumnPosition("invitation"));

        assertThat(cell).isNotInstanceOf(Button.class);
        assertThat(IntStream.range(0, 1).mapToObj(row -> grid.getCellText(row, grid.getColumnPosition("email"))))
                .containsExactly("docent@school.example");
    }
}
