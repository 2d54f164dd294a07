package nl.codewijzer.teamday;

import java.text.Collator;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import nl.codewijzer.base.InvalidInput;
import nl.codewijzer.base.InvalidInput.Problem;
import nl.codewijzer.base.PublicAddress;
import nl.codewijzer.base.Translations;
import nl.codewijzer.codetext.CodeSummary;
import nl.codewijzer.codetext.CodeTemplates;
import nl.codewijzer.codetext.CodeTexts;
import nl.codewijzer.codetext.TextHash;
import nl.codewijzer.codetext.VersionConflict;
import nl.codewijzer.codetext.VersionDetail;
import nl.codewijzer.security.CurrentUser;
import nl.codewijzer.security.Role;
import nl.codewijzer.staff.StaffDirectory;
import nl.codewijzer.staff.StaffMember;
import nl.codewijzer.teamday.MeetingChange.What;
import nl.codewijzer.teamday.Minutes.AgendaResult;
import nl.codewijzer.teamday.Minutes.FollowUpAction;
import nl.codewijzer.teamday.Minutes.OptionCount;
import nl.codewijzer.teamday.Minutes.PollResult;
import nl.codewijzer.teamday.Minutes.ProposalLine;
import nl.codewijzer.teamday.internal.ChecklistAgenda;
import nl.codewijzer.teamday.internal.DecisionsIntoText;
import nl.codewijzer.teamday.internal.JoinCodes;
import nl.codewijzer.teamday.internal.Lines;
import nl.codewijzer.teamday.internal.Meeting;
import nl.codewijzer.teamday.internal.MeetingAttendee;
import nl.codewijzer.teamday.internal.MeetingAttendeeRepository;
import nl.codewijzer.teamday.internal.MeetingItem;
import nl.codewijzer.teamday.internal.MeetingItemRepository;
import nl.codewijzer.teamday.internal.MeetingPoll;
import nl.codewijzer.teamday.internal.MeetingPollRepository;
import nl.codewijzer.teamday.internal.MeetingProposalRepository;
import nl.codewijzer.teamday.internal.MeetingRepository;
import nl.codewijzer.teamday.internal.MinutesPdf;
import nl.codewijzer.teamday.internal.PollLedger;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Team meetings: planning the agenda, running the meeting (start, the current item, close),
 * attendance, the decision on each item, the minutes and the draft made from the decisions. The
 * coördinator and the schoolleiding run meetings; every signed-in staff member joins with the code.
 * Polls, votes and proposals are in {@link MeetingPolls}. Every change is announced to the open
 * screens through {@link MeetingBroadcaster}.
 */
@Service
@PreAuthorize(Role.Require.SIGNED_IN)
public class TeamMeetings {

    /** Who plans and runs meetings (the same people who write drafts, see {@link Role.Require#CODE_EDITOR}). */
    public static final String FACILITATORS = Role.Require.CODE_EDITOR;
    /** Who takes part: every member of staff (an MR member from the parents or students is not). */
    public static final String STAFF = "hasAnyRole('MEDEWERKER', 'COORDINATOR', 'SCHOOLLEIDING', 'BEHEERDER', 'SYSTEM')";
    public static final int MAX_TITLE = 200;
    public static final int MAX_ITEM_TITLE = 500;
    public static final int MAX_POINT = 1000;
    public static final int MAX_POINTS = 12;
    /** The stored points of one list together (the guidance and answer_options columns). */
    public static final int MAX_POINTS_TOTAL = 8000;
    public static final int MAX_DECISION = 4000;
    public static final int MAX_RATIONALE = 4000;
    public static final int MAX_EXCEPTIONS = 1000;
    public static final int MAX_ACTION = 500;
    public static final int MAX_OWNER = 200;
    /** Where phones join: {@code /doemee/<code>}. */
    public static final String JOIN_ROUTE = "doemee";

    private final MeetingRepository meetings;
    private final MeetingItemRepository items;
    private final MeetingAttendeeRepository attendees;
    private final MeetingProposalRepository proposals;
    private final MeetingPollRepository polls;
    private final PollLedger ledger;
    private final ChecklistAgenda checklist;
    private final CodeTexts codeTexts;
    private final CodeTemplates templates;
    private final StaffDirectory staff;
    private final MinutesPdf minutesPdf;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Translations translations;
    private final Clock clock;
    private final PublicAddress address;

    TeamMeetings(MeetingRepository meetings, MeetingItemRepository items, MeetingAttendeeRepository attendees,
            MeetingProposalRepository proposals, MeetingPollRepository polls, PollLedger ledger,
            ChecklistAgenda checklist, CodeTexts codeTexts, CodeTemplates templates, StaffDirectory staff,
            MinutesPdf minutesPdf, CurrentUser currentUser, ApplicationEventPublisher events,
            TransactionTemplate transaction, Translations translations, Clock clock,
            PublicAddress address) {
        this.meetings = meetings;
        this.items = items;
        this.attendees = attendees;
        this.proposals = proposals;
        this.polls = polls;
        this.ledger = ledger;
        this.checklist = checklist;
        this.codeTexts = codeTexts;
        this.templates = templates;
        this.staff = staff;
        this.minutesPdf = minutesPdf;
        this.currentUser = currentUser;
        this.events = events;
        this.transaction = transaction;
        this.translations = translations;
        this.clock = clock;
        this.address = address;
    }

    // ---- reading ----

    /** Whether the caller plans and runs meetings. */
    public boolean canRun() {
        return currentUser.hasAnyRole(Role.COORDINATOR, Role.SCHOOLLEIDING) || currentUser.isSystem();
    }

    /** Whether the caller may turn a closed meeting's decisions into a draft. */
    public boolean canMakeDraft() {
        return codeTexts.canEdit();
    }

    @PreAuthorize(FACILITATORS)
    @Transactional(readOnly = true)
    public List<MeetingSummary> meetings() {
        var attending = new HashMap<Long, Integer>();
        attendees.attendingPerMeeting().forEach(row -> attending.put((Long) row[0], ((Number) row[1]).intValue()));
        return meetings.newestFirst().stream().map(meeting -> meeting.toSummary(attending.getOrDefault(meeting.id(), 0)))
                .toList();
    }

    /** The codes a meeting can be about. */
    @PreAuthorize(FACILITATORS)
    @Transactional(readOnly = true)
    public List<CodeSummary> codes() {
        return codeTexts.codes();
    }

    @PreAuthorize(STAFF)
    @Transactional(readOnly = true)
    public MeetingSummary meeting(long meetingId) {
        return summary(load(meetingId));
    }

    /** What the projector and the phones show now; counts of a hidden poll only for facilitators. */
    @PreAuthorize(STAFF)
    @Transactional(readOnly = true)
    public LiveMeeting live(long meetingId) {
        return live(load(meetingId));
    }

    /** Everything the facilitator's console shows. */
    @PreAuthorize(FACILITATORS)
    @Transactional(readOnly = true)
    public MeetingConsole console(long meetingId) {
        var meeting = load(meetingId);
        var agenda = items.agenda(meetingId);
        var current = meeting.currentItemId();
        var currentPolls = current == null ? List.<PollState>of() : ledger.statesOfItem(current, true, myId());
        var live = live(meeting, agenda, currentPolls.stream().findFirst().orElse(null));
        return new MeetingConsole(live, agenda.stream().map(MeetingItem::toItem).toList(), currentPolls,
                proposals.newestFirst(meetingId).stream().map(proposal -> proposal.toProposal()).toList(),
                attendees.byName(meetingId).stream().map(MeetingAttendee::toAttendee).sorted(byName(Attendee::name))
                        .toList());
    }

    /** Active staff who are not on the attendance list yet, for the facilitator to add by hand. */
    @PreAuthorize(FACILITATORS)
    @Transactional(readOnly = true)
    public List<StaffMember> absentStaff(long meetingId) {
        var present = attendees.byName(meetingId).stream().map(attendee -> attendee.toAttendee().personId()).toList();
        return staff.activeStaff().stream().filter(member -> !present.contains(member.id()))
                .sorted(byName(StaffMember::fullName)).toList();
    }

    /**
     * The minutes: date, attendance and per agenda item the polls with their results, the proposals
     * and the decision. Facilitators read them at any time; other staff once the meeting is closed.
     */
    @PreAuthorize(STAFF)
    @Transactional(readOnly = true)
    public Minutes minutes(long meetingId) {
        var meeting = load(meetingId);
        if (!canRun() && meeting.status() != MeetingStatus.AFGESLOTEN) {
            throw new AccessDeniedException("The minutes are open to staff once the meeting is closed");
        }
        return minutesOf(meeting);
    }

    /** The minutes as a PDF, in the same font and look as the code's PDF. */
    @PreAuthorize(STAFF)
    @Transactional(readOnly = true)
    public byte[] minutesPdf(long meetingId, Locale locale) {
        return minutesPdf.render(minutes(meetingId), locale);
    }

    // ---- planning ----

    /** Plans a meeting about a code, with the five checklist questions of the template as agenda. */
    @PreAuthorize(FACILITATORS)
    @Transactional
    public MeetingSummary create(long codeId, String title, @Nullable LocalDate date) {
        var code = codeTexts.code(codeId);
        var problems = new ArrayList<Problem>();
        var cleanTitle = title.strip();
        if (cleanTitle.isEmpty()) {
            problems.add(new Problem("title", "teamday.error.title-missing"));
        } else if (cleanTitle.length() > MAX_TITLE) {
            problems.add(new Problem("title", "teamday.error.too-long", MAX_TITLE));
        }
        if (date == null) {
            problems.add(new Problem("date", "teamday.error.date-missing"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        var user = currentUser.get();
        var meeting = meetings.saveAndFlush(new Meeting(code.id(), code.title(), cleanTitle, Objects.requireNonNull(date),
                JoinCodes.next(meetings::existsByJoinCode), user.map(u -> u.personId()).orElse(null),
                user.map(u -> u.fullName()).orElse("Codewijzer"), clock.instant()));
        int position = 1;
        for (var question : checklist.questions()) {
            items.save(new MeetingItem(meeting.id(), position++, question.number(), question.heading(), question.text()));
        }
        items.flush();
        events.publishEvent(new MeetingCreated(meeting.id(), code.id(), cleanTitle, meeting.meetingDate()));
        return summary(meeting);
    }

    /** Changes an item's question or topic, discussion points and answer options. */
    @PreAuthorize(FACILITATORS)
    @Transactional
    public AgendaItem editItem(long itemId, long expectedVersion, ItemText text) {
        var item = loadItem(itemId);
        editable(load(item.meetingId()));
        checkVersion(item, expectedVersion);
        item.edit(checked(text));
        var saved = items.saveAndFlush(item);
        changed(item.meetingId(), What.FLOW);
        return saved.toItem();
    }

    /** Adds an extra topic (not one of the five questions) at the end of the agenda. */
    @PreAuthorize(FACILITATORS)
    @Transactional
    public AgendaItem addTopic(long meetingId, ItemText text) {
        var meeting = editable(load(meetingId));
        var clean = checked(text);
        int position = items.agenda(meetingId).stream().mapToInt(MeetingItem::position).max().orElse(0) + 1;
        var item = items.saveAndFlush(new MeetingItem(meeting.id(), position, null, null, clean));
        changed(meetingId, What.FLOW);
        return item.toItem();
    }

    /** Moves an item one place up ({@code -1}) or down ({@code +1}) the agenda. */
    @PreAuthorize(FACILITATORS)
    @Transactional
    public void moveItem(long itemId, int direction) {
        var item = loadItem(itemId);
        editable(load(item.meetingId()));
        var agenda = new ArrayList<>(items.agenda(item.meetingId()));
        int from = agenda.indexOf(item);
        int to = from + Integer.signum(direction);
        if (to < 0 || to >= agenda.size()) {
            return;
        }
        agenda.add(to, agenda.remove(from));
        for (int i = 0; i < agenda.size(); i++) {
            agenda.get(i).moveTo(i + 1);
        }
        items.saveAllAndFlush(agenda);
        changed(item.meetingId(), What.FLOW);
    }

    /** Skips an item in this meeting (it stays in the minutes, marked as skipped), or takes it back. */
    @PreAuthorize(FACILITATORS)
    @Transactional
    public void skipItem(long itemId, boolean skipped) {
        var item = loadItem(itemId);
        editable(load(item.meetingId()));
        item.skip(skipped);
        items.saveAndFlush(item);
        changed(item.meetingId(), What.FLOW);
    }

    // ---- running ----

    /** Starts the meeting at the first item not skipped. */
    @PreAuthorize(FACILITATORS)
    @Transactional
    public LiveMeeting start(long meetingId) {
        var meeting = locked(meetingId);
        if (meeting.status() != MeetingStatus.GEPLAND) {
            throw new InvalidInput("meeting", "teamday.error.already-started");
        }
        var first = items.agenda(meetingId).stream().filter(item -> !item.skipped()).findFirst()
                .orElseThrow(() -> new InvalidInput("agenda", "teamday.error.agenda-empty"));
        meeting.start(currentUser.get().map(user -> user.fullName()).orElse("Codewijzer"), clock.instant());
        meeting.makeCurrent(first.id(), clock.instant());
        meetings.saveAndFlush(meeting);
        events.publishEvent(new MeetingStarted(meetingId, meeting.codeId(), clock.instant()));
        changed(meetingId, What.FLOW);
        return live(meeting);
    }

    /** Moves to the next item not skipped; false (and nothing changes) at the end of the agenda. */
    @PreAuthorize(FACILITATORS)
    @Transactional
    public boolean next(long meetingId) {
        return step(meetingId, +1);
    }

    /** Moves to the previous item not skipped; false (and nothing changes) at the start. */
    @PreAuthorize(FACILITATORS)
    @Transactional
    public boolean previous(long meetingId) {
        return step(meetingId, -1);
    }

    /** Makes this item the one under discussion. */
    @PreAuthorize(FACILITATORS)
    @Transactional
    public void goTo(long meetingId, long itemId) {
        var meeting = running(locked(meetingId));
        var item = loadItem(itemId);
        if (item.meetingId() != meetingId) {
            throw new InvalidInput("item", "teamday.error.item-not-found");
        }
        if (item.skipped()) {
            throw new InvalidInput("item", "teamday.error.item-skipped");
        }
        moveTo(meeting, item);
    }

    /** Closes the meeting: open polls close, the minutes are final, and no more votes or decisions. */
    @PreAuthorize(FACILITATORS)
    @Transactional
    public MeetingSummary close(long meetingId) {
        var meeting = running(locked(meetingId));
        ledger.closeOpen(meetingId, clock.instant());
        meeting.close(clock.instant());
        meetings.saveAndFlush(meeting);
        int decided = (int) items.agenda(meetingId).stream()
                .filter(item -> item.decision().status() == DecisionStatus.BESLOTEN).count();
        events.publishEvent(new MeetingClosed(meetingId, meeting.codeId(), clock.instant(),
                attendees.attending(meetingId), decided));
        changed(meetingId, What.FLOW);
        return summary(meeting);
    }

    /**
     * Records the decision on an item, against the version the console read: if someone saved a
     * decision on this item in the meantime, nothing is saved and an optimistic-locking failure
     * tells the facilitator to look again.
     */
    @PreAuthorize(FACILITATORS)
    @Transactional
    public AgendaItem recordDecision(long itemId, long expectedVersion, Decision decision) {
        var item = loadItem(itemId);
        var meeting = load(item.meetingId());
        if (meeting.status() != MeetingStatus.BEZIG) {
            throw new InvalidInput("status", meeting.status() == MeetingStatus.GEPLAND
                    ? "teamday.error.not-started" : "teamday.error.meeting-closed");
        }
        checkVersion(item, expectedVersion);
        var clean = checked(decision);
        item.decide(clean, currentUser.get().map(user -> user.fullName()).orElse("Codewijzer"), clock.instant());
        var saved = items.saveAndFlush(item);
        events.publishEvent(new DecisionRecorded(meeting.id(), itemId, item.position(), item.question(), clean.status(),
                TextHash.sha256(clean.text())));
        changed(meeting.id(), What.DECISION);
        return saved.toItem();
    }

    // ---- attendance ----

    /**
     * Joins the meeting with the code from the projector: the caller is on the attendance list from
     * now on. A wrong code or a closed meeting is refused with a message at the code field.
     */
    @PreAuthorize(STAFF)
    public LiveMeeting join(String code) {
        var user = currentUser.require();
        var typed = JoinCodes.normalize(code);
        return once(() -> {
            if (typed.isEmpty()) {
                throw new InvalidInput("code", "teamday.error.code-missing");
            }
            var meeting = meetings.byJoinCode(typed)
                    .orElseThrow(() -> new InvalidInput("code", "teamday.error.code-unknown", typed));
            if (meeting.status() == MeetingStatus.AFGESLOTEN) {
                throw new InvalidInput("code", "teamday.error.meeting-closed");
            }
            if (attendees.find(meeting.id(), user.personId()).isEmpty()) {
                attendees.saveAndFlush(new MeetingAttendee(meeting.id(), user.personId(), user.fullName(),
                        clock.instant(), false));
                changed(meeting.id(), What.ATTENDANCE);
            }
            return live(meeting);
        });
    }

    /** Adds someone who is there without a phone. */
    @PreAuthorize(FACILITATORS)
    public void addAttendee(long meetingId, long personId) {
        once(() -> {
            var meeting = load(meetingId);
            if (meeting.status() == MeetingStatus.AFGESLOTEN) {
                throw new InvalidInput("attendee", "teamday.error.meeting-closed");
            }
            var person = staff.find(personId).filter(StaffMember::active)
                    .orElseThrow(() -> new InvalidInput("attendee", "teamday.error.person-unknown"));
            if (attendees.find(meetingId, personId).isEmpty()) {
                attendees.saveAndFlush(new MeetingAttendee(meetingId, personId, person.fullName(), clock.instant(), true));
                changed(meetingId, What.ATTENDANCE);
            }
            return null;
        });
    }

    /** Takes someone off the attendance list (added by mistake). */
    @PreAuthorize(FACILITATORS)
    @Transactional
    public void removeAttendee(long meetingId, long personId) {
        if (load(meetingId).status() == MeetingStatus.AFGESLOTEN) {
            throw new InvalidInput("attendee", "teamday.error.meeting-closed");
        }
        attendees.find(meetingId, personId).ifPresent(attendee -> {
            attendees.delete(attendee);
            attendees.flush();
            changed(meetingId, What.ATTENDANCE);
        });
    }

    // ---- the decisions become a draft ----

    /**
     * Writes a closed meeting's decisions into a new concept version of its code: on top of the
     * current concept if there is one, else of the adopted version, else of the template. The
     * version's message and source name the meeting. Items that were not decided are returned, so
     * the coördinator sees them; a meeting makes at most one draft.
     */
    @PreAuthorize(Role.Require.CODE_EDITOR)
    @Transactional
    public DraftFromMeeting makeDraft(long meetingId) {
        var meeting = locked(meetingId);
        if (meeting.status() != MeetingStatus.AFGESLOTEN) {
            throw new InvalidInput("meeting", "teamday.error.draft-not-closed");
        }
        if (meeting.draftVersionNumber() != null) {
            throw new InvalidInput("meeting", "teamday.error.draft-exists", meeting.draftVersionNumber());
        }
        var minutes = minutesOf(meeting);
        var code = codeTexts.code(meeting.codeId());
        VersionDetail base = null;
        if (code.latestDraft() != null) {
            base = codeTexts.version(Objects.requireNonNull(code.latestDraft()).id());
        } else if (code.active() != null) {
            base = codeTexts.version(Objects.requireNonNull(code.active()).id());
        }
        var text = base != null ? base.markdown() : templates.find(ChecklistAgenda.TEMPLATE_ID)
                .orElseThrow(() -> new InvalidInput("meeting", "teamday.error.no-base-text")).markdown();
        var merged = DecisionsIntoText.merge(text, minutes.items());
        if (merged.written().isEmpty()) {
            throw new InvalidInput("meeting", "teamday.error.nothing-decided");
        }
        var day = dutchDate(meeting.meetingDate());
        var message = dutch("teamday.draft.message", day);
        var source = cut(dutch("teamday.draft.source", day, meeting.title()), CodeTexts.MAX_SOURCE_LENGTH);
        VersionDetail draft;
        try {
            if (base != null && base.status().isEditable()) {
                draft = codeTexts.save(base.id(), merged.markdown(), message, source);
            } else {
                var from = base != null ? base.id() : codeTexts.history(meeting.codeId()).getFirst().id();
                draft = codeTexts.startDraft(from, merged.markdown(), message, source);
            }
        } catch (VersionConflict conflict) {
            throw new InvalidInput("meeting", "teamday.error.draft-conflict");
        }
        meeting.draftMade(draft.id(), draft.number());
        meetings.saveAndFlush(meeting);
        events.publishEvent(new DraftCreatedFromMeeting(meetingId, meeting.codeId(), draft.id(), draft.number(),
                draft.summary().sha256()));
        changed(meetingId, What.FLOW);
        return new DraftFromMeeting(meeting.codeId(), draft.id(), draft.number(), draft.summary().parentNumber(),
                merged.written(), merged.undecided());
    }

    // ---- helpers ----

    private boolean step(long meetingId, int direction) {
        var meeting = running(locked(meetingId));
        var agenda = items.agenda(meetingId);
        var current = meeting.currentItemId();
        int here = agenda.stream().filter(item -> current != null && item.id() == current).mapToInt(MeetingItem::position)
                .findFirst().orElse(direction > 0 ? Integer.MIN_VALUE : Integer.MAX_VALUE);
        Optional<MeetingItem> target = direction > 0
                ? agenda.stream().filter(item -> !item.skipped() && item.position() > here).findFirst()
                : agenda.reversed().stream().filter(item -> !item.skipped() && item.position() < here).findFirst();
        if (target.isEmpty()) {
            return false;
        }
        moveTo(meeting, target.get());
        return true;
    }

    /** The item under discussion changes; a poll left open on the previous one closes. */
    private void moveTo(Meeting meeting, MeetingItem item) {
        if (!ledger.closeOpen(meeting.id(), clock.instant()).isEmpty()) {
            changed(meeting.id(), What.POLL);
        }
        meeting.makeCurrent(item.id(), clock.instant());
        meetings.saveAndFlush(meeting);
        changed(meeting.id(), What.FLOW);
    }

    private LiveMeeting live(Meeting meeting) {
        var agenda = items.agenda(meeting.id());
        var currentId = meeting.currentItemId();
        var poll = currentId == null ? null : polls.forItemNewestFirst(currentId).stream().findFirst()
                .map(found -> ledger.state(found, canRun(), myId())).orElse(null);
        return live(meeting, agenda, poll);
    }

    /** @param poll the current item's newest poll as the caller may see it, if any */
    private LiveMeeting live(Meeting meeting, List<MeetingItem> agenda, @Nullable PollState poll) {
        var active = agenda.stream().filter(item -> !item.skipped()).toList();
        var currentId = meeting.currentItemId();
        var current = agenda.stream().filter(item -> currentId != null && item.id() == currentId).findFirst().orElse(null);
        int number = current == null ? 0 : active.indexOf(current) + 1;
        int joined = attendees.attending(meeting.id());
        var since = meeting.currentSince();
        long elapsed = since == null ? 0 : Math.max(0, Duration.between(since, clock.instant()).toMillis());
        return new LiveMeeting(meeting.toSummary(joined), current == null ? null : current.toItem(), number,
                active.size(), since, elapsed, poll, joined, address.link(JOIN_ROUTE + "/" + meeting.joinCode()));
    }

    private Minutes minutesOf(Meeting meeting) {
        var allProposals = proposals.newestFirst(meeting.id()).reversed();
        var allPolls = polls.forMeeting(meeting.id());
        var pollsByItem = allPolls.stream().collect(Collectors.groupingBy(MeetingPoll::itemId));
        var tallies = ledger.tallies(meeting.id(), allPolls);
        var results = new ArrayList<AgendaResult>();
        for (var item : items.agenda(meeting.id())) {
            var pollResults = new ArrayList<PollResult>();
            for (var poll : pollsByItem.getOrDefault(item.id(), List.of())) {
                var counts = Objects.requireNonNull(tallies.get(poll.id()));
                var options = poll.options();
                var lines = new ArrayList<OptionCount>();
                for (int i = 0; i < options.size(); i++) {
                    lines.add(new OptionCount(options.get(i), counts.get(i)));
                }
                pollResults.add(new PollResult(poll.question(), poll.kind(), poll.anonymous(), lines,
                        counts.stream().mapToInt(Integer::intValue).sum()));
            }
            var itemProposals = allProposals.stream().filter(proposal -> Objects.equals(proposal.itemId(), item.id()))
                    .map(proposal -> new ProposalLine(proposal.text(), proposal.authorName())).toList();
            var decision = item.decision();
            results.add(new AgendaResult(item.position(), item.question(), item.title(), item.skipped(), pollResults,
                    itemProposals, decision.status(), decision.text(), decision.rationale(), decision.exceptions(),
                    decision.followUps()));
        }
        var names = attendees.byName(meeting.id()).stream().map(attendee -> attendee.toAttendee().name())
                .sorted(dutchOrder()).toList();
        return new Minutes(meeting.id(), meeting.codeId(), meeting.codeTitle(), meeting.title(), meeting.meetingDate(),
                meeting.closedAt(), meeting.facilitator(), names, results);
    }

    private MeetingSummary summary(Meeting meeting) {
        return meeting.toSummary(attendees.attending(meeting.id()));
    }

    private @Nullable Long myId() {
        return currentUser.get().map(user -> user.personId()).orElse(null);
    }

    private Meeting load(long meetingId) {
        return meetings.findById(meetingId).orElseThrow(() -> new InvalidInput("meeting", "teamday.error.not-found"));
    }

    private Meeting locked(long meetingId) {
        return meetings.locked(meetingId).orElseThrow(() -> new InvalidInput("meeting", "teamday.error.not-found"));
    }

    private MeetingItem loadItem(long itemId) {
        return items.findById(itemId).orElseThrow(() -> new InvalidInput("item", "teamday.error.item-not-found"));
    }

    private static Meeting editable(Meeting meeting) {
        if (meeting.status() == MeetingStatus.AFGESLOTEN) {
            throw new InvalidInput("agenda", "teamday.error.meeting-closed");
        }
        return meeting;
    }

    private static Meeting running(Meeting meeting) {
        if (meeting.status() != MeetingStatus.BEZIG) {
            throw new InvalidInput("meeting", meeting.status() == MeetingStatus.GEPLAND
                    ? "teamday.error.not-started" : "teamday.error.meeting-closed");
        }
        return meeting;
    }

    private static void checkVersion(MeetingItem item, long expectedVersion) {
        if (item.version() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(MeetingItem.class, item.id());
        }
    }

    private static ItemText checked(ItemText text) {
        var problems = new ArrayList<Problem>();
        var title = text.title().strip();
        if (title.isEmpty()) {
            problems.add(new Problem("title", "teamday.error.item-title-missing"));
        } else if (title.length() > MAX_ITEM_TITLE) {
            problems.add(new Problem("title", "teamday.error.too-long", MAX_ITEM_TITLE));
        }
        var guidance = Lines.clean(text.guidance());
        var options = Lines.clean(text.options());
        checkPoints(problems, "guidance", guidance, MAX_POINTS, MAX_POINT);
        // the answer options become a poll's options (key P), so they keep to a poll's limits
        checkPoints(problems, "options", options, MeetingPolls.MAX_OPTIONS, MeetingPolls.MAX_OPTION);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new ItemText(title, guidance, options);
    }

    private static void checkPoints(List<Problem> problems, String field, List<String> points, int maxCount,
            int maxLength) {
        if (points.size() > maxCount) {
            problems.add(new Problem(field, "teamday.error.too-many-points", maxCount));
        } else if (points.stream().anyMatch(point -> point.length() > maxLength)) {
            problems.add(new Problem(field, "teamday.error.point-too-long", maxLength));
        } else if (Lines.join(points).length() > MAX_POINTS_TOTAL) {
            problems.add(new Problem(field, "teamday.error.points-too-long", MAX_POINTS_TOTAL));
        }
    }

    private static Decision checked(Decision decision) {
        var problems = new ArrayList<Problem>();
        var text = decision.text().strip();
        var rationale = decision.rationale().strip();
        var exceptions = decision.exceptions().strip();
        if (decision.status() == DecisionStatus.BESLOTEN && text.isEmpty()) {
            problems.add(new Problem("text", "teamday.error.decision-text-missing"));
        }
        if (text.length() > MAX_DECISION) {
            problems.add(new Problem("text", "teamday.error.too-long", MAX_DECISION));
        }
        if (rationale.length() > MAX_RATIONALE) {
            problems.add(new Problem("rationale", "teamday.error.too-long", MAX_RATIONALE));
        }
        if (exceptions.length() > MAX_EXCEPTIONS) {
            problems.add(new Problem("exceptions", "teamday.error.too-long", MAX_EXCEPTIONS));
        }
        var followUps = new ArrayList<FollowUpAction>();
        for (var action : decision.followUps()) {
            var what = action.action().strip();
            var owner = action.owner().strip();
            if (what.isEmpty() && owner.isEmpty() && action.due() == null) {
                continue;
            }
            if (what.isEmpty()) {
                problems.add(new Problem("followUps", "teamday.error.follow-up-action-missing"));
            } else if (what.length() > MAX_ACTION) {
                problems.add(new Problem("followUps", "teamday.error.too-long", MAX_ACTION));
            } else if (owner.length() > MAX_OWNER) {
                problems.add(new Problem("followUps", "teamday.error.too-long", MAX_OWNER));
            }
            followUps.add(new FollowUpAction(what, owner, action.due()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new Decision(decision.status(), text, rationale, exceptions, followUps);
    }

    /**
     * Runs work in a transaction of its own and, if the database refused a row because another tab
     * of the same person inserted it at the same moment, once more: then the row is found.
     */
    private <T> T once(Supplier<T> work) {
        try {
            return transaction.execute(status -> work.get());
        } catch (DataIntegrityViolationException sameMoment) {
            return transaction.execute(status -> work.get());
        }
    }

    private void changed(long meetingId, What what) {
        events.publishEvent(new MeetingChange(meetingId, what));
    }

    private String dutch(String key, Object... args) {
        return translations.getTranslation(key, Translations.DUTCH, args);
    }

    private static String dutchDate(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Translations.DUTCH).format(date);
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static Comparator<String> dutchOrder() {
        var collator = Collator.getInstance(Translations.DUTCH);
        return collator::compare;
    }

    private static <T> Comparator<T> byName(java.util.function.Function<T, String> name) {
        return Comparator.comparing(name, dutchOrder());
    }
}
