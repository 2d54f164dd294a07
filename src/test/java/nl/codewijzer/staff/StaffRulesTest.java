package nl.codewijzer.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import nl.codewijzer.CodewijzerTest;
import nl.codewijzer.SignIn;
import nl.codewijzer.base.InvalidInput;
import nl.codewijzer.base.InvalidInput.Problem;
import nl.codewijzer.base.SchoolTime;
import nl.codewijzer.security.Role;
import nl.codewijzer.staff.internal.PersonRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** The beheerder's changes to people: what is refused, at which field, and that nothing is saved then. */
@CodewijzerTest
@Transactional
@WithUserDetails("beheerder@school.example")
class StaffRulesTest {

    private static final LocalDate START = LocalDate.of(2024, 8, 1);

    @Autowired
    StaffService staff;
    @Autowired
    PersonRepository people;
    @Autowired
    UserDetailsService users;
    @Autowired
    AuthenticationConfiguration authenticationConfiguration;

    @Test
    void a_new_person_is_listed_with_a_normalised_email_and_name() {
        var added = staff.create(form("  Jöran   de Vries ", " Joran.de.Vries@School.Example ", Set.of(Role.MEDEWERKER)), null);

        assertThat(added.fullName()).isEqualTo("Jöran de Vries");
        assertThat(added.email()).isEqualTo("joran.de.vries@school.example");
        assertThat(added.active()).isTrue();
        assertThat(added.canLogIn()).isFalse();
        assertThat(staff.search(new StaffFilter("jöran", null, true))).containsExactly(added);
    }

    @Test
    void an_email_that_exists_in_another_case_is_refused_at_the_email_field_and_nothing_is_saved() {
        assertThatThrownBy(() -> staff.create(form("Bart de Vries", " DOCENT@School.Example", Set.of(Role.MEDEWERKER)), "tijdelijk-1234"))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.problems())
                        .containsExactly(new Problem("email", "staff.error.email.duplicate", "docent@school.example")));

        assertThat(people.count()).isEqualTo(28);
        assertThat(staff.search(new StaffFilter("Bart de Vries", null, null))).hasSize(1);
    }

    @Test
    void changing_someones_email_to_a_colleagues_is_refused_at_the_email_field() {
        var docent = member("docent@school.example");
        var changed = new PersonForm(docent.fullName(), "Nieuw@School.example", docent.roles(), docent.geleding(),
                docent.startDate(), null);

        assertThatThrownBy(() -> staff.update(docent.id(), docent.version(), changed))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.problems())
                        .containsExactly(new Problem("email", "staff.error.email.duplicate", "nieuw@school.example")));
        assertThat(staff.get(docent.id()).email()).isEqualTo("docent@school.example");
    }

    @Test
    void an_end_date_before_the_start_date_is_refused_at_the_end_date_field() {
        var form = new PersonForm("Eva Bos-Kok", "eva.boskok@school.example", Set.of(Role.MEDEWERKER), null, START,
                START.minusDays(1));

        assertThatThrownBy(() -> staff.create(form, null)).isInstanceOfSatisfying(InvalidInput.class, invalid ->
                assertThat(invalid.problems()).containsExactly(new Problem("endDate", "staff.error.end-before-start")));
        assertThat(people.findByEmail("eva.boskok@school.example")).isEmpty();
    }

    @Test
    void an_mr_member_needs_a_geleding() {
        var form = form("Kees Kramer", "kees@school.example", EnumSet.of(Role.MEDEWERKER, Role.MR_LID));

        assertThatThrownBy(() -> staff.create(form, null)).isInstanceOfSatisfying(InvalidInput.class, invalid ->
                assertThat(invalid.problems()).containsExactly(new Problem("geleding", "staff.error.geleding.missing")));
        assertThat(people.findByEmail("kees@school.example")).isEmpty();
    }

    @Test
    void a_member_of_the_oudergeleding_cannot_also_be_a_medewerker() {
        var form = new PersonForm("Kees Kramer", "kees@ouders.example", EnumSet.of(Role.MR_LID, Role.MEDEWERKER),
                MrGeleding.OUDERS, START, null);

        assertThatThrownBy(() -> staff.create(form, null)).isInstanceOfSatisfying(InvalidInput.class, invalid ->
                assertThat(invalid.problems()).containsExactly(new Problem("roles", "staff.error.geleding.parents-not-staff")));
        assertThat(people.findByEmail("kees@ouders.example")).isEmpty();
    }

    @Test
    void a_member_of_the_oudergeleding_without_staff_roles_is_accepted() {
        var added = staff.create(new PersonForm("Kees Kramer", "kees@ouders.example", EnumSet.of(Role.MR_LID),
                MrGeleding.OUDERS, START, null), null);

        assertThat(added.isStaff()).isFalse();
        assertThat(added.geleding()).isEqualTo(MrGeleding.OUDERS);
    }

    @Test
    void an_mr_chair_must_also_be_an_mr_member() {
        var form = form("Kees Kramer", "kees@school.example", EnumSet.of(Role.MEDEWERKER, Role.MR_VOORZITTER));

        assertThatThrownBy(() -> staff.create(form, null)).isInstanceOfSatisfying(InvalidInput.class, invalid ->
                assertThat(invalid.problems()).containsExactly(new Problem("roles", "staff.error.chair-not-member")));
    }

    @Test
    void every_problem_of_a_form_is_reported_at_once_with_its_field() {
        var form = new PersonForm(" ", "geen-adres", Set.of(), null, null, null);

        assertThatThrownBy(() -> staff.create(form, "kort")).isInstanceOfSatisfying(InvalidInput.class, invalid ->
                assertThat(invalid.problems()).extracting(Problem::field)
                        .containsExactlyInAnyOrder("fullName", "email", "startDate", "roles", "temporaryPassword"));
        assertThat(people.count()).isEqualTo(28);
    }

    @Test
    void a_leaver_is_kept_as_inactive_and_can_no_longer_log_in() throws Exception {
        var docent = member("docent@school.example");
        var today = LocalDate.now(SchoolTime.ZONE);

        var left = staff.deactivate(docent.id(), today);

        assertThat(left.active()).isFalse();
        assertThat(left.canLogIn()).isFalse();
        assertThat(left.endDate()).isEqualTo(today);
        assertThat(staff.search(new StaffFilter("docent@", null, true))).isEmpty();
        assertThat(staff.search(new StaffFilter("docent@", null, false))).extracting(StaffMember::id).containsExactly(docent.id());
        var login = authenticationConfiguration.getAuthenticationManager();
        assertThatThrownBy(() -> login.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated("docent@school.example", "demo")))
                .isInstanceOf(DisabledException.class);
    }

    @Test
    void a_leaver_needs_an_end_date_on_or_after_the_start_date() {
        var docent = member("docent@school.example");

        assertThatThrownBy(() -> staff.deactivate(docent.id(), docent.startDate().minusDays(1)))
                .isInstanceOfSatisfying(InvalidInput.class, invalid ->
                        assertThat(invalid.problems()).containsExactly(new Problem("endDate", "staff.error.end-before-start")));
        assertThatThrownBy(() -> staff.deactivate(docent.id(), null))
                .isInstanceOfSatisfying(InvalidInput.class, invalid ->
                        assertThat(invalid.problems()).containsExactly(new Problem("endDate", "staff.error.end.missing")));
        assertThat(staff.get(docent.id()).active()).isTrue();
    }

    @Test
    void a_reactivated_person_is_active_again_without_an_end_date() {
        var docent = member("docent@school.example");
        staff.deactivate(docent.id(), LocalDate.now(SchoolTime.ZONE));

        var back = staff.reactivate(docent.id());

        assertThat(back.active()).isTrue();
        assertThat(back.endDate()).isNull();
        assertThat(back.canLogIn()).isTrue();
    }

    @Test
    void the_beheerder_cannot_deactivate_themself() {
        var self = member("beheerder@school.example");

        assertThatThrownBy(() -> staff.deactivate(self.id(), LocalDate.now(SchoolTime.ZONE)))
                .isInstanceOfSatisfying(InvalidInput.class, invalid ->
                        assertThat(invalid.problems()).containsExactly(new Problem("endDate", "staff.error.deactivate-self")));
        assertThat(staff.get(self.id()).active()).isTrue();
    }

    @Test
    void the_last_active_beheerder_cannot_give_up_the_role() {
        var self = member("beheerder@school.example");
        var withoutBeheerder = new PersonForm(self.fullName(), self.email(), EnumSet.of(Role.MEDEWERKER), null,
                self.startDate(), null);

        assertThatThrownBy(() -> staff.update(self.id(), self.version(), withoutBeheerder))
                .isInstanceOfSatisfying(InvalidInput.class, invalid ->
                        assertThat(invalid.problems()).containsExactly(new Problem("roles", "staff.error.last-beheerder")));
        assertThat(staff.get(self.id()).roles()).contains(Role.BEHEERDER);
    }

    @Test
    void with_a_second_beheerder_the_first_may_give_up_the_role() {
        staff.create(form("Tweede Beheerder", "beheerder2@school.example", EnumSet.of(Role.BEHEERDER, Role.MEDEWERKER)), null);
        var self = member("beheerder@school.example");

        var changed = staff.update(self.id(), self.version(), new PersonForm(self.fullName(), self.email(),
                EnumSet.of(Role.MEDEWERKER), null, self.startDate(), null));

        assertThat(changed.roles()).containsExactly(Role.MEDEWERKER);
    }

    @Test
    void the_last_active_beheerder_cannot_be_deactivated_by_someone_whose_beheerder_role_was_just_taken_away() {
        var second = staff.create(form("Tweede Beheerder", "beheerder2@school.example",
                EnumSet.of(Role.BEHEERDER, Role.MEDEWERKER)), null);
        var secondsOpenSession = SignIn.as(users, "beheerder2@school.example");
        SignIn.as(users, "beheerder@school.example");
        staff.update(second.id(), second.version(), new PersonForm(second.fullName(), second.email(),
                EnumSet.of(Role.MEDEWERKER), null, second.startDate(), null));
        var lastBeheerder = member("beheerder@school.example");

        SignIn.as(secondsOpenSession);
        assertThatThrownBy(() -> staff.deactivate(lastBeheerder.id(), LocalDate.now(SchoolTime.ZONE)))
                .isInstanceOfSatisfying(InvalidInput.class, invalid ->
                        assertThat(invalid.problems()).containsExactly(new Problem("endDate", "staff.error.last-beheerder")));

        assertThat(staff.get(lastBeheerder.id()).active()).isTrue();
    }

    @Test
    void saving_over_a_change_made_meanwhile_is_refused_and_keeps_that_change() {
        var asOpened = member("docent@school.example");
        staff.update(asOpened.id(), asOpened.version(), new PersonForm("Bart de Vries-Jansen", asOpened.email(),
                asOpened.roles(), null, asOpened.startDate(), null));

        assertThatThrownBy(() -> staff.update(asOpened.id(), asOpened.version(), new PersonForm("Bart Oud",
                asOpened.email(), EnumSet.of(Role.MEDEWERKER, Role.COORDINATOR), null, asOpened.startDate(), null)))
                .isInstanceOf(OptimisticLockingFailureException.class);

        var now = staff.get(asOpened.id());
        assertThat(now.fullName()).isEqualTo("Bart de Vries-Jansen");
        assertThat(now.roles()).containsExactly(Role.MEDEWERKER);
        assertThat(now.version()).isGreaterThan(asOpened.version());
    }

    @Test
    void a_temporary_password_must_have_eight_characters() {
        var docent = member("docent@school.example");

        assertThatThrownBy(() -> staff.setTemporaryPassword(docent.id(), "kort123"))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.problems()).containsExactly(
                        new Problem("temporaryPassword", "staff.error.password.too-short", StaffService.TEMPORARY_PASSWORD_MINIMUM)));
    }

    private StaffMember member(String email) {
        return staff.get(people.findByEmail(email).orElseThrow().id());
    }

    private static PersonForm form(String name, String email, Set<Role> roles) {
        return new PersonForm(name, email, roles, null, START, null);
    }
}
