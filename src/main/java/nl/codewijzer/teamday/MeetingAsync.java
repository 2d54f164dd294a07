package nl.codewijzer.teamday;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.codewijzer.base.DateTexts;
import nl.codewijzer.base.InvalidInput;
import nl.codewijzer.base.InvalidInput.Problem;
import nl.codewijzer.base.SchoolTime;
import nl.codewijzer.base.Translations;
import nl.codewijzer.base.UniqueKeyRetry;
import nl.codewijzer.notification.Notice;
import nl.codewijzer.notification.Notifications;
import nl.codewijzer.security.CurrentUser;
import nl.codewijzer.security.Role;
import nl.codewijzer.security.SignedInUser;
import nl.codewijzer.staff.StaffDirectory;
import nl.codewijzer.teamday.MeetingChange.What;
import nl.codewijzer.teamday.internal.AsyncParticipant;
import nl.codewijzer.teamday.internal.AsyncParticipantRepository;
import nl.codewijzer.teamday.internal.AsyncWindowRepository;
import nl.codewijzer.teamday.internal.AsyncWindowRow;
import nl.codewijzer.teamday.internal.MeetingAttendeeRepository;
import nl.codewijzer.teamday.internal.MeetingItemRepository;
import nl.codewijzer.teamday.internal.MeetingPoll;
import nl.codewijzer.teamday.internal.MeetingPollRepository;
import nl.codewijzer.teamday.internal.MeetingProposal;
import nl.codewijzer.teamday.internal.MeetingProposalRepository;
import nl.codewijzer.teamday.internal.MeetingRepository;
import nl.codewijzer.teamday.internal.PollLedger;
import nl.codewijzer.teamday.internal.PollVote;
import nl.codewijzer.teamday.internal.PollVoteRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Taking part without being there (issue 15, decision 0051). The facilitator opens a period before or
 * after the live session in which staff who did not vote in a poll may still vote on it, once. Such a
 * vote is marked asynchronous, so results show live and asynchronous votes together and apart. An
 * anonymous poll stays anonymous: its vote row holds no person, and its key lives until the window
 * ends (not until the poll closes) and is deleted then.
 */
@Service
@PreAuthorize(Role.Require.SIGNED_IN)
public class MeetingAsync {

    private final MeetingRepository meetings;
    private final MeetingPollRepository polls;
    private final PollVoteRepository votes;
    private final AsyncWindowRepository windows;
    private final AsyncParticipantRepository participants;
    private final MeetingAttendeeRepository attendees;
    private final PollLedger ledger;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final UniqueKeyRetry retry;
    private final Clock clock;
    private final StaffDirectory staff;
    private final Notifications notifications;
    private final Translations translations;
    private final MeetingItemRepository items;
    private final MeetingProposalRepository proposals;

    MeetingAsync(MeetingRepository meetings, MeetingPollRepository polls, PollVoteRepository votes,
            AsyncWindowRepository windows, AsyncParticipantRepository participants,
            MeetingAttendeeRepository attendees, PollLedger ledger, CurrentUser currentUser,
            ApplicationEventPublisher events, UniqueKeyRetry retry, Clock clock, StaffDirectory staff,
            Notifications notifications, Translations translations, MeetingItemRepository items,
            MeetingProposalRepository proposals) {
        this.items = items;
        this.proposals = proposals;
        this.staff = staff;
        this.notifications = notifications;
        this.translations = translations;
        this.meetings = meetings;
        this.polls = polls;
        this.votes = votes;
        this.windows = windows;
        this.participants = participants;
        this.attendees = attendees;
        this.ledger = ledger;
        this.currentUser = currentUser;
        this.events = events;
        this.retry = retry;
        this.clock = clock;
    }

    /** A meeting's asynchronous window, in school time. */
    public record Window(long meetingId, LocalDateTime startsAt, LocalDateTime endsAt, String openedBy,
            boolean open, boolean ended) {
    }

    /** A poll's result as live and asynchronous votes (Borda points for a ranking poll). */
    public record Split(long pollId, List<Integer> live, int liveVoters, List<Integer> async, int asyncVoters) {

        public Split {
            live = List.copyOf(live);
            async = List.copyOf(async);
        }

        public int voters() {
            return liveVoters + asyncVoters;
        }
    }

    /** How many took part: attendees of the live session, and staff who voted in the window. */
    public record Participation(int live, int async) {
    }

    /**
     * Opens (or moves) the meeting's asynchronous window, in school time. A window that ends before it
     * starts, or that has already ended, is refused at its field and nothing is saved. Set it before
     * the meeting's anonymous polls close: a closed anonymous poll whose key is gone cannot take
     * asynchronous votes any more (decision 0009).
     */
    @PreAuthorize(Role.Require.FACILITATOR)
    @Transactional
    public Window openWindow(long meetingId, LocalDateTime startsAt, LocalDateTime endsAt) {
        var meeting = meetings.findById(meetingId)
                .orElseThrow(() -> new InvalidInput("meeting", "teamday.error.not-found"));
        var now = clock.instant();
        var start = startsAt.atZone(SchoolTime.ZONE).toInstant();
        var end = endsAt.atZone(SchoolTime.ZONE).toInstant();
        var problems = new ArrayList<Problem>();
        if (!end.isAfter(start)) {
            problems.add(new Problem("endsAt", "teamday.error.async-window-order"));
        } else if (!end.isAfter(now)) {
            problems.add(new Problem("endsAt", "teamday.error.async-window-past"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        var user = currentUser.require();
        var existing = windows.findById(meetingId);
        boolean fresh = existing.filter(row -> row.pendingAt(now)).isEmpty();
        var window = existing.orElseGet(() -> new AsyncWindowRow(meetingId));
        window.set(start, end, user.fullName(), now);
        windows.saveAndFlush(window);
        if (fresh) {
            tellWhoIsNotThere(meeting.title(), meetingId, start, end, user.personId());
        }
        windowChanged(meetingId);
        return toWindow(window, now);
    }

    /**
     * Closes the meeting's window now, before its end: from now on no asynchronous votes are taken and
     * the keys of its closed anonymous polls are deleted at once, as at the window's own end. Opening a
     * window again later serves named polls only. Returns the window as it is now.
     */
    @PreAuthorize(Role.Require.FACILITATOR)
    @Transactional
    public Optional<Window> closeWindow(long meetingId) {
        var now = clock.instant();
        var window = windows.findById(meetingId);
        window.filter(row -> row.pendingAt(now)).ifPresent(row -> {
            ledger.endWindow(row, now);
            windowChanged(meetingId);
        });
        return window.map(row -> toWindow(row, now));
    }

    /**
     * Tells every active staff member who is not on the attendance list (and is not the facilitator who
     * opened it) that they may still vote, in the inbox and by mail, with the address of the page
     * (decision 0052). Only when a window is opened, not when a pending one is moved.
     */
    private void tellWhoIsNotThere(String title, long meetingId, Instant start, Instant end, long opener) {
        var present = new java.util.HashSet<Long>();
        attendees.byName(meetingId).forEach(attendee -> present.add(attendee.toAttendee().personId()));
        present.add(opener);
        var subject = dutch("teamday.async.notice.subject", title);
        var body = dutch("teamday.async.notice.body", title, DateTexts.shortDateTime(start, Translations.DUTCH),
                DateTexts.shortDateTime(end, Translations.DUTCH));
        var link = TeamDayRoutes.async(meetingId);
        notifications.notifyAll(staff.activeStaff().stream().filter(member -> !present.contains(member.id()))
                .map(member -> new Notice(member.id(), subject, body, link, Set.of())).toList());
    }

    private String dutch(String key, Object... args) {
        return translations.getTranslation(key, Translations.DUTCH, args);
    }

    /** The meeting's window, if one was set. */
    @PreAuthorize(Role.Require.STAFF)
    @Transactional(readOnly = true)
    public Optional<Window> window(long meetingId) {
        var now = clock.instant();
        return windows.findById(meetingId).map(window -> toWindow(window, now));
    }

    /**
     * What the asynchronous page offers the caller now, read with one look at the window: the window, the
     * polls they may still vote on ({@link #votable}) and the topics they may send a proposal for
     * ({@link #proposable}); both empty unless the window is open.
     */
    public record Offer(Optional<Window> window, List<PollState> polls, List<AgendaItem> topics) {

        public Offer {
            polls = List.copyOf(polls);
            topics = List.copyOf(topics);
        }
    }

    @PreAuthorize(Role.Require.STAFF)
    @Transactional(readOnly = true)
    public Offer offer(long meetingId) {
        var now = clock.instant();
        var window = windows.findById(meetingId);
        boolean open = window.filter(row -> row.openAt(now)).isPresent();
        return new Offer(window.map(row -> toWindow(row, now)), open ? votableNow(meetingId) : List.of(),
                open ? topics(meetingId) : List.of());
    }

    /**
     * The meeting's polls the caller may vote on now, oldest first: closed live, the window open, and
     * no vote of theirs in it yet. Results stay as hidden as live (see {@link MeetingPolls#poll}).
     */
    @PreAuthorize(Role.Require.STAFF)
    @Transactional(readOnly = true)
    public List<PollState> votable(long meetingId) {
        var now = clock.instant();
        if (windows.findById(meetingId).filter(window -> window.openAt(now)).isEmpty()) {
            return List.of();
        }
        return votableNow(meetingId);
    }

    private List<PollState> votableNow(long meetingId) {
        var user = currentUser.require();
        var result = new ArrayList<PollState>();
        for (var poll : polls.withStatus(meetingId, PollStatus.GESLOTEN)) {
            var key = ledger.voterKey(poll, user.personId());
            if (key != null && votes.byVoter(poll.id(), key).isEmpty()) {
                result.add(ledger.state(poll, facilitator(), user.personId()));
            }
        }
        return result;
    }

    /**
     * The agenda items the caller may send a proposal for now: every item not skipped, while the window
     * is open; none otherwise.
     */
    @PreAuthorize(Role.Require.STAFF)
    @Transactional(readOnly = true)
    public List<AgendaItem> proposable(long meetingId) {
        var now = clock.instant();
        if (windows.findById(meetingId).filter(window -> window.openAt(now)).isEmpty()) {
            return List.of();
        }
        return topics(meetingId);
    }

    private List<AgendaItem> topics(long meetingId) {
        return items.agenda(meetingId).stream().filter(item -> !item.skipped()).map(item -> item.toItem()).toList();
    }

    /**
     * Sends a proposal (a suggested rule text) for an agenda item of the caller's choice during the
     * window, as staff in the room do for the item under discussion; marked asynchronous, and counted as
     * taking part. An empty or too long text, an item not on this meeting's agenda, or a closed window is
     * refused at its field and nothing is saved.
     */
    @PreAuthorize(Role.Require.STAFF)
    @Transactional
    public Proposal propose(long meetingId, long itemId, String text) {
        var clean = MeetingPolls.proposalText(text);
        var now = clock.instant();
        if (windows.findById(meetingId).filter(window -> window.openAt(now)).isEmpty()) {
            throw new InvalidInput("text", "teamday.error.async-window-closed");
        }
        var item = items.findById(itemId).filter(found -> found.meetingId() == meetingId && !found.skipped())
                .orElseThrow(() -> new InvalidInput("item", "teamday.error.async-item-unknown"));
        var user = currentUser.require();
        var proposal = proposals.saveAndFlush(new MeetingProposal(meetingId, item.id(), user.personId(), user.fullName(),
                clean, now).async());
        tookPart(meetingId, user);
        events.publishEvent(new MeetingChange(meetingId, What.PROPOSALS));
        return proposal.toProposal();
    }

    /** Casts the caller's asynchronous vote: once per poll, and only if they did not vote live. */
    @PreAuthorize(Role.Require.STAFF)
    public PollState vote(long pollId, int choice) {
        var user = currentUser.require();
        return retry.run(() -> cast(pollId, choice, List.of(), user));
    }

    /** Casts the caller's asynchronous ranking ballot: option indexes, most preferred first. */
    @PreAuthorize(Role.Require.STAFF)
    public PollState rank(long pollId, List<Integer> order) {
        var user = currentUser.require();
        var ballot = List.copyOf(order);
        return retry.run(() -> cast(pollId, -1, ballot, user));
    }

    /**
     * Gives the caller's asynchronous answer to a closed open question: once, and only if they did not
     * answer live. The answer is held: it reaches the word cloud, the projector and the minutes only
     * once the facilitator has released it ({@link #release}), because it comes after the live reveal and
     * its moderation. An empty or too long answer, a closed window, a question still open live or one
     * already answered is refused at the field "answer" and nothing is saved.
     */
    @PreAuthorize(Role.Require.STAFF)
    public PollState answer(long pollId, String text) {
        var user = currentUser.require();
        var clean = MeetingPolls.answerText(text);
        return retry.run(() -> {
            var poll = load(pollId);
            var now = clock.instant();
            admit(poll, "answer", now);
            if (poll.kind() != PollKind.OPEN_VRAAG) {
                throw new InvalidInput("answer", "teamday.error.choice-unknown");
            }
            var key = freshKey(poll, user, "answer", "teamday.error.async-answered");
            var vote = (poll.anonymous() ? PollVote.anonymous(pollId, key)
                    : PollVote.named(pollId, key, user.personId(), user.fullName())).async().hold();
            vote.answer(clean, now);
            votes.saveAndFlush(vote);
            tookPart(poll.meetingId(), user);
            events.publishEvent(new MeetingChange(poll.meetingId(), What.ASYNC_ANSWERS));
            return ledger.state(poll, facilitator(), user.personId());
        });
    }

    /**
     * The meeting's open questions with asynchronous answers waiting for release, oldest first, with all
     * their answers for moderation (the held ones marked): the console shows them until released.
     */
    @PreAuthorize(Role.Require.FACILITATOR)
    @Transactional(readOnly = true)
    public List<PollState> held(long meetingId) {
        var user = currentUser.require();
        return votes.pollsWithHeld(meetingId).stream().map(this::load)
                .map(poll -> ledger.state(poll, true, user.personId())).toList();
    }

    /**
     * Releases the poll's held asynchronous answers: from now on they count in the word cloud on the
     * projector and the console, in the minutes and the PDF, except those the facilitator hid. Returns
     * how many were released.
     */
    @PreAuthorize(Role.Require.FACILITATOR)
    @Transactional
    public int release(long pollId) {
        var poll = load(pollId);
        var held = votes.held(pollId);
        if (held.isEmpty()) {
            return 0;
        }
        held.forEach(PollVote::release);
        votes.saveAllAndFlush(held);
        changed(poll.meetingId());
        events.publishEvent(new MeetingChange(poll.meetingId(), What.ASYNC_ANSWERS));
        return held.size();
    }

    /**
     * The poll's live and asynchronous results, for a facilitator at any time and for everyone once
     * revealed; empty before that.
     */
    @PreAuthorize(Role.Require.STAFF)
    @Transactional(readOnly = true)
    public Optional<Split> split(long pollId) {
        var poll = load(pollId);
        if (!poll.revealed() && !facilitator()) {
            return Optional.empty();
        }
        var split = ledger.split(poll);
        return Optional.of(new Split(poll.id(), split.live(), split.liveVoters(), split.async(), split.asyncVoters()));
    }

    /** A revealed poll with its result live and asynchronously apart. */
    public record PollSplit(PollState poll, Split split) {
    }

    /** A meeting's outcome live and asynchronously apart: who took part, and each revealed poll, oldest first. */
    public record Summary(Participation participation, List<PollSplit> polls) {

        public Summary {
            polls = List.copyOf(polls);
        }
    }

    /**
     * For a meeting that had an asynchronous window: how many took part live and asynchronously, and each
     * poll the room was shown (revealed) with its live and asynchronous results, as the projector of a
     * closed meeting shows them; empty for a meeting without a window. Polls never revealed stay out, as
     * they stayed off the screen.
     */
    @PreAuthorize(Role.Require.STAFF)
    @Transactional(readOnly = true)
    public Optional<Summary> summary(long meetingId) {
        if (!windows.existsById(meetingId)) {
            return Optional.empty();
        }
        var user = currentUser.require();
        var revealed = polls.forMeeting(meetingId).stream().filter(MeetingPoll::revealed).map(poll -> {
            var split = ledger.split(poll);
            return new PollSplit(ledger.state(poll, false, user.personId()), new Split(poll.id(), split.live(),
                    split.liveVoters(), split.async(), split.asyncVoters()));
        }).toList();
        return Optional.of(new Summary(participation(meetingId), revealed));
    }

    /** How many took part live (the attendance list) and asynchronously (voted in the window). */
    @PreAuthorize(Role.Require.STAFF)
    @Transactional(readOnly = true)
    public Participation participation(long meetingId) {
        return new Participation(attendees.attending(meetingId), participants.count(meetingId));
    }

    /**
     * Ends every window whose end has passed: the keys of their meetings' closed anonymous polls are
     * deleted, so from then on nobody can tell whose vote a row is. Run by a job; returns how many
     * windows ended.
     */
    @PreAuthorize(Role.Require.SYSTEM)
    @Transactional
    public int endWindows() {
        var now = clock.instant();
        var ended = windows.endedBy(now);
        ended.forEach(window -> {
            ledger.endWindow(window, now);
            windowChanged(window.meetingId());
        });
        return ended.size();
    }

    private PollState cast(long pollId, int choice, List<Integer> ballot, SignedInUser user) {
        var poll = load(pollId);
        var now = clock.instant();
        admit(poll, "choice", now);
        boolean ranking = poll.kind() == PollKind.RANGORDE;
        if (ranking != (choice < 0)) {
            throw new InvalidInput("choice", ranking ? "teamday.error.ranking-needed" : "teamday.error.choice-unknown");
        }
        if (ranking ? !BordaRanking.valid(poll.options().size(), ballot) : choice >= poll.options().size()) {
            throw new InvalidInput("choice", ranking ? "teamday.error.ranking-invalid" : "teamday.error.choice-unknown");
        }
        var key = freshKey(poll, user, "choice", "teamday.error.async-voted");
        var vote = (poll.anonymous() ? PollVote.anonymous(pollId, key)
                : PollVote.named(pollId, key, user.personId(), user.fullName())).async();
        if (ranking) {
            vote.rank(ballot, now);
        } else {
            vote.choose(choice, now);
        }
        votes.saveAndFlush(vote);
        tookPart(poll.meetingId(), user);
        changed(poll.meetingId());
        return ledger.state(poll, facilitator(), user.personId());
    }

    /** An asynchronous vote or answer needs the window open and the poll closed live; else refused at {@code field}. */
    private void admit(MeetingPoll poll, String field, Instant now) {
        if (windows.findById(poll.meetingId()).filter(row -> row.openAt(now)).isEmpty()) {
            throw new InvalidInput(field, "teamday.error.async-window-closed");
        }
        if (poll.isOpen()) {
            throw new InvalidInput(field, "teamday.error.async-poll-live");
        }
    }

    /** The caller's key in the poll, refused at {@code field} when it is gone or already has a vote. */
    private String freshKey(MeetingPoll poll, SignedInUser user, String field, String votedKey) {
        var key = ledger.voterKey(poll, user.personId());
        if (key == null) {
            throw new InvalidInput(field, "teamday.error.async-key-gone");
        }
        if (votes.byVoter(poll.id(), key).isPresent()) {
            throw new InvalidInput(field, votedKey);
        }
        return key;
    }

    private void tookPart(long meetingId, SignedInUser user) {
        if (!participants.tookPart(meetingId, user.personId())) {
            participants.saveAndFlush(new AsyncParticipant(meetingId, user.personId()));
        }
    }

    private Window toWindow(AsyncWindowRow window, Instant now) {
        return new Window(window.meetingId(), LocalDateTime.ofInstant(window.startsAt(), SchoolTime.ZONE),
                LocalDateTime.ofInstant(window.endsAt(), SchoolTime.ZONE), window.openedByName(), window.openAt(now),
                window.endedAt() != null || !now.isBefore(window.endsAt()));
    }

    private boolean facilitator() {
        return currentUser.hasAnyRole(Role.COORDINATOR, Role.SCHOOLLEIDING) || currentUser.isSystem();
    }

    private MeetingPoll load(long pollId) {
        return polls.findById(pollId).orElseThrow(() -> new InvalidInput("choice", "teamday.error.poll-not-found"));
    }

    private void changed(long meetingId) {
        events.publishEvent(new MeetingChange(meetingId, What.VOTES));
    }

    /**
     * The window opened, moved or ended: the results shown live and asynchronously apart follow (as after a
     * vote), and every console redraws its window section, also when the job ended the window.
     */
    private void windowChanged(long meetingId) {
        changed(meetingId);
        events.publishEvent(new MeetingChange(meetingId, What.ASYNC_WINDOW));
    }
}
