package nl.codewijzer.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;
import nl.codewijzer.CodewijzerTest;
import nl.codewijzer.base.SchoolTime;
import nl.codewijzer.staff.StaffService;
import nl.codewijzer.staff.internal.PersonRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * Logging in through the application's authentication manager, as the login form does. A failed
 * login must not tell a stranger whether an e-mail belongs to a (former) colleague.
 */
@CodewijzerTest
@Transactional
class LoginTest {

    @Autowired
    AuthenticationConfiguration authenticationConfiguration;
    @Autowired
    StaffService staff;
    @Autowired
    PersonRepository people;

    AuthenticationManager login;

    @BeforeEach
    void useTheApplicationsAuthenticationManager() throws Exception {
        login = authenticationConfiguration.getAuthenticationManager();
    }

    @Test
    void the_right_password_signs_the_person_in_with_their_roles_whatever_the_case_of_the_email() {
        var result = login.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(" Mr.Voorzitter@School.Example ", "demo"));

        assertThat(result.isAuthenticated()).isTrue();
        var user = (SignedInUser) result.getPrincipal();
        assertThat(user.fullName()).isEqualTo("Marloes de Wit");
        assertThat(user.roles()).containsExactlyInAnyOrder(Role.MEDEWERKER, Role.MR_LID, Role.MR_VOORZITTER);
        // Spring Security 7 adds a FACTOR_PASSWORD authority beside the roles.
        assertThat(result.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .filteredOn(authority -> authority.startsWith("ROLE_"))
                .containsExactlyInAnyOrder("ROLE_MEDEWERKER", "ROLE_MR_LID", "ROLE_MR_VOORZITTER");
        assertThat(user.mustChangePassword()).isFalse();
    }

    @Test
    void a_wrong_password_fails_the_same_way_whether_or_not_the_account_exists() {
        var existing = failedLogin("docent@school.example", "Demo");
        var unknown = failedLogin("onbekend@school.example", "Demo");

        assertThat(existing).isExactlyInstanceOf(BadCredentialsException.class);
        assertThat(unknown).isExactlyInstanceOf(existing.getClass()).hasMessage(existing.getMessage());
    }

    @Test
    @WithUserDetails("beheerder@school.example")
    void a_deactivated_person_with_the_right_password_is_told_the_account_is_deactivated() {
        deactivate("docent@school.example");

        assertThat(failedLogin("docent@school.example", "demo")).isInstanceOf(DisabledException.class);
    }

    @Test
    @WithUserDetails("beheerder@school.example")
    void a_deactivated_account_with_a_wrong_password_fails_like_any_wrong_password() {
        deactivate("docent@school.example");
        var unknown = failedLogin("onbekend@school.example", "raden");

        var deactivated = failedLogin("docent@school.example", "raden");

        assertThat(deactivated).isExactlyInstanceOf(BadCredentialsException.class)
                .isExactlyInstanceOf(unknown.getClass()).hasMessage(unknown.getMessage());
    }

    @Test
    @WithUserDetails("beheerder@school.example")
    void a_temporary_password_replaces_the_old_one_and_must_be_changed_after_login() {
        staff.setTemporaryPassword(people.findByEmail("docent@school.example").orElseThrow().id(), "tijdelijk-2026");

        assertThat(failedLogin("docent@school.example", "demo")).isInstanceOf(BadCredentialsException.class);
        Authentication result = login.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated("docent@school.example", "tijdelijk-2026"));
        assertThat(((SignedInUser) result.getPrincipal()).mustChangePassword()).isTrue();
    }

    private void deactivate(String email) {
        staff.deactivate(people.findByEmail(email).orElseThrow().id(), LocalDate.now(SchoolTime.ZONE));
    }

    private Throwable failedLogin(String email, String password) {
        var thrown = catchThrowable(() -> login.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, password)));
        assertThat(thrown).as("login of %s", email).isNotNull();
        return thrown;
    }
}
