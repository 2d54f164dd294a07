package nl.codewijzer.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import nl.codewijzer.CodewijzerTest;
import nl.codewijzer.SignIn;
import nl.codewijzer.base.SchoolTime;
import nl.codewijzer.codetext.CodeTexts;
import nl.codewijzer.consent.ConsentSubmission;
import nl.codewijzer.consent.ConsentVoting;
import nl.codewijzer.consent.VoteChoice;
import nl.codewijzer.school.SchoolSettings;
import nl.codewijzer.school.Settings;
import nl.codewijzer.school.VotingGeleding;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A person's own data as one file: their profile, the parts other modules contribute (named
 * votes and comments, their rows of the audit trail), and nobody else's.
 */
@CodewijzerTest
class PersonalDataTest {

    static final String LID = "mr.lid@school.example";

    @Autowired
    PersonalData personalData;
    @Autowired
    List<PersonalDataSource> sources;
    @Autowired
    ConsentSubmission submission;
    @Autowired
    ConsentVoting consentVoting;
    @Autowired
    CodeTexts codeTexts;
    @Autowired
    SchoolSettings settings;
    @Autowired
    UserDetailsService users;
    @Autowired
    JsonMapper json;

    private JsonNode download() {
        return json.readTree(personalData.ownDataAsJson());
    }

    private long roundWithVote(String title, VoteChoice choice, String motivation) {
        SignIn.as(users, "directeur@school.example");
        var concept = codeTexts.createCode(title, "gedragscode-sociale-media");
        var round = submission.submit(concept.id(), "Afgesproken op de teamdag.", LocalDate.now(SchoolTime.ZONE).plusDays(14),
                VotingGeleding.PERSONEEL);
        SignIn.as(users, LID);
        consentVoting.vote(round.id(), choice, motivation);
        return round.id();
    }

    @Test
    void the_file_holds_the_profile_and_roles_in_utf8() {
        var me = SignIn.as(users, LID);

        var file = download();

        assertThat(file.get("format").asString()).isEqualTo("codewijzer-personal-data/1");
        var profile = file.get("profile");
        assertThat(profile.get("id").asLong()).isEqualTo(me.personId());
        assertThat(profile.get("fullName").asString()).isEqualTo("Ahmed Yılmaz");
        assertThat(profile.get("email").asString()).isEqualTo(LID);
        assertThat(profile.get("roles").values()).extracting(JsonNode::asString).containsExactly("MR_LID", "MEDEWERKER");
        assertThat(profile.get("mrGeleding").asString()).isEqualTo("PERSONEEL");
        assertThat(profile.get("startDate").asString()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(file.get("exportedAt").asString()).matches("\\d{4}-\\d{2}-\\d{2}T.*Z");
    }

    @Test
    void named_votes_and_comments_are_in_the_file_and_votes_kept_to_counts_are_not() {
        var title = "Persoonsgegevenstest " + System.nanoTime();
        var named = roundWithVote(title, VoteChoice.NIET_INSTEMMEN, "De avondregel is te ruim.");
        consentVoting.comment(named, "Bereikbaarheid", "Kan het tot 19:00 uur?");
        var original = settings.current();
        SignIn.as(users, "beheerder@school.example");
        var countsOnly = settings.update(new Settings(original.version(), original.schoolName(),
                original.consentDeadlineDays(), original.votingGeleding(), original.quorumPercent(),
                original.majorityRule(), original.signatureRetentionMonths(), false));
        long anonymous;
        try {
            anonymous = roundWithVote(title + " (anoniem)", VoteChoice.INSTEMMEN, null);
        } finally {
            SignIn.as(users, "beheerder@school.example");
            settings.update(new Settings(countsOnly.version(), original.schoolName(), original.consentDeadlineDays(),
                    original.votingGeleding(), original.quorumPercent(), original.majorityRule(),
                    original.signatureRetentionMonths(), original.votesByName()));
        }
        SignIn.as(users, LID);

        var consentPart = download().get("consent");

        var votes = consentPart.get("votes").values().stream().filter(vote -> vote.get("codeTitle").asString()
                .startsWith(title)).toList();
        assertThat(votes).singleElement().satisfies(vote -> {
            assertThat(vote.get("roundId").asLong()).isEqualTo(named);
            assertThat(vote.get("choice").asString()).isEqualTo("NIET_INSTEMMEN");
            assertThat(vote.get("motivation").asString()).isEqualTo("De avondregel is te ruim.");
        });
        assertThat(consentPart.get("votes").values()).noneMatch(vote -> vote.get("roundId").asLong() == anonymous);
        assertThat(consentPart.get("comments").values()).anySatisfy(comment -> {
            assertThat(comment.get("roundId").asLong()).isEqualTo(named);
            assertThat(comment.get("section").asString()).isEqualTo("Bereikbaarheid");
            assertThat(comment.get("body").asString()).isEqualTo("Kan het tot 19:00 uur?");
        });
    }

    @Test
    void the_audit_part_lists_the_persons_own_rows_and_the_download_itself_is_recorded() {
        var me = SignIn.as(users, "nieuw@school.example");

        var first = download().get("audit");
        var second = download().get("audit");

        // the demo school added this person at start-up
        assertThat(first.values()).anySatisfy(row -> {
            assertThat(row.get("action").asString()).isEqualTo("person.joined");
            assertThat(row.get("objectId").asString()).isEqualTo(Long.toString(me.personId()));
        });
        assertThat(second.values()).anySatisfy(row -> {
            assertThat(row.get("action").asString()).isEqualTo("personal-data.exported");
            assertThat(row.get("actor").asString()).isEqualTo("Noor Visser");
        });
    }

    @Test
    void no_module_hands_out_someone_elses_data() {
        var lid = SignIn.as(users, LID);
        SignIn.as(users, "docent@school.example");

        assertThat(sources).extracting(PersonalDataSource::section).contains("consent", "audit");
        for (var source : sources) {
            assertThatThrownBy(() -> source.dataFor(lid.personId())).as(source.section())
                    .isInstanceOf(AccessDeniedException.class);
        }
    }
}
