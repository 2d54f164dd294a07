package nl.codewijzer.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import nl.codewijzer.CodewijzerTest;
import nl.codewijzer.home.ui.HomeView;
import nl.codewijzer.school.ui.SchoolSettingsView;
import nl.codewijzer.security.ui.LoginView;
import nl.codewijzer.staff.ui.StaffAdminView;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;

/** What each demo login finds in the side navigation, and what happens when they go where they may not. */
@CodewijzerTest
class NavigationTest extends SpringBrowserlessTest {

    /** Staff without a say in the MR round: they read the code and their notifications. */
    private static final List<String> STAFF = List.of("Start", "Gedragscode", "Feedback geven", "Mijn ondertekening", "Meldingen",
            "Mijn gegevens");
    /** Who reviews the code in the MR also sees the consent rounds. */
    private static final List<String> CODE_AND_MR = List.of("Start", "Gedragscode", "Feedback geven", "Mijn ondertekening", "MR-instemming",
            "Meldingen", "Mijn gegevens");
    /** Who writes the code, runs the team day and follows the signing: the coördinator and the schoolleiding. */
    private static final List<String> CODE_TEAMDAY_AND_MR = List.of("Start", "Gedragscode", "Feedback geven", "Mijn ondertekening",
            "Teamdag", "Herziening", "Openbare pagina", "MR-instemming", "Ondertekening", "Begripscheck", "Vragen bij ondertekening", "Herbevestiging",
            "Meldingen",
            "Mijn gegevens");
    private static final List<String> BEHEERDER = List.of("Start", "Gedragscode", "Feedback geven", "Mijn ondertekening", "Personeel",
            "Personeelskoppeling", "Schoolinstellingen", "Uitgaande e-mail", "Logboek", "Back-ups", "Meldingen", "Mijn gegevens");

    @Test
    @WithUserDetails("beheerder@school.example")
    void the_beheerder_sees_staff_the_directory_link_settings_outgoing_mail_the_audit_log_and_what_everyone_sees() {
        assertThat(navigationOnTheStartPage()).isEqualTo(BEHEERDER);
    }

    @Test
    @WithUserDetails("coordinator@school.example")
    void the_coordinator_sees_the_code_the_team_day_the_mr_rounds_meldingen_and_mijn_gegevens() {
        assertThat(navigationOnTheStartPage()).isEqualTo(CODE_TEAMDAY_AND_MR);
    }

    @Test
    @WithUserDetails("directeur@school.example")
    void the_directeur_sees_the_code_the_team_day_the_mr_rounds_meldingen_and_mijn_gegevens() {
        assertThat(navigationOnTheStartPage()).isEqualTo(CODE_TEAMDAY_AND_MR);
    }

    @Test
    @WithUserDetails("mr.voorzitter@school.example")
    void the_mr_voorzitter_sees_the_code_the_mr_rounds_meldingen_and_mijn_gegevens() {
        assertThat(navigationOnTheStartPage()).isEqualTo(CODE_AND_MR);
    }

    @Test
    @WithUserDetails("mr.lid@school.example")
    void the_mr_lid_sees_the_code_the_mr_rounds_meldingen_and_mijn_gegevens() {
        assertThat(navigationOnTheStartPage()).isEqualTo(CODE_AND_MR);
    }

    @Test
    @WithUserDetails("docent@school.example")
    void the_docent_sees_the_code_meldingen_and_mijn_gegevens() {
        assertThat(navigationOnTheStartPage()).isEqualTo(STAFF);
    }

    @Test
    @WithUserDetails("nieuw@school.example")
    void the_new_colleague_sees_the_code_meldingen_and_mijn_gegevens() {
        assertThat(navigationOnTheStartPage()).isEqualTo(STAFF);
    }

    @Test
    @WithUserDetails("beheerder@school.example")
    void the_navigation_items_lead_to_their_pages() {
        navigate(HomeView.class);

        assertThat(navigation().getItems()).extracting(SideNavItem::getPath)
                .containsExactly("", "gedragscode", "feedback", "ondertekenen", "beheer/personeel", "beheer/personeelskoppeling", "beheer/school", "uitgaande-email", "audit",
                        "beheer/backups", "meldingen", "mijn-gegevens");
    }

    @Test
    @WithUserDetails("docent@school.example")
    void the_start_page_greets_the_person_by_name_with_the_school_and_roles() {
        navigate(HomeView.class);

        assertThat(test($(H1.class).single()).getText()).isEqualTo("Welkom, Bart de Vries");
        assertThat($(Paragraph.class).all()).extracting(paragraph -> paragraph.getElement().getTextRecursively())
                .contains("School: De Linde (demo)", "Uw rollen: Medewerker");
    }

    @Test
    @WithUserDetails("docent@school.example")
    void a_medewerker_opening_the_staff_list_sees_geen_toegang_and_no_staff() {
        navigate("beheer/personeel", AccessDeniedView.class);

        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
        assertThat(test($(H1.class).single()).getText()).isEqualTo("Geen toegang");
        assertThat($(Grid.class).exists()).isFalse();
    }

    @Test
    @WithUserDetails("directeur@school.example")
    void the_schoolleiding_opening_the_school_settings_sees_geen_toegang() {
        navigate("beheer/school", AccessDeniedView.class);

        assertThat(test($(H1.class).single()).getText()).isEqualTo("Geen toegang");
        assertThat($(SchoolSettingsView.class).exists()).isFalse();
    }

    @Test
    @WithAnonymousUser
    void an_anonymous_visitor_opening_the_staff_list_is_sent_to_the_login_page() {
        navigate("beheer/personeel", LoginView.class);

        assertThat($(StaffAdminView.class).exists()).isFalse();
    }

    private List<String> navigationOnTheStartPage() {
        navigate(HomeView.class);
        return navigation().getItems().stream().map(SideNavItem::getLabel).toList();
    }

    private SideNav navigation() {
        return $(SideNav.class).id(MainLayout.NAVIGATION_ID);
    }
}
