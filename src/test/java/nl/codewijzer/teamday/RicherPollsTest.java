package nl.codewijzer.teamday;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import nl.codewijzer.CodewijzerTest;
import nl.codewijzer.SignIn;
import nl.codewijzer.base.SchoolTime;
import nl.codewijzer.codetext.CodeTexts;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The richer team-day polls against the real database: a scale with its median, up to the minutes. */
@CodewijzerTest
class RicherPollsTest {

    @Autowired
    MeetingPlanning planning;

    @Autowired
    MeetingFlow meetingFlow;

    @Autowired
    MeetingPolls polls;

    @Autowired
    TeamMeetings meetings;

    @Autowired
    MeetingMinutes minutes;

    @Autowired
    CodeTexts codeTexts;

    @Autowired
    UserDetailsService users;

    @Test
    void a_scale_poll_runs_from_helemaal_oneens_to_helemaal_eens_and_its_median_reaches_the_minutes() throws Exception {
        SignIn.as(users, "coordinator@school.example");
        var code = codeTexts.createCode("Schaal " + System.nanoTime(), "gedragscode-sociale-media");
        var meeting = meetingFlow.start(planning.create(code.summary().codeId(), "Teamdag",
                LocalDate.now(SchoolTime.ZONE)).id());
        var poll = polls.open(meeting.id(), PollKind.SCHAAL, "Een schooltelefoon voor de mentor is nodig.",
                List.of("genegeerd"), true);
        assertThat(poll.options()).containsExactly("helemaal oneens", "oneens", "neutraal", "eens", "helemaal eens");

        SignIn.as(users, "docent@school.example");
        polls.vote(poll.id(), 3);
        assertThat(meetings.live(meeting.id()).poll().scale()).as("hidden until revealed").isEmpty();
        SignIn.as(users, "mr.lid@school.example");
        polls.vote(poll.id(), 4);
        SignIn.as(users, "coordinator@school.example");
        polls.vote(poll.id(), 1);
        polls.reveal(poll.id());
        polls.close(poll.id());

        SignIn.as(users, "docent@school.example");
        var revealed = meetings.live(meeting.id()).poll();
        assertThat(revealed.counts()).containsExactly(0, 1, 0, 1, 1);
        assertThat(revealed.scale().orElseThrow().medianText()).isEqualTo("4 (eens)");

        SignIn.as(users, "coordinator@school.example");
        var result = minutes.minutes(meeting.id()).items().stream().flatMap(item -> item.polls().stream())
                .filter(line -> line.kind() == PollKind.SCHAAL).findFirst().orElseThrow();
        assertThat(result.counts()).extracting(Minutes.OptionCount::votes).containsExactly(0, 1, 0, 1, 1);
        assertThat(result.median()).contains("4 (eens)");
        try (var pdf = Loader.loadPDF(minutes.minutesPdf(meeting.id(), Locale.of("nl")))) {
            var text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Schaal (1–5)").contains("Mediaan: 4 (eens)").contains("helemaal eens");
        }
    }
}
