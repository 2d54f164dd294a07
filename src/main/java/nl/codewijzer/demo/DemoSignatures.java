package nl.codewijzer.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Set;
import nl.codewijzer.base.SchoolTime;
import nl.codewijzer.codetext.CodeTexts;
import nl.codewijzer.signing.SigningSeeding;
import nl.codewijzer.staff.StaffDirectory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The signing of the demo code's version 1, as it would stand three weeks after its adoption: most
 * of the staff signed in the first days (a few stragglers later), Bart de Vries (the demo teacher)
 * is a week overdue and had a reminder, and the two teachers who started since, like the new hire
 * who starts next month, have until two weeks after their start.
 *
 * <p>The code text's own dates (saved, adopted) are those of the moment the demo was created: the
 * code module has no way to write history, and the signing campaign keeps its own adoption date.
 */
@Component
@ConditionalOnProperty(name = "codewijzer.demo.enabled", havingValue = "true")
class DemoSignatures {

    static final int DAYS_SINCE_ADOPTION = 21;
    static final Set<String> OUTSTANDING = Set.of("docent@school.example", "nieuw@school.example");
    static final String OVERDUE = "docent@school.example";

    private final SigningSeeding seeding;
    private final CodeTexts codeTexts;
    private final StaffDirectory staff;
    private final Clock clock;

    DemoSignatures(SigningSeeding seeding, CodeTexts codeTexts, StaffDirectory staff, Clock clock) {
        this.seeding = seeding;
        this.codeTexts = codeTexts;
        this.staff = staff;
        this.clock = clock;
    }

    void create() {
        var code = codeTexts.codes().stream().filter(summary -> summary.title().equals(DemoCode.TITLE)).findFirst()
                .orElseThrow();
        var active = java.util.Objects.requireNonNull(code.active(), "the demo code's version 1 is adopted");
        var today = LocalDate.now(clock.withZone(SchoolTime.ZONE));
        var adoptionDay = today.minusDays(DAYS_SINCE_ADOPTION);
        var adoptedAt = adoptionDay.atTime(16, 30).atZone(SchoolTime.ZONE).toInstant();
        var seeds = new ArrayList<SigningSeeding.Seed>();
        var people = staff.activeStaff().stream().sorted(java.util.Comparator.comparing(member -> member.id())).toList();
        for (int i = 0; i < people.size(); i++) {
            var member = people.get(i);
            var startedLater = member.startDate().isAfter(adoptionDay);
            if (OUTSTANDING.contains(member.email()) || startedLater) {
                seeds.add(new SigningSeeding.Seed(member.id(), null,
                        member.email().equals(OVERDUE) ? today.minusDays(5) : null));
                continue;
            }
            // most sign within three days, a few take a week or more; times during the school day and evening
            int day = i % 5 == 4 ? 6 + i % 7 : i % 3;
            var time = LocalTime.of(7 + (i * 5) % 14, (i * 17) % 60);
            var signedAt = adoptionDay.plusDays(day).atTime(time).atZone(SchoolTime.ZONE).toInstant();
            if (!signedAt.isAfter(adoptedAt)) {
                signedAt = adoptedAt.plusSeconds(1800L + i * 420L); // the evening of the adoption day
            }
            seeds.add(new SigningSeeding.Seed(member.id(), signedAt, null));
        }
        seeding.pastCampaign(active.id(), adoptedAt, adoptionDay.minusDays(9), seeds);
    }
}
