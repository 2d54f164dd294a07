package nl.codewijzer.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.codewijzer.CodewijzerTest;
import nl.codewijzer.school.SchoolSettings;
import nl.codewijzer.security.Role;
import nl.codewijzer.security.SystemActor;
import nl.codewijzer.staff.MrGeleding;
import nl.codewijzer.staff.StaffFilter;
import nl.codewijzer.staff.StaffMember;
import nl.codewijzer.staff.StaffService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** The demo school "De Linde (demo)" as the shared test context created it at start. */
@CodewijzerTest
@Transactional
@WithUserDetails("beheerder@school.example")
class DemoSchoolTest {

    @Autowired
    DemoSchool demoSchool;
    @Autowired
    StaffService staff;
    @Autowired
    SchoolSettings settings;

    @Test
    void the_demo_school_has_28_people_and_its_name() {
        var everyone = staff.search(StaffFilter.ALL);

        assertThat(everyone).hasSize(28);
        assertThat(everyone).allSatisfy(member -> assertThat(member.active()).isTrue());
        assertThat(settings.current().schoolName()).isEqualTo("De Linde (demo)");
        assertThat(everyone).extracting(StaffMember::fullName).contains("Łukasz Nowak", "Ahmed Yılmaz");
        assertThat(everyone).filteredOn(member -> member.geleding() == MrGeleding.OUDERS).hasSize(3)
                .allSatisfy(parent -> assertThat(parent.isStaff()).isFalse());
    }

    @Test
    void every_listed_demo_login_can_log_in_and_nobody_else_can() {
        var everyone = staff.search(StaffFilter.ALL);

        assertThat(everyone).filteredOn(StaffMember::canLogIn).extracting(StaffMember::email)
                .containsExactlyInAnyOrderElementsOf(DemoSchool.LOGINS.stream().map(DemoSchool.DemoLogin::email).toList());
        assertThat(everyone).filteredOn(member -> member.roles().contains(Role.BEHEERDER)).extracting(StaffMember::email)
                .containsExactly("beheerder@school.example");
    }

    @Test
    void creating_the_demo_school_again_does_nothing() {
        var peopleBefore = staff.search(StaffFilter.ALL);
        var settingsBefore = settings.current();

        boolean created = SystemActor.runAs(demoSchool::createIfEmpty, Role.BEHEERDER);

        assertThat(created).isFalse();
        assertThat(staff.search(StaffFilter.ALL)).isEqualTo(peopleBefore);
        assertThat(settings.current()).isEqualTo(settingsBefore);
    }

    @Test
    void demo_emails_are_plain_ascii_made_from_the_names() {
        assertThat(List.of("Łukasz Nowak", "Esther van den Berg", "Els Mulder-Jansen").stream().map(DemoSchool::emailFor))
                .containsExactly("lukasz.nowak@school.example", "esther.van.den.berg@school.example",
                        "els.mulder.jansen@school.example");
    }
}
