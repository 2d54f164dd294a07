package nl.codewijzer.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.codewijzer.CodewijzerTest;
import nl.codewijzer.base.InvalidInput;
import nl.codewijzer.base.InvalidInput.Problem;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** The school's settings: anyone signed in reads them, only the beheerder changes them, within range. */
@CodewijzerTest
@Transactional
class SchoolSettingsTest {

    @Autowired
    SchoolSettings settings;

    @Test
    @WithUserDetails("beheerder@school.example")
    void the_beheerder_saves_all_settings_at_once() {
        var current = settings.current();

        var saved = settings.update(new Settings(current.version(), "  OBS De Linde  ", 30, VotingGeleding.HELE_MR, 60,
                MajorityRule.TWEE_DERDE_VAN_UITGEBRACHT, 36));

        assertThat(saved).isEqualTo(settings.current());
        assertThat(saved.schoolName()).isEqualTo("OBS De Linde");
        assertThat(saved.consentDeadlineDays()).isEqualTo(30);
        assertThat(saved.votingGeleding()).isEqualTo(VotingGeleding.HELE_MR);
        assertThat(saved.quorumPercent()).isEqualTo(60);
        assertThat(saved.majorityRule()).isEqualTo(MajorityRule.TWEE_DERDE_VAN_UITGEBRACHT);
        assertThat(saved.signatureRetentionMonths()).isEqualTo(36);
        assertThat(saved.version()).isGreaterThan(current.version());
    }

    @Test
    @WithUserDetails("beheerder@school.example")
    void values_out_of_range_are_refused_each_at_its_field_and_nothing_is_saved() {
        var current = settings.current();

        assertThatThrownBy(() -> settings.update(new Settings(current.version(), " ", 0, current.votingGeleding(), 101,
                current.majorityRule(), 121)))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.problems()).containsExactlyInAnyOrder(
                        new Problem("schoolName", "school.error.name.missing"),
                        new Problem("consentDeadlineDays", "school.error.range", 1, 365),
                        new Problem("quorumPercent", "school.error.range", 0, 100),
                        new Problem("signatureRetentionMonths", "school.error.range", 0, 120)));

        assertThat(settings.current()).isEqualTo(current);
    }

    @Test
    @WithUserDetails("beheerder@school.example")
    void the_edges_of_each_range_are_accepted_and_one_beyond_is_not() {
        var current = settings.current();
        var lowest = settings.update(new Settings(current.version(), "x".repeat(SchoolSettings.MAX_NAME_LENGTH), 1,
                current.votingGeleding(), 0, current.majorityRule(), 0));
        var highest = settings.update(new Settings(lowest.version(), "De Linde", 365, current.votingGeleding(), 100,
                current.majorityRule(), 120));
        assertThat(highest.consentDeadlineDays()).isEqualTo(365);

        assertThatThrownBy(() -> settings.update(new Settings(highest.version(), "x".repeat(SchoolSettings.MAX_NAME_LENGTH + 1),
                366, current.votingGeleding(), -1, current.majorityRule(), -1)))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.problems()).extracting(Problem::field)
                        .containsExactlyInAnyOrder("schoolName", "consentDeadlineDays", "quorumPercent", "signatureRetentionMonths"));
    }

    @Test
    @WithUserDetails("beheerder@school.example")
    void saving_over_a_change_made_meanwhile_is_refused_and_keeps_that_change() {
        var asOpened = settings.current();
        settings.update(new Settings(asOpened.version(), "Eerste wijziging", 42, asOpened.votingGeleding(), 50,
                asOpened.majorityRule(), 24));

        assertThatThrownBy(() -> settings.update(new Settings(asOpened.version(), "Tweede wijziging", 10,
                asOpened.votingGeleding(), 75, asOpened.majorityRule(), 12)))
                .isInstanceOf(OptimisticLockingFailureException.class);

        assertThat(settings.current().schoolName()).isEqualTo("Eerste wijziging");
        assertThat(settings.current().quorumPercent()).isEqualTo(50);
    }

    @Test
    @WithUserDetails("directeur@school.example")
    void the_schoolleiding_reads_the_settings_but_cannot_change_them() {
        var current = settings.current();
        assertThat(current.schoolName()).isEqualTo("De Linde (demo)");

        assertThatThrownBy(() -> settings.update(current.withSchoolName("Overgenomen")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(settings.current()).isEqualTo(current);
    }

    @Test
    @WithUserDetails("docent@school.example")
    void a_medewerker_cannot_change_the_settings() {
        var current = settings.current();

        assertThatThrownBy(() -> settings.update(current.withSchoolName("Overgenomen")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(settings.current().schoolName()).isEqualTo("De Linde (demo)");
    }

    @Test
    @WithAnonymousUser
    void an_anonymous_visitor_can_neither_read_nor_change_the_settings() {
        assertThatThrownBy(() -> settings.current()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> settings.update(new Settings(1, "Overgenomen", 42, VotingGeleding.PERSONEEL, 50,
                MajorityRule.MEER_VOOR_DAN_TEGEN, 24))).isInstanceOf(AccessDeniedException.class);
    }
}
