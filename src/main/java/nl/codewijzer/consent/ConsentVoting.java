package nl.codewijzer.consent;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Objects;
import nl.codewijzer.base.InvalidInput;
import nl.codewijzer.base.InvalidInput.Problem;
import nl.codewijzer.base.Translations;
import nl.codewijzer.consent.internal.ConsentComment;
import nl.codewijzer.consent.internal.ConsentCommentRepository;
import nl.codewijzer.consent.internal.ConsentVote;
import nl.codewijzer.consent.internal.ConsentVoteRepository;
import nl.codewijzer.security.CurrentUser;
import nl.codewijzer.security.Role;
import nl.codewijzer.staff.StaffDirectory;
import nl.codewijzer.staff.StaffMember;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Members of the voting geleding vote on an open round; the MR and the schoolleiding discuss it. */
@Service
@PreAuthorize(Role.Require.SIGNED_IN)
public class ConsentVoting {

    public static final int MAX_MOTIVATION = 2000;

    private final ConsentVoteRepository votes;
    private final ConsentCommentRepository comments;
    private final StaffDirectory staff;
    private final Translations translations;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final RoundRecords records;

    ConsentVoting(ConsentVoteRepository votes, ConsentCommentRepository comments, StaffDirectory staff,
            Translations translations, CurrentUser currentUser, ApplicationEventPublisher events, Clock clock,
            RoundRecords records) {
        this.votes = votes;
        this.comments = comments;
        this.staff = staff;
        this.translations = translations;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
        this.records = records;
    }

    @PreAuthorize(Role.Require.MR_MEMBER)
    @Transactional
    public VoteLine vote(long roundId, @Nullable VoteChoice choice, @Nullable String motivation) {
        // the round's row is locked until this vote commits, and the close takes the same lock: a vote
        // either commits before the count and is counted, or finds the round closed and is refused
        var round = records.locked(roundId);
        if (round.status() != RoundStatus.OPEN) {
            throw new InvalidInput("choice", "consent.error.closed-vote");
        }
        var user = currentUser.require();
        var member = staff.find(user.personId()).orElseThrow();
        if (currentUser.hasAnyRole(Role.SCHOOLLEIDING) || !isMr(member)
                || !OutcomeRules.votesIn(round.votingGeleding(), member.geleding())) {
            throw new InvalidInput("choice", "consent.error.not-voting-member",
                    translations.getTranslation(round.votingGeleding().labelKey(), Translations.DUTCH));
        }
        var problems = new ArrayList<Problem>();
        if (choice == null) {
            problems.add(new Problem("choice", "consent.error.choice-missing"));
        }
        var why = motivation == null || motivation.isBlank() ? null : motivation.strip();
        if (choice == VoteChoice.NIET_INSTEMMEN && why == null) {
            problems.add(new Problem("motivation", "consent.error.motivation-missing"));
        }
        if (why != null && why.length() > MAX_MOTIVATION) {
            problems.add(new Problem("motivation", "consent.error.too-long", MAX_MOTIVATION));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        var vote = votes.byPerson(roundId, member.id())
                .orElseGet(() -> new ConsentVote(roundId, member.id(), member.fullName(), member.geleding()));
        vote.cast(Objects.requireNonNull(choice), why, clock.instant());
        votes.saveAndFlush(vote);
        events.publishEvent(new ConsentVoteCast(roundId, round.versionId(), round.votesByName() ? choice : null));
        return new VoteLine(member.id(), member.fullName(), member.geleding(), vote.choice(), vote.motivation(),
                vote.castAt());
    }

    @PreAuthorize(Role.Require.CONSENT_COMMENTER)
    @Transactional
    public CommentLine comment(long roundId, @Nullable String section, String body) {
        var round = records.load(roundId);
        if (round.status() != RoundStatus.OPEN) {
            throw new InvalidInput("comment", "consent.error.closed");
        }
        var problems = new ArrayList<Problem>();
        RoundRecords.checkText(problems, "comment", body, "consent.error.comment-empty");
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        var user = currentUser.require();
        var cleanSection = section == null || section.isBlank() ? null
                : section.strip().substring(0, Math.min(200, section.strip().length()));
        return comments.saveAndFlush(new ConsentComment(roundId, user.personId(), user.fullName(), cleanSection,
                body.strip(), clock.instant())).toLine();
    }

    private static boolean isMr(StaffMember member) {
        return member.roles().contains(Role.MR_LID) || member.roles().contains(Role.MR_VOORZITTER);
    }
}
