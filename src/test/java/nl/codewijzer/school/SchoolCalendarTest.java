package nl.codewijzer.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import nl.codewijzer.CodewijzerTest;
import nl.codewijzer.base.InvalidInput;
import nl.codewijzer.base.InvalidInput.Problem;
import nl.codewijzer.base.Translations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** The school's holidays: the beheerder records them, with Dutch messages for periods that cannot be. */
@CodewijzerTest
@Transactional
class SchoolCalendarTest {

    @Autowired
    SchoolCalendar calendar;
    @Autowired
    Translations translations;

    @Test
    @WithUserDetails("beheerder@school.example")
    void the_beheerder_records_holidays_and_the_working_days_skip_them() {
        var christmas = calendar.addHoliday("  kerstvakantie ", LocalDate.of(2031, 12, 20), LocalDate.of(2032, 1, 4));
        calendar.addHoliday("herfstvakantie", LocalDate.of(2031, 10, 18), LocalDate.of(2031, 10, 26));

        assertThat(christmas.name()).isEqualTo("kerstvakantie");
        assertThat(calendar.holidays()).extracting(SchoolHoliday::name).containsSubsequence("herfstvakantie",
                "kerstvakantie");
        assertThat(calendar.workingDays().from(LocalDate.of(2031, 12, 22))).isEqualTo(LocalDate.of(2032, 1, 5));

        calendar.removeHoliday(christmas.id());
        assertThat(calendar.workingDays().isWorkingDay(LocalDate.of(2031, 12, 22))).isTrue();
    }

    @Test
    @WithUserDetails("beheerder@school.example")
    void a_period_that_ends_before_it_starts_or_overlaps_another_is_refused_in_dutch_and_nothing_is_saved() {
        calendar.addHoliday("voorjaarsvakantie", LocalDate.of(2032, 2, 14), LocalDate.of(2032, 2, 22));
        var before = calendar.holidays();

        assertThatThrownBy(() -> calendar.addHoliday("meivakantie", LocalDate.of(2032, 5, 9), LocalDate.of(2032, 4, 24)))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> {
                    assertThat(invalid.problems()).containsExactly(new Problem("lastDay",
                            "school.holiday.error.ends-before-start", LocalDate.of(2032, 5, 9)));
                    assertThat(dutch(invalid.problems().getFirst()))
                            .isEqualTo("De laatste dag ligt vóór de eerste dag (9 mei 2032).");
                });
        assertThatThrownBy(() -> calendar.addHoliday("studiedag", LocalDate.of(2032, 2, 20), LocalDate.of(2032, 2, 24)))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(dutch(invalid.problems().getFirst()))
                        .isEqualTo("Deze periode overlapt met voorjaarsvakantie (14 februari 2032 tot en met 22 februari 2032)."));
        assertThatThrownBy(() -> calendar.addHoliday(" ", null, LocalDate.of(2033, 2, 24)))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.problems()).containsExactly(
                        new Problem("name", "school.holiday.error.name-missing"),
                        new Problem("firstDay", "school.holiday.error.day-missing")));
        assertThatThrownBy(() -> calendar.addHoliday("zomervakantie", LocalDate.of(2032, 7, 1), LocalDate.of(2033, 7, 1)))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(dutch(invalid.problems().getFirst()))
                        .isEqualTo("Een vakantie duurt hoogstens 92 dagen; kijk de data na."));

        assertThat(calendar.holidays()).isEqualTo(before);
    }

    @Test
    @WithUserDetails("beheerder@school.example")
    void the_yearly_reconfirmation_day_is_saved_or_refused_at_its_field_in_dutch_with_nothing_saved() {
        calendar.setReconfirmationDay(false, null, null);
        assertThat(calendar.reconfirmationDay()).isEmpty();

        assertThatThrownBy(() -> calendar.setReconfirmationDay(true, 31, Month.JUNE))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> {
                    assertThat(invalid.problems()).extracting(Problem::field).containsExactly("reconfirmDay");
                    assertThat(dutch(invalid.problems().getFirst()))
                            .isEqualTo("Die maand heeft 30 dagen: kies een dag van 1 tot en met 30.");
                });
        assertThatThrownBy(() -> calendar.setReconfirmationDay(true, 29, Month.FEBRUARY))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(dutch(invalid.problems().getFirst()))
                        .isEqualTo("29 februari is er niet elk jaar: kies 28 februari of 1 maart."));
        assertThatThrownBy(() -> calendar.setReconfirmationDay(true, 0, Month.AUGUST))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(dutch(invalid.problems().getFirst()))
                        .isEqualTo("Die maand heeft 31 dagen: kies een dag van 1 tot en met 31."));
        assertThatThrownBy(() -> calendar.setReconfirmationDay(true, null, null))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> {
                    assertThat(invalid.problems()).extracting(Problem::field).containsExactly("reconfirmMonth",
                            "reconfirmDay");
                    assertThat(invalid.problems()).extracting(this::dutch).containsExactly("Kies een maand.",
                            "Vul een dag in.");
                });
        assertThat(calendar.reconfirmationDay()).isEmpty();

        assertThat(calendar.setReconfirmationDay(true, 1, Month.AUGUST)).contains(MonthDay.of(8, 1));
        assertThat(calendar.reconfirmationDay()).contains(MonthDay.of(8, 1));
        calendar.setReconfirmationDay(false, 1, Month.AUGUST);
        assertThat(calendar.reconfirmationDay()).isEmpty();
    }

    @Test
    @WithUserDetails("coordinator@school.example")
    void only_the_beheerder_changes_the_yearly_reconfirmation_day() {
        assertThat(calendar.reconfirmationDay()).isNotNull();
        assertThatThrownBy(() -> calendar.setReconfirmationDay(true, 1, Month.AUGUST))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("coordinator@school.example")
    void only_the_beheerder_changes_the_holidays() {
        assertThat(calendar.holidays()).isNotNull();
        assertThatThrownBy(() -> calendar.addHoliday("zomervakantie", LocalDate.of(2032, 7, 10), LocalDate.of(2032, 8, 22)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> calendar.removeHoliday(1)).isInstanceOf(AccessDeniedException.class);
    }

    private String dutch(Problem problem) {
        return translations.getTranslation(problem.messageKey(), Translations.DUTCH, problem.args().toArray());
    }
}
