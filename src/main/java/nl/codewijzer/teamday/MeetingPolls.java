package nl.codewijzer.teamday;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.codewijzer.base.InvalidInput;
import nl.codewijzer.base.InvalidInput.Problem;
import nl.codewijzer.base.UniqueKeyRetry;
import nl.codewijzer.security.CurrentUser;
import nl.codewijzer.security.Role;
import nl.codewijzer.security.SignedInUser;
import nl.codewijzer.teamday.MeetingChange.What;
import nl.codewijzer.teamday.internal.Lines;
import nl.codewijzer.teamday.internal.Meeting;
import nl.codewijzer.teamday.internal.MeetingItem;
import nl.codewijzer.teamday.internal.MeetingItemRepository;
import nl.codewijzer.teamday.internal.MeetingPoll;
import nl.codewijzer.teamday.internal.MeetingPollRepository;
import nl.codewijzer.teamday.internal.MeetingProposal;
import nl.codewijzer.teamday.internal.MeetingProposalRepository;
import nl.codewijzer.teamday.internal.MeetingRepository;
import nl.codewijzer.teamday.internal.PollLedger;
import nl.codewijzer.teamday.internal.PollSecret;
import nl.codewijzer.teamday.internal.PollSecretRepository;
import nl.codewijzer.teamday.internal.PollVote;
import nl.codewijzer.teamday.internal.PollVoteRepository;
import nl.codewijzer.teamday.internal.VoterKeys;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Polls, votes and proposals during a running meeting. The facilitator opens, reveals and closes
 * polls on the item under discussion; every member of staff votes, once per poll, and may change the
 * vote until the poll closes; anyone may send a proposal. Results stay hidden from everyone but the
 * facilitators until revealed. Anonymous polls store no person (see decision 0009).
 */
@Service
@PreAuthorize(Role.Require.SIGNED_IN)
public class MeetingPolls {

    public static final int MAX_QUESTION = 2000;
    public static final int MAX_OPTION = 500;
    public static final int MAX_OPTIONS = 10;
    public static final int MAX_PROPOSAL = 2000;
    /** The longest answer to an open question: a few sentences, what fits a phone and a word cloud. */
    public static final int MAX_ANSWER = 500;

    private final MeetingRepository meetings;
    private final MeetingItemRepository items;
    private final MeetingPollRepository polls;
    private final PollSecretRepository secrets;
    private final PollVoteRepository votes;
    private final MeetingProposalRepository proposals;
    private final PollLedger ledger;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final UniqueKeyRetry retry;
    private final Clock clock;

    MeetingPolls(MeetingRepository meetings, MeetingItemRepository items, MeetingPollRepository polls,
            PollSecretRepository secrets, PollVoteRepository votes, MeetingProposalRepository proposals,
            PollLedger ledger, CurrentUser currentUser, ApplicationEventPublisher events,
            UniqueKeyRetry retry, Clock clock) {
        this.meetings = meetings;
        this.items = items;
        this.polls = polls;
        this.secrets = secrets;
        this.votes = votes;
        this.proposals = proposals;
        this.ledger = ledger;
        this.currentUser = currentUser;
        this.events = events;
        this.retry = retry;
        this.clock = clock;
    }

    @PreAuthorize(Role.Require.STAFF)
    @Transactional(readOnly = true)
    public PollState poll(long pollId) {
        return state(load(pollId));
    }

    /** The item's polls, newest first, with their counts: the console's tally, redrawn on every vote. */
    @PreAuthorize(Role.Require.FACILITATOR)
    @Transactional(readOnly = true)
    public List<PollState> ofItem(long itemId) {
        return ledger.statesOfItem(itemId, true, me());
    }

    // ---- the facilitator runs polls ----

    /**
     * Opens a poll on the item under discussion: a statement (eens / oneens / weet niet), a scale, a
     * choice between the given options or a ranking of them. One poll is open at a time.
     */
    @PreAuthorize(Role.Require.FACILITATOR)
    @Transactional
    public PollState open(long meetingId, PollKind kind, String question, List<String> options, boolean anonymous) {
        var meeting = running(meetingId);
        var item = current(meeting);
        if (!polls.withStatus(meetingId, PollStatus.OPEN).isEmpty()) {
            throw new InvalidInput("poll", "teamday.error.poll-open");
        }
        var problems = new ArrayList<Problem>();
        var cleanQuestion = question.strip();
        if (cleanQuestion.isEmpty()) {
            problems.add(new Problem("question", "teamday.error.question-missing"));
        } else if (cleanQuestion.length() > MAX_QUESTION) {
            problems.add(new Problem("question", "teamday.error.too-long", MAX_QUESTION));
        }
        var answers = switch (kind) {
            // stored in Dutch as the meeting showed them; screens translate them (StandardAnswers)
            case STELLING -> StandardAnswers.STATEMENT;
            case SCHAAL -> ScaleResult.LABELS;
            case MEERKEUZE, RANGORDE -> Lines.clean(options);
            case OPEN_VRAAG -> List.<String>of();
        };
        if (kind == PollKind.MEERKEUZE || kind == PollKind.RANGORDE) {
            if (answers.size() < 2) {
                // ordering one option is no choice at all: say so in the ranking's own words
                problems.add(new Problem("options", kind == PollKind.RANGORDE ? "teamday.error.ranking-too-few"
                        : "teamday.error.options-too-few"));
            } else if (answers.size() > MAX_OPTIONS) {
                problems.add(new Problem("options", "teamday.error.options-too-many", MAX_OPTIONS));
            } else if (answers.stream().anyMatch(answer -> answer.length() > MAX_OPTION)) {
                problems.add(new Problem("options", "teamday.error.point-too-long", MAX_OPTION));
            } else if (new HashSet<>(answers).size() != answers.size()) {
                problems.add(new Problem("options", "teamday.error.options-twice"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        var poll = polls.saveAndFlush(new MeetingPoll(meetingId, item.id(), cleanQuestion, kind, anonymous, answers,
                clock.instant()));
        if (anonymous) {
            secrets.saveAndFlush(new PollSecret(poll.id(), VoterKeys.newSecret()));
        }
        changed(meetingId, What.POLL);
        return state(poll);
    }

    /**
     * The key P: opens the obvious poll on the item under discussion, anonymous: a choice between its
     * answer options, or a statement on its question when it has fewer than two. Nothing happens
     * (empty) while a poll is open.
     */
    @PreAuthorize(Role.Require.FACILITATOR)
    @Transactional
    public Optional<PollState> openDefault(long meetingId) {
        var meeting = running(meetingId);
        if (!polls.withStatus(meetingId, PollStatus.OPEN).isEmpty()) {
            return Optional.empty();
        }
        var item = current(meeting);
        // an item's title and answer options keep to a poll's limits (MeetingPlanning checks them)
        var options = item.options();
        return Optional.of(options.size() >= 2 ? open(meetingId, PollKind.MEERKEUZE, item.title(), options, true)
                : open(meetingId, PollKind.STELLING, item.title(), List.of(), true));
    }

    /** Puts a proposal to the vote as a statement. */
    @PreAuthorize(Role.Require.FACILITATOR)
    @Transactional
    public PollState openFromProposal(long proposalId, boolean anonymous) {
        var proposal = proposals.findById(proposalId)
                .orElseThrow(() -> new InvalidInput("proposal", "teamday.error.proposal-not-found"));
        return open(proposal.meetingId(), PollKind.STELLING, proposal.text(), List.of(), anonymous);
    }

    /** Shows the results to everyone: the projector draws the bars. */
    @PreAuthorize(Role.Require.FACILITATOR)
    @Transactional
    public PollState reveal(long pollId) {
        var poll = load(pollId);
        if (!poll.revealed()) {
            poll.reveal();
            polls.saveAndFlush(poll);
            changed(poll.meetingId(), What.POLL);
        }
        return state(poll);
    }

    /** The key R: reveals the newest poll of the item under discussion, if there is one. */
    @PreAuthorize(Role.Require.FACILITATOR)
    @Transactional
    public Optional<PollState> revealCurrent(long meetingId) {
        return newestOnCurrent(meetingId).map(poll -> reveal(poll.id()));
    }

    /** Closes the poll: no more votes or changes; an anonymous poll's key is deleted. */
    @PreAuthorize(Role.Require.FACILITATOR)
    @Transactional
    public PollState close(long pollId) {
        var poll = load(pollId);
        if (poll.isOpen()) {
            ledger.close(poll, clock.instant());
            changed(poll.meetingId(), What.POLL);
        }
        return state(poll);
    }

    /** The key S: closes the open poll, if there is one. */
    @PreAuthorize(Role.Require.FACILITATOR)
    @Transactional
    public Optional<PollState> closeCurrent(long meetingId) {
        return polls.withStatus(meetingId, PollStatus.OPEN).stream().findFirst().map(poll -> close(poll.id()));
    }

    // ---- everyone takes part ----

    /**
     * Casts or changes the caller's vote. One row per person per poll: the database's unique key on
     * (poll, voter) makes a double click or a second tab change that row instead of adding one.
     */
    @PreAuthorize(Role.Require.STAFF)
    public PollState vote(long pollId, int choice) {
        var user = currentUser.require();
        return retry.run(() -> cast(pollId, choice, user));
    }

    /**
     * Casts or changes the caller's ballot in a ranking poll: option indexes, most preferred first.
     * Options left out get no points; an option twice or one that does not exist is refused.
     */
    @PreAuthorize(Role.Require.STAFF)
    public PollState rank(long pollId, List<Integer> order) {
        var user = currentUser.require();
        var ballot = List.copyOf(order);
        return retry.run(() -> cast(pollId, -1, ballot, user));
    }

    /**
     * Gives or changes the caller's answer to an open question. An empty answer is refused (it would
     * count as taking part without saying anything), as is one over {@link #MAX_ANSWER} characters.
     */
    @PreAuthorize(Role.Require.STAFF)
    public PollState answer(long pollId, String text) {
        var user = currentUser.require();
        var clean = answerText(text);
        return retry.run(() -> {
            var poll = load(pollId);
            if (poll.kind() != PollKind.OPEN_VRAAG) {
                throw new InvalidInput("answer", "teamday.error.choice-unknown");
            }
            return cast(poll, user, vote -> vote.answer(clean, clock.instant()));
        });
    }

    /**
     * An answer's text without surrounding blanks; an empty one (it would count as taking part without
     * saying anything) or one over {@link #MAX_ANSWER} characters is refused at the field "answer".
     */
    static String answerText(String text) {
        var clean = text.strip();
        if (clean.isEmpty()) {
            throw new InvalidInput("answer", "teamday.error.answer-empty");
        }
        if (clean.length() > MAX_ANSWER) {
            throw new InvalidInput("answer", "teamday.error.answer-too-long", MAX_ANSWER, clean.length());
        }
        return clean;
    }

    /**
     * Hides an answer to an open question from the word cloud, the projector and the minutes (which
     * say how many were hidden), or shows it again. Meant for before the reveal; possible until the
     * poll closes, so something seen only on the projector can still be taken off it, and for an
     * asynchronous answer as long as it is held for release ({@link MeetingAsync#release}).
     */
    @PreAuthorize(Role.Require.FACILITATOR)
    @Transactional
    public PollState hideAnswer(long answerId, boolean hide) {
        var vote = votes.findById(answerId).filter(found -> found.answer() != null)
                .orElseThrow(() -> new InvalidInput("answer", "teamday.error.answer-not-found"));
        var poll = load(vote.pollId());
        if (!poll.isOpen() && !vote.held()) {
            throw new InvalidInput("answer", "teamday.error.poll-closed");
        }
        if (vote.hidden() != hide) {
            vote.hide(hide);
            votes.saveAndFlush(vote);
            changed(poll.meetingId(), vote.held() ? What.ASYNC_ANSWERS : What.VOTES);
        }
        return state(poll);
    }

    private PollState cast(long pollId, int choice, SignedInUser user) {
        return cast(pollId, choice, List.of(), user);
    }

    /** One vote: a choice, or for a ranking poll (choice -1) the ballot. */
    private PollState cast(long pollId, int choice, List<Integer> ballot, SignedInUser user) {
        var poll = load(pollId);
        if (!poll.isOpen()) {
            throw new InvalidInput("choice", "teamday.error.poll-closed");
        }
        if (poll.kind() == PollKind.OPEN_VRAAG) {
            throw new InvalidInput("choice", "teamday.error.answer-needed");
        }
        boolean ranking = poll.kind() == PollKind.RANGORDE;
        if (ranking != (choice < 0)) {
            throw new InvalidInput("choice", ranking ? "teamday.error.ranking-needed" : "teamday.error.choice-unknown");
        }
        if (ranking ? !BordaRanking.valid(poll.options().size(), ballot)
                : choice >= poll.options().size()) {
            throw new InvalidInput("choice", ranking ? "teamday.error.ranking-invalid"
                    : "teamday.error.choice-unknown");
        }
        return cast(poll, user, vote -> {
            if (ranking) {
                vote.rank(ballot, clock.instant());
            } else {
                vote.choose(choice, clock.instant());
            }
        });
    }

    /** Stores the caller's vote, new or changed, in their one row of the poll (it must be open). */
    private PollState cast(MeetingPoll poll, SignedInUser user, java.util.function.Consumer<PollVote> record) {
        long pollId = poll.id();
        if (!poll.isOpen()) {
            throw new InvalidInput("choice", "teamday.error.poll-closed");
        }
        var key = ledger.voterKey(poll, user.personId());
        if (key == null) {
            throw new InvalidInput("choice", "teamday.error.poll-closed");
        }
        var vote = votes.byVoter(pollId, key).orElseGet(() -> poll.anonymous() ? PollVote.anonymous(pollId, key)
                : PollVote.named(pollId, key, user.personId(), user.fullName()));
        record.accept(vote);
        votes.saveAndFlush(vote);
        // the close may have committed while this vote was on its way: then it does not count
        if (!polls.statusNow(pollId).equals(PollStatus.OPEN)) {
            throw new InvalidInput("choice", "teamday.error.poll-closed");
        }
        changed(poll.meetingId(), What.VOTES);
        return state(poll);
    }

    /** Sends a proposal (a suggested rule text) for the item under discussion to the console. */
    @PreAuthorize(Role.Require.STAFF)
    @Transactional
    public Proposal propose(long meetingId, String text) {
        var clean = proposalText(text);
        var meeting = running(meetingId);
        var item = current(meeting);
        var user = currentUser.require();
        var proposal = proposals.saveAndFlush(new MeetingProposal(meetingId, item.id(), user.personId(), user.fullName(),
                clean, clock.instant()));
        changed(meetingId, What.PROPOSALS);
        return proposal.toProposal();
    }

    /** A proposal's text without surrounding blanks; an empty or too long one is refused at the field "text". */
    static String proposalText(String text) {
        var clean = text.strip();
        if (clean.isEmpty()) {
            throw new InvalidInput("text", "teamday.error.proposal-empty");
        }
        if (clean.length() > MAX_PROPOSAL) {
            throw new InvalidInput("text", "teamday.error.proposal-too-long", MAX_PROPOSAL, clean.length());
        }
        return clean;
    }

    // ---- helpers ----

    private PollState state(MeetingPoll poll) {
        boolean facilitator = currentUser.hasAnyRole(Role.COORDINATOR, Role.SCHOOLLEIDING) || currentUser.isSystem();
        return ledger.state(poll, facilitator, me());
    }

    private @Nullable Long me() {
        return currentUser.get().map(user -> user.personId()).orElse(null);
    }

    private Optional<MeetingPoll> newestOnCurrent(long meetingId) {
        var current = load(meetings, meetingId).currentItemId();
        return current == null ? Optional.empty() : polls.forItemNewestFirst(current).stream().findFirst();
    }

    private Meeting running(long meetingId) {
        var meeting = load(meetings, meetingId);
        if (meeting.status() != MeetingStatus.BEZIG) {
            throw new InvalidInput("meeting", meeting.status() == MeetingStatus.GEPLAND
                    ? "teamday.error.not-started" : "teamday.error.meeting-closed");
        }
        return meeting;
    }

    private MeetingItem current(Meeting meeting) {
        var current = meeting.currentItemId();
        return items.findById(Objects.requireNonNullElse(current, -1L))
                .orElseThrow(() -> new InvalidInput("item", "teamday.error.no-current-item"));
    }

    private MeetingPoll load(long pollId) {
        return polls.findById(pollId).orElseThrow(() -> new InvalidInput("choice", "teamday.error.poll-not-found"));
    }

    private static Meeting load(MeetingRepository meetings, long meetingId) {
        return meetings.findById(meetingId).orElseThrow(() -> new InvalidInput("meeting", "teamday.error.not-found"));
    }

    private void changed(long meetingId, What what) {
        events.publishEvent(new MeetingChange(meetingId, what));
    }
}
