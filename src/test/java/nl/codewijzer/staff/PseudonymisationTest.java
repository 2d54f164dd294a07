package nl.codewijzer.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;
import java.util.Set;
import nl.codewijzer.CodewijzerTest;
import nl.codewijzer.SignIn;
import nl.codewijzer.base.InvalidInput;
import nl.codewijzer.base.SchoolTime;
import nl.codewijzer.school.SchoolSettings;
import nl.codewijzer.security.Accounts;
import nl.codewijzer.security.Role;
import nl.codewijzer.security.SystemActor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.annotation.Transactional;

/**
 * The nightly job that pseudonymises leavers once the retention period after their end date has
 * passed: exactly the right people, on exactly the right day, once.
 */
@CodewijzerTest
@Transactional
@RecordApplicationEvents
class PseudonymisationTest {

    @Autowired
    Pseudonymisation pseudonymisation;
    @Autowired
    StaffService staff;
    @Autowired
    StaffDirectory directory;
    @Autowired
    SchoolSettings settings;
    @Autowired
    Accounts accounts;
    @Autowired
    UserDetailsService users;
    @Autowired
    ApplicationEvents events;

    LocalDate today = LocalDate.now(SchoolTime.ZONE);
    int retention;
    StaffMember longGone;
    StaffMember onTheBoundary;
    StaffMember recentlyLeft;
    StaffMember stillHere;

    @BeforeEach
    void leaversAndAColleague() {
        SignIn.as(users, "beheerder@school.example");
        retention = settings.current().signatureRetentionMonths();
        var cutoff = today.minusMonths(retention);
        longGone = leaver("Gerrit Langweg", "gerrit.langweg@school.example", cutoff.minusDays(1));
        onTheBoundary = leaver("Bea Grens", "bea.grens@school.example", cutoff);
        recentlyLeft = leaver("Rik Recent", "rik.recent@school.example", today.minusMonths(1));
        stillHere = staff.create(new PersonForm("Hanna Blijft", "hanna.blijft@school.example", Set.of(Role.MEDEWERKER),
                null, today.minusYears(10), null), "tijdelijk-wachtwoord");
    }

    private StaffMember leaver(String name, String email, LocalDate endDate) {
        var person = staff.create(new PersonForm(name, email, Set.of(Role.MEDEWERKER, Role.MR_LID), MrGeleding.PERSONEEL,
                today.minusYears(10), null), "tijdelijk-wachtwoord");
        return staff.deactivate(person.id(), endDate);
    }

    private java.util.List<Long> runOn(LocalDate day) {
        return SystemActor.runAs(() -> pseudonymisation.pseudonymiseLeavers(day));
    }

    private StaffMember reread(StaffMember member) {
        return directory.find(member.id()).orElseThrow();
    }

    @Test
    void a_leaver_past_the_retention_period_keeps_only_an_id_a_pseudonym_dates_and_roles() {
        var done = runOn(today);

        assertThat(done).contains(longGone.id()).doesNotContain(onTheBoundary.id(), recentlyLeft.id(), stillHere.id());
        var gone = reread(longGone);
        assertThat(gone.id()).isEqualTo(longGone.id());
        assertThat(gone.fullName()).isEqualTo("Oud-medewerker #" + longGone.id());
        assertThat(gone.email()).isEqualTo("oud-medewerker-" + longGone.id() + "@pseudoniem.invalid");
        assertThat(gone.active()).isFalse();
        assertThat(gone.canLogIn()).isFalse();
        assertThat(gone.startDate()).isEqualTo(longGone.startDate());
        assertThat(gone.endDate()).isEqualTo(longGone.endDate());
        assertThat(gone.roles()).isEqualTo(longGone.roles());
        assertThat(accounts.findByEmail("gerrit.langweg@school.example")).isEmpty();
        assertThat(accounts.findByEmail(gone.email()).orElseThrow().passwordHash()).isNull();
        assertThat(events.stream(PersonPseudonymised.class).filter(event -> event.personId() == longGone.id()))
                .singleElement().satisfies(event -> {
                    assertThat(event.endDate()).isEqualTo(longGone.endDate());
                    assertThat(event.auditDetails()).isEqualTo("endDate=" + longGone.endDate() + "; retentionMonths=" + retention);
                });
    }

    @Test
    void everyone_else_is_left_as_they_were() {
        runOn(today);

        assertThat(reread(onTheBoundary)).isEqualTo(onTheBoundary);
        assertThat(reread(recentlyLeft)).isEqualTo(recentlyLeft);
        assertThat(reread(stillHere)).isEqualTo(stillHere);
        assertThat(directory.find(stillHere.id()).orElseThrow().canLogIn()).isTrue();
    }

    @Test
    void the_boundary_case_goes_one_day_later() {
        runOn(today);

        var nextDay = runOn(today.plusDays(1));

        assertThat(nextDay).contains(onTheBoundary.id()).doesNotContain(longGone.id(), recentlyLeft.id());
        assertThat(reread(onTheBoundary).fullName()).isEqualTo("Oud-medewerker #" + onTheBoundary.id());
    }

    @Test
    void running_again_changes_nothing_and_announces_nothing() {
        runOn(today);
        var afterFirst = reread(longGone);
        long announced = events.stream(PersonPseudonymised.class).count();

        var second = runOn(today);

        assertThat(second).doesNotContain(longGone.id());
        assertThat(reread(longGone)).isEqualTo(afterFirst);
        assertThat(events.stream(PersonPseudonymised.class).count()).isEqualTo(announced);
    }

    @Test
    void the_retention_setting_decides_who_is_due() {
        var current = settings.current();
        settings.update(new nl.codewijzer.school.Settings(current.version(), current.schoolName(),
                current.consentDeadlineDays(), current.votingGeleding(), current.quorumPercent(), current.majorityRule(),
                0, current.votesByName()));

        assertThat(runOn(today)).contains(longGone.id(), onTheBoundary.id(), recentlyLeft.id())
                .doesNotContain(stillHere.id());
    }

    @Test
    void a_pseudonymised_record_cannot_be_edited_reactivated_or_given_a_password() {
        runOn(today);
        SignIn.as(users, "beheerder@school.example");
        var gone = reread(longGone);

        for (var attempt : java.util.List.<Runnable>of(
                () -> staff.update(gone.id(), gone.version(), new PersonForm("Gerrit Langweg", "gerrit@school.example",
                        gone.roles(), gone.geleding(), gone.startDate(), gone.endDate())),
                () -> staff.reactivate(gone.id()),
                () -> staff.setTemporaryPassword(gone.id(), "nieuw-wachtwoord"))) {
            assertThat(catchThrowable(attempt::run)).isInstanceOfSatisfying(InvalidInput.class,
                    invalid -> assertThat(invalid.problems()).extracting(InvalidInput.Problem::messageKey)
                            .containsExactly("staff.error.pseudonymised"));
        }
        assertThat(reread(longGone)).isEqualTo(gone);
    }

    @Test
    void only_the_system_runs_it() {
        SignIn.as(users, "beheerder@school.example");

        assertThatThrownBy(() -> pseudonymisation.pseudonymiseLeavers(today)).isInstanceOf(AccessDeniedException.class);
        assertThat(reread(longGone)).isEqualTo(longGone);
    }
}
