package nl.codewijzer.consent;

import static nl.codewijzer.consent.Outcome.GEEN_INSTEMMING;
import static nl.codewijzer.consent.Outcome.INSTEMMING;
import static nl.codewijzer.school.MajorityRule.MEER_VOOR_DAN_TEGEN;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.codewijzer.school.MajorityRule;
import nl.codewijzer.school.VotingGeleding;
import nl.codewijzer.staff.MrGeleding;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The reglement's rules as a table: who may vote, the quorum, the majority rule, ties and abstentions. */
class OutcomeRulesTest {

    @ParameterizedTest(name = "{0} eligible, {1} for, {2} against, {3} abstain, quorum {4}%, {5} -> {6}")
    @CsvSource({
            // quorum not met: too few voted, whatever they voted
            "6, 2, 0, 0, 50, MEER_VOOR_DAN_TEGEN, QUORUM_NIET_GEHAALD",
            "3, 0, 0, 0, 0, MEER_VOOR_DAN_TEGEN, QUORUM_NIET_GEHAALD",
            "0, 0, 0, 0, 0, MEER_VOOR_DAN_TEGEN, QUORUM_NIET_GEHAALD",
            // quorum exactly met counts
            "6, 3, 0, 0, 50, MEER_VOOR_DAN_TEGEN, INSTEMMING",
            // abstentions count towards the quorum
            "6, 1, 0, 2, 50, MEER_VOOR_DAN_TEGEN, INSTEMMING",
            // a tie is no consent
            "4, 2, 2, 0, 50, MEER_VOOR_DAN_TEGEN, GEEN_INSTEMMING",
            "4, 2, 2, 0, 50, MEERDERHEID_VAN_UITGEBRACHT, GEEN_INSTEMMING",
            "3, 1, 1, 1, 50, MEER_VOOR_DAN_TEGEN, GEEN_INSTEMMING",
            // abstentions do not count under "more for than against", but do under the other rules
            "5, 2, 1, 2, 50, MEER_VOOR_DAN_TEGEN, INSTEMMING",
            "5, 2, 1, 2, 50, MEERDERHEID_VAN_UITGEBRACHT, GEEN_INSTEMMING",
            "5, 3, 1, 1, 50, MEERDERHEID_VAN_UITGEBRACHT, INSTEMMING",
            // two thirds of the votes cast
            "6, 4, 2, 0, 50, TWEE_DERDE_VAN_UITGEBRACHT, INSTEMMING",
            "6, 3, 2, 0, 50, TWEE_DERDE_VAN_UITGEBRACHT, GEEN_INSTEMMING",
            "6, 4, 1, 1, 50, TWEE_DERDE_VAN_UITGEBRACHT, INSTEMMING",
            "6, 3, 0, 2, 50, TWEE_DERDE_VAN_UITGEBRACHT, GEEN_INSTEMMING",
            // everyone abstains: no consent
            "3, 0, 0, 3, 50, MEER_VOOR_DAN_TEGEN, GEEN_INSTEMMING",
            // a full quorum
            "3, 2, 0, 0, 100, MEER_VOOR_DAN_TEGEN, QUORUM_NIET_GEHAALD",
            "3, 2, 1, 0, 100, MEER_VOOR_DAN_TEGEN, INSTEMMING"})
    void the_outcome_follows_the_reglement(int eligible, int yes, int no, int abstain, int quorum, MajorityRule rule,
            Outcome expected) {
        assertThat(OutcomeRules.decide(new Tally(eligible, yes, no, abstain), quorum, rule)).isEqualTo(expected);
    }

    private static final List<OutcomeRules.Seat> MR = List.of(
            new OutcomeRules.Seat(1, MrGeleding.PERSONEEL), new OutcomeRules.Seat(2, MrGeleding.PERSONEEL),
            new OutcomeRules.Seat(3, MrGeleding.PERSONEEL), new OutcomeRules.Seat(4, MrGeleding.OUDERS),
            new OutcomeRules.Seat(5, MrGeleding.OUDERS), new OutcomeRules.Seat(6, MrGeleding.OUDERS));

    /** The same votes decide differently when the whole MR votes rather than the personeelsgeleding. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "PERSONEEL, INSTEMMING, 3, 2",
            "HELE_MR, QUORUM_NIET_GEHAALD, 6, 2",
            "OUDERS, QUORUM_NIET_GEHAALD, 3, 0"})
    void only_the_voting_geleding_counts(VotingGeleding voting, Outcome expected, int eligible, int cast) {
        // two staff members consent; a parent's vote counts only when the whole MR or the parents vote
        var votes = Map.of(1L, VoteChoice.INSTEMMEN, 2L, VoteChoice.INSTEMMEN);
        var tally = OutcomeRules.tally(voting, MR, votes);
        assertThat(tally.eligible()).isEqualTo(eligible);
        assertThat(tally.cast()).isEqualTo(cast);
        assertThat(OutcomeRules.decide(tally, 50, MEER_VOOR_DAN_TEGEN)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"MEER_VOOR_DAN_TEGEN", "MEERDERHEID_VAN_UITGEBRACHT", "TWEE_DERDE_VAN_UITGEBRACHT"})
    void whole_mr_with_a_parent_against_is_decided_on_all_six(MajorityRule rule) {
        var votes = Map.of(1L, VoteChoice.INSTEMMEN, 2L, VoteChoice.INSTEMMEN, 3L, VoteChoice.INSTEMMEN,
                4L, VoteChoice.NIET_INSTEMMEN, 5L, VoteChoice.NIET_INSTEMMEN, 6L, VoteChoice.NIET_INSTEMMEN);
        assertThat(OutcomeRules.decide(OutcomeRules.tally(VotingGeleding.HELE_MR, MR, votes), 50, rule))
                .as("3 against 3 is a tie").isEqualTo(GEEN_INSTEMMING);
        assertThat(OutcomeRules.decide(OutcomeRules.tally(VotingGeleding.PERSONEEL, MR, votes), 50, rule))
                .as("the staff section alone consents").isEqualTo(INSTEMMING);
    }
}
