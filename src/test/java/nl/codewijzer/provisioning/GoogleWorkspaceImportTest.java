package nl.codewijzer.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import nl.codewijzer.CodewijzerTest;
import nl.codewijzer.base.InvalidInput;
import nl.codewijzer.base.Translations;
import nl.codewijzer.provisioning.GoogleWorkspaceImport.Action;
import nl.codewijzer.provisioning.GoogleWorkspaceImport.Line;
import nl.codewijzer.security.Role;
import nl.codewijzer.staff.StaffDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * A Google school's directory, brought in as the Admin console's user export: a dry run with a
 * Dutch message per line, then all or nothing, and the same file twice changes nothing the second
 * time. Each test rolls back, so the demo school stays as it was.
 */
@CodewijzerTest
@WithUserDetails("beheerder@school.example")
@Transactional
class GoogleWorkspaceImportTest {

    private static final Set<String> STAFF_UNITS = Set.of("/Personeel");

    @Autowired
    GoogleWorkspaceImport google;
    @Autowired
    StaffDirectory directory;
    @Autowired
    Translations translations;
    @Autowired
    JdbcTemplate jdbc;

    private static byte[] schoolExport() {
        return GoogleExport.users()
                .user("Bart", "de Vries", "docent@school.example", "/Personeel", "Active")
                .user("Lotte", "Mulder-de Jong", "Lotte.Mulder@school.example", "/Personeel/OOP", "Active")
                .user("Jan", "Meijer", "jan.meijer@school.example", "/Personeel", "Suspended")
                .user("Zoë", "van 't Hof", "zoe.vanthof@school.example", "/Personeel", "Active")
                .user("Oud", "Collega", "oud.collega@school.example", "/Personeel", "Suspended")
                .user("Sem", "Leerling", "sem@leerling.school.example", "/Leerlingen/Groep 8", "Active")
                .utf8();
    }

    @Test
    void the_dry_run_says_per_line_what_would_happen_and_saves_nothing() {
        int people = count();

        var plan = google.preview(schoolExport(), STAFF_UNITS);

        assertThat(plan.orgUnits()).containsEntry("/Personeel", 4).containsEntry("/Personeel/OOP", 1)
                .containsEntry("/Leerlingen/Groep 8", 1);
        assertThat(plan.lines()).extracting(Line::lineNumber, Line::action).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2L, Action.UNCHANGED), org.assertj.core.groups.Tuple.tuple(3L, Action.RENAME),
                org.assertj.core.groups.Tuple.tuple(4L, Action.LEAVE), org.assertj.core.groups.Tuple.tuple(5L, Action.ADD),
                org.assertj.core.groups.Tuple.tuple(6L, Action.SKIPPED));
        assertThat(messages(plan)).containsExactly(
                "Al bijgewerkt: er verandert niets.",
                "Naam wordt gewijzigd: „Lotte Mulder\" wordt „Lotte Mulder-de Jong\".",
                "Geschorst in Google: wordt uit dienst gemeld per vandaag.",
                "Nieuw: wordt toegevoegd als Medewerker en uitgenodigd.",
                "Geschorst in Google en niet bekend in Codewijzer: wordt niet toegevoegd.");
        assertThat(plan.applicable()).isTrue();
        assertThat(count()).isEqualTo(people);
        assertThat(directory.findByEmail("lotte.mulder@school.example").orElseThrow().fullName()).isEqualTo("Lotte Mulder");
    }

    @Test
    void applying_does_what_the_dry_run_showed_and_the_same_file_again_changes_nothing() {
        int people = count();

        var result = google.apply(schoolExport(), STAFF_UNITS);

        assertThat(result).isEqualTo(new GoogleWorkspaceImport.Result(1, 1, 1));
        assertThat(count()).isEqualTo(people + 1);
        var zoe = directory.findByEmail("zoe.vanthof@school.example").orElseThrow();
        assertThat(zoe.fullName()).isEqualTo("Zoë van 't Hof");
        assertThat(zoe.roles()).containsExactly(Role.MEDEWERKER);
        assertThat(zoe.active()).isTrue();
        assertThat(directory.findByEmail("lotte.mulder@school.example").orElseThrow().fullName())
                .isEqualTo("Lotte Mulder-de Jong");
        var jan = directory.findByEmail("jan.meijer@school.example").orElseThrow();
        assertThat(jan.active()).isFalse();
        assertThat(jan.endDate()).isEqualTo(LocalDate.now(nl.codewijzer.base.SchoolTime.ZONE)); // today at school
        assertThat(directory.findByEmail("sem@leerling.school.example")).isEmpty();
        assertThat(directory.findByEmail("oud.collega@school.example")).isEmpty();

        var again = google.preview(schoolExport(), STAFF_UNITS);
        assertThat(again.changes()).isZero();
        assertThat(again.applicable()).isFalse();
        assertThat(google.apply(schoolExport(), STAFF_UNITS)).isEqualTo(new GoogleWorkspaceImport.Result(0, 0, 0));
        assertThat(count()).isEqualTo(people + 1);
    }

    @Test
    void bad_lines_each_get_their_dutch_reason_and_nothing_is_applied() {
        int people = count();
        var file = GoogleExport.users()
                .user("Zoë", "van 't Hof", "zoe.vanthof@school.example", "/Personeel", "Active")
                .user("Kees", "Kapot", "kees.kapot(at)school.example", "/Personeel", "Active")
                .user("Zoë", "Dubbel", "ZOE.vanthof@school.example", "/Personeel", "Active")
                .user("Piet", "Raar", "piet.raar@school.example", "/Personeel", "Verhuisd")
                .user("Ingrid", "Bakker", "beheerder@school.example", "/Personeel", "Suspended")
                .utf8();

        var plan = google.preview(file, STAFF_UNITS);

        assertThat(plan.count(Action.ERROR)).isEqualTo(4);
        assertThat(messages(plan)).containsExactly(
                "Nieuw: wordt toegevoegd als Medewerker en uitgenodigd.",
                "„kees.kapot(at)school.example\" is geen geldig e-mailadres.",
                "Dit e-mailadres staat ook op regel 2.",
                "Onbekende status „Verhuisd\": verwacht Active of Suspended.",
                "Geschorst in Google, maar dit bent u zelf: u kunt uzelf niet uit dienst melden.");
        assertThat(plan.applicable()).isFalse();
        assertThatThrownBy(() -> google.apply(file, STAFF_UNITS)).isInstanceOfSatisfying(InvalidInput.class,
                invalid -> assertThat(message(invalid)).startsWith("Er is niets doorgevoerd: 4 regels hebben een fout."));
        assertThat(count()).isEqualTo(people);
    }

    @Test
    void a_file_that_is_not_googles_export_or_not_utf8_is_refused_in_dutch() {
        assertThatThrownBy(() -> google.preview("naam;e-mail;rollen;startdatum\nA;a@b.nl;medewerker;2026-08-01\n"
                .getBytes(StandardCharsets.UTF_8), STAFF_UNITS)).isInstanceOfSatisfying(InvalidInput.class,
                invalid -> assertThat(message(invalid)).startsWith(
                        "Dit is geen gebruikersexport van Google Workspace: de kolommen First Name, Last Name, Email Address ontbreken."));
        var latin1 = new String(GoogleExport.users().user("Zoë", "Hof", "zoe@school.example", "/Personeel", "Active").utf8(),
                StandardCharsets.UTF_8).getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> google.preview(latin1, STAFF_UNITS)).isInstanceOfSatisfying(InvalidInput.class,
                invalid -> assertThat(message(invalid)).startsWith("Het bestand is niet in UTF-8 opgeslagen."));
    }

    private java.util.List<String> messages(GoogleWorkspaceImport.Plan plan) {
        return plan.lines().stream().map(line -> translations.getTranslation(line.messageKey(), Translations.DUTCH, line.args().toArray())).toList();
    }

    private String message(InvalidInput invalid) {
        var problem = invalid.problems().getFirst();
        return translations.getTranslation(problem.messageKey(), Translations.DUTCH, problem.args().toArray());
    }

    private int count() {
        return java.util.Objects.requireNonNull(jdbc.queryForObject("select count(*) from person", Integer.class));
    }
}
