package nl.codewijzer.consent;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import nl.codewijzer.base.DateTexts;
import nl.codewijzer.base.DutchNames;
import nl.codewijzer.base.InvalidInput.Problem;
import nl.codewijzer.base.InvalidInput;
import nl.codewijzer.base.SchoolTime;
import nl.codewijzer.base.Translations;
import nl.codewijzer.codetext.CodeTexts;
import nl.codewijzer.consent.internal.ConsentRound;
import nl.codewijzer.consent.internal.ConsentRoundRepository;
import nl.codewijzer.consent.internal.ConsentVote;
import nl.codewijzer.consent.internal.ConsentVoteRepository;
import nl.codewijzer.school.VotingGeleding;
import nl.codewijzer.security.Role;
import nl.codewijzer.staff.StaffDirectory;
import nl.codewijzer.staff.StaffMember;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What the consent services share: finding a round (with the message a user sees when it is gone),
 * who votes in it, the tally and the vote lines, today's date at the school, and the texts that are
 * stored or sent in the school's language. Not a service: it checks no role, the public services
 * that use it do.
 */
@Component
class RoundRecords {

    private final ConsentRoundRepository rounds;
    private final ConsentVoteRepository votes;
    private final StaffDirectory staff;
    private final Translations translations;
    private final Clock clock;
    private final CodeTexts codeTexts;

    RoundRecords(ConsentRoundRepository rounds, ConsentVoteRepository votes, StaffDirectory staff,
            Translations translations, Clock clock, CodeTexts codeTexts) {
        this.codeTexts = codeTexts;
        this.rounds = rounds;
        this.votes = votes;
        this.staff = staff;
        this.translations = translations;
        this.clock = clock;
    }

    ConsentRound load(long roundId) {
        return rounds.findById(roundId).orElseThrow(() -> new InvalidInput("round", "consent.error.not-found"));
    }

    /** The round, its row locked until the transaction ends: votes and the close of one round happen one at a time. */
    ConsentRound locked(long roundId) {
        return rounds.locked(roundId).orElseThrow(() -> new InvalidInput("round", "consent.error.not-found"));
    }

    /** A round the MR refused and that has not been amended since. */
    ConsentRound refused(long roundId) {
        var round = load(roundId);
        if (round.status() != RoundStatus.GESLOTEN || round.outcome() == null || round.outcome().isConsent()
                || round.followUp() == FollowUp.GEWIJZIGD) {
            throw new InvalidInput("round", "consent.error.not-refused");
        }
        return round;
    }

    /**
     * The number of the version the MR compares this round's version with: the one active when the
     * round was submitted. Rounds from before that was kept compare with the active version, if it
     * is another one.
     */
    @Nullable Integer comparedNumber(ConsentRound round) {
        var kept = round.comparedNumber();
        if (kept != null) {
            return kept;
        }
        return codeTexts.active(round.codeId()).map(active -> active.number())
                .filter(number -> number != round.versionNumber()).orElse(null);
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(SchoolTime.ZONE));
    }

    /** The MR members of the geleding that votes, without the schoolleiding (who proposes). */
    List<StaffMember> voters(VotingGeleding geleding) {
        return staff.mrMembers().stream().filter(member -> OutcomeRules.votesIn(geleding, member.geleding()))
                .filter(member -> !member.roles().contains(Role.SCHOOLLEIDING)).toList();
    }

    Tally tally(ConsentRound round) {
        var seats = voters(round.votingGeleding()).stream()
                .map(member -> new OutcomeRules.Seat(member.id(), member.geleding())).toList();
        var cast = new HashMap<Long, VoteChoice>();
        votes.forRound(round.id()).forEach(vote -> cast.put(vote.personId(), vote.choice()));
        return OutcomeRules.tally(round.votingGeleding(), seats, cast);
    }

    List<VoteLine> voteLines(ConsentRound round) {
        var cast = new HashMap<Long, ConsentVote>();
        votes.forRound(round.id()).forEach(vote -> cast.put(vote.personId(), vote));
        var lines = new ArrayList<VoteLine>();
        for (var member : voters(round.votingGeleding())) {
            var vote = cast.remove(member.id());
            lines.add(new VoteLine(member.id(), member.fullName(), member.geleding(),
                    vote == null ? null : vote.choice(), vote == null ? null : vote.motivation(),
                    vote == null ? null : vote.castAt()));
        }
        // votes of people who have since left the geleding stay on the record, but do not count
        for (var vote : cast.values()) {
            lines.add(new VoteLine(vote.personId(), vote.personName(), null, vote.choice(), vote.motivation(),
                    vote.castAt()));
        }
        lines.sort(DutchNames.by(VoteLine::name));
        return lines;
    }

    /**
     * Texts that are stored or sent once and read by several people (notifications, mails, records
     * on a version) are written in the school's language, Dutch, from the bundles.
     */
    String dutch(String key, Object... args) {
        return translations.getTranslation(key, Translations.DUTCH, args);
    }

    static String dutchDate(LocalDate date) {
        return DateTexts.date(date, Translations.DUTCH);
    }

    static void checkText(List<Problem> problems, String field, @Nullable String value, String missingKey) {
        if (value == null || value.isBlank()) {
            problems.add(new Problem(field, missingKey));
        } else if (value.strip().length() > ConsentRounds.MAX_TEXT) {
            problems.add(new Problem(field, "consent.error.too-long", ConsentRounds.MAX_TEXT));
        }
    }
}
