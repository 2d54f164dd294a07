package nl.codewijzer.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** What the consent round tells the audit trail. */
class ConsentAuditEventsTest {

    @Test
    void a_vote_in_a_round_that_names_votes_records_the_choice() {
        assertThat(new ConsentVoteCast(4, 9, VoteChoice.NIET_INSTEMMEN).auditDetails())
                .isEqualTo("version=9; choice=NIET_INSTEMMEN");
    }

    @Test
    void a_vote_in_a_round_kept_to_counts_records_only_that_the_member_voted() {
        var cast = new ConsentVoteCast(4, 9, null);

        assertThat(cast.auditDetails()).isEqualTo("version=9").doesNotContain("INSTEMMEN", "ONTHOUDEN");
        assertThat(cast.auditAction()).isEqualTo("consent.vote-cast");
        assertThat(cast.auditObjectId()).isEqualTo("4");
    }

    @Test
    void a_refusal_records_the_outcome_and_date_but_leaves_the_reasons_on_the_round() {
        var refused = new ConsentRefused(4, 2, 9, Outcome.GEEN_INSTEMMING, "Te vaag over de avonden.",
                LocalDate.of(2026, 6, 1));

        assertThat(refused.auditDetails()).isEqualTo("code=2; version=9; outcome=GEEN_INSTEMMING; decisionDate=2026-06-01");
    }
}
