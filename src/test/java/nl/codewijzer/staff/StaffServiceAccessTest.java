package nl.codewijzer.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.IntConsumer;
import nl.codewijzer.CodewijzerTest;
import nl.codewijzer.SignIn;
import nl.codewijzer.base.SchoolTime;
import nl.codewijzer.security.Role;
import nl.codewijzer.staff.internal.PersonRepository;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** The staff administration checks the caller's role itself, whoever calls it and however. */
@CodewijzerTest
@Transactional
class StaffServiceAccessTest {

    private static final byte[] ONE_PERSON_CSV = CsvFile.generated(1, "access").utf8();

    @Autowired
    StaffService staff;
    @Autowired
    PersonRepository people;
    @Autowired
    UserDetailsService users;

    @ParameterizedTest
    @ValueSource(strings = {"coordinator@school.example", "directeur@school.example", "mr.voorzitter@school.example",
            "mr.lid@school.example", "docent@school.example", "nieuw@school.example"})
    void everyone_but_the_beheerder_is_refused_every_staff_administration_call(String email) {
        SignIn.as(users, email);
        var docentBefore = people.findByEmail("docent@school.example").orElseThrow().toStaffMember();

        for (var method : staffServiceMethods()) {
            assertThat(callAndCatch(method)).as("%s calling %s", email, method.getName())
                    .isInstanceOf(AccessDeniedException.class);
        }

        assertThat(people.count()).isEqualTo(28);
        assertThat(people.findByEmail("docent@school.example").orElseThrow().toStaffMember()).isEqualTo(docentBefore);
    }

    @Test
    @WithUserDetails("docent@school.example")
    void a_medewerker_cannot_add_a_person_and_nothing_is_saved() {
        assertThatThrownBy(() -> staff.create(newColleague(), "tijdelijk-1234")).isInstanceOf(AccessDeniedException.class);

        assertThat(people.findByEmail("nieuwe.collega@school.example")).isEmpty();
    }

    @Test
    @WithAnonymousUser
    void an_anonymous_visitor_is_refused() {
        for (var method : staffServiceMethods()) {
            assertThat(callAndCatch(method)).as("anonymous calling %s", method.getName())
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(people.count()).isEqualTo(28);
    }

    @Test
    void a_call_without_any_sign_in_is_refused() {
        for (var method : staffServiceMethods()) {
            assertThat(callAndCatch(method)).as("calling %s without authentication", method.getName())
                    .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        }
        assertThat(people.findByEmail("nieuwe.collega@school.example")).isEmpty();
    }

    @Test
    @WithUserDetails("beheerder@school.example")
    void the_beheerder_may_use_the_staff_administration() {
        var added = staff.create(newColleague(), null);

        assertThat(staff.search(StaffFilter.ALL)).hasSize(29).contains(added);
        assertThat(new String(staff.exportCsv(), java.nio.charset.StandardCharsets.UTF_8)).contains("Nieuwe Collega");
    }

    /** Every public method of the service, so a method added later without a check is caught too. */
    private static List<Method> staffServiceMethods() {
        var methods = Arrays.stream(StaffService.class.getDeclaredMethods())
                .filter(method -> Modifier.isPublic(method.getModifiers()) && !method.isSynthetic())
                .toList();
        assertThat(methods).extracting(Method::getName).contains("search", "create", "update", "deactivate",
                "reactivate", "setTemporaryPassword", "previewImport", "importAll", "exportCsv");
        return methods;
    }

    private Throwable callAndCatch(Method method) {
        var args = Arrays.stream(method.getParameterTypes()).map(this::argumentOf).toArray();
        var thrown = catchThrowable(() -> method.invoke(staff, args));
        return thrown instanceof InvocationTargetException invocation ? invocation.getCause() : thrown;
    }

    private Object argumentOf(Class<?> type) {
        long docent = people.findByEmail("docent@school.example").orElseThrow().id();
        if (type == long.class) {
            return docent;
        }
        if (type == PersonForm.class) {
            return newColleague();
        }
        if (type == String.class) {
            return "tijdelijk-1234";
        }
        if (type == LocalDate.class) {
            return LocalDate.now(SchoolTime.ZONE);
        }
        if (type == StaffFilter.class) {
            return StaffFilter.ALL;
        }
        if (type == byte[].class) {
            return ONE_PERSON_CSV;
        }
        if (type == ImportPreview.class) {
            return nl.codewijzer.staff.internal.StaffCsv.read(ONE_PERSON_CSV, List.of());
        }
        if (type == IntConsumer.class) {
            return (IntConsumer) done -> { };
        }
        throw new IllegalArgumentException("No test argument for " + type);
    }

    private static PersonForm newColleague() {
        return new PersonForm("Nieuwe Collega", "nieuwe.collega@school.example", Set.of(Role.MEDEWERKER), null,
                LocalDate.now(SchoolTime.ZONE), null);
    }
}
