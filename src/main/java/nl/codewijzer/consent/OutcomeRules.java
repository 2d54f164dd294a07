package nl.codewijzer.consent;

import java.util.Map;
import java.util.Collection;
import nl.codewijzer.school.MajorityRule;
import nl.codewijzer.school.VotingGeleding;
import nl.codewijzer.staff.MrGeleding;
import org.jspecify.annotations.Nullable;

/**
 * Turns votes into an outcome by the school's MR reglement. Pure functions, so the rules can be
 * tested as a table. The quorum is the share of the voting geleding that must have voted (any
 * vote, abstentions included); without it there is no consent. A tie is never consent.
 */
public final class OutcomeRules {

    private OutcomeRules() {
    }

    /** A member of the MR as far as voting matters: who, and in which geleding. */
    public record Seat(long personId, @Nullable MrGeleding geleding) {
    }

    /** Whether a member of this geleding votes in a round put to {@code voting}. */
    public static boolean votesIn(VotingGeleding voting, @Nullable MrGeleding geleding) {
        return switch (voting) {
            case HELE_MR -> true;
            case PERSONEEL -> geleding == MrGeleding.PERSONEEL;
            case OUDERS -> geleding == MrGeleding.OUDERS;
            case LEERLINGEN -> geleding == MrGeleding.LEERLINGEN;
        };
    }

    /** Counts the votes of the members who vote in this round; votes of others do not count. */
    public static Tally tally(VotingGeleding voting, Collection<Seat> members, Map<Long, VoteChoice> votes) {
        int eligible = 0;
        int yes = 0;
        int no = 0;
        int abstain = 0;
        for (var seat : members) {
            if (!votesIn(voting, seat.geleding())) {
                continue;
            }
            eligible++;
            var vote = votes.get(seat.personId());
            if (vote == null) {
                continue;
            }
            switch (vote) {
                case INSTEMMEN -> yes++;
                case NIET_INSTEMMEN -> no++;
                case ONTHOUDEN -> abstain++;
            }
        }
        return new Tally(eligible, yes, no, abstain);
    }

    public static boolean quorumMet(Tally tally, int quorumPercent) {
        if (tally.eligible() == 0) {
            return false;
        }
        return tally.cast() * 100L >= (long) quorumPercent * tally.eligible() && tally.cast() > 0;
    }

    public static Outcome decide(Tally tally, int quorumPercent, MajorityRule rule) {
        if (!quorumMet(tally, quorumPercent)) {
            return Outcome.QUORUM_NIET_GEHAALD;
        }
        int yes = tally.instemmen();
        boolean consent = switch (rule) {
            case MEER_VOOR_DAN_TEGEN -> yes > tally.nietInstemmen();
            case MEERDERHEID_VAN_UITGEBRACHT -> yes * 2 > tally.cast();
            case TWEE_DERDE_VAN_UITGEBRACHT -> yes * 3 >= tally.cast() * 2;
        };
        return consent ? Outcome.INSTEMMING : Outcome.GEEN_INSTEMMING;
    }
}
