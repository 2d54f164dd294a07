package nl.codewijzer.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.codewijzer.CodewijzerTest;
import nl.codewijzer.base.SchoolTime;
import nl.codewijzer.signing.SigningCampaigns;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The demo school's signing of version 1, three weeks after its adoption. */
@CodewijzerTest
@WithUserDetails("coordinator@school.example")
class DemoSignaturesTest {

    @Autowired
    SigningCampaigns campaigns;

    @Test
    void most_staff_signed_in_the_past_weeks_a_few_are_outstanding_and_one_is_overdue() {
        var demo = campaigns.activeCampaigns().stream().filter(c -> c.codeTitle().equals(DemoCode.TITLE)).findFirst()
                .orElseThrow();
        var today = LocalDate.now(SchoolTime.ZONE);

        var overview = campaigns.overview(demo.versionId());

        assertThat(demo.versionNumber()).isEqualTo(1);
        assertThat(LocalDate.ofInstant(demo.adoptedAt(), SchoolTime.ZONE)).isEqualTo(today.minusDays(21));
        assertThat(demo.consentDate()).isBefore(LocalDate.ofInstant(demo.adoptedAt(), SchoolTime.ZONE));
        assertThat(demo.asked()).isEqualTo(25);
        assertThat(demo.signed()).isEqualTo(21);
        assertThat(overview.outstanding()).extracting(line -> line.name())
                .containsExactly("Bart de Vries", "Yara de Jong", "Sem Verhoeven", "Noor Visser");
        assertThat(overview.outstanding()).filteredOn(line -> line.overdue()).singleElement().satisfies(late -> {
            assertThat(late.name()).isEqualTo("Bart de Vries");
            assertThat(late.dueDate()).isEqualTo(today.minusDays(7));
            assertThat(late.lastReminded()).isEqualTo(today.minusDays(5));
        });
        assertThat(overview.signed()).allSatisfy(signed -> {
            var day = LocalDate.ofInstant(signed.signedAt(), SchoolTime.ZONE);
            assertThat(day).isBetween(today.minusDays(21), today.minusDays(1));
            assertThat(signed.signedAt()).isAfter(demo.adoptedAt());
        });
        assertThat(overview.signed().stream().map(signed -> LocalDate.ofInstant(signed.signedAt(), SchoolTime.ZONE))
                .distinct()).as("spread over several days").hasSizeGreaterThanOrEqualTo(4);
    }
}
