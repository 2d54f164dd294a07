package nl.codewijzer.teamday;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.codewijzer.base.InvalidInput;
import nl.codewijzer.base.InvalidInput.Problem;
import nl.codewijzer.codetext.CodeTexts;
import nl.codewijzer.security.CurrentUser;
import nl.codewijzer.security.Role;
import nl.codewijzer.teamday.MeetingChange.What;
import nl.codewijzer.teamday.internal.ChecklistAgenda;
import nl.codewijzer.teamday.internal.JoinCodes;
import nl.codewijzer.teamday.internal.Lines;
import nl.codewijzer.teamday.internal.Meeting;
import nl.codewijzer.teamday.internal.MeetingItem;
import nl.codewijzer.teamday.internal.MeetingItemRepository;
import nl.codewijzer.teamday.internal.MeetingRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Planning a meeting: a new meeting on a code with the five checklist questions as its agenda, and
 * changing that agenda (edit, add a topic, reorder, skip) until the meeting closes.
 */
@Service
@PreAuthorize(Role.Require.FACILITATOR)
public class MeetingPlanning {

    public static final int MAX_TITLE = 200;
    public static final int MAX_ITEM_TITLE = 500;
    public static final int MAX_POINT = 1000;
    public static final int MAX_POINTS = 12;
    /** The stored points of one list together (the guidance and answer_options columns). */
    public static final int MAX_POINTS_TOTAL = 8000;

    private final MeetingRepository meetings;
    private final MeetingItemRepository items;
    private final ChecklistAgenda checklist;
    private final CodeTexts codeTexts;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final MeetingState state;

    MeetingPlanning(MeetingRepository meetings, MeetingItemRepository items, ChecklistAgenda checklist,
            CodeTexts codeTexts, CurrentUser currentUser, ApplicationEventPublisher events, Clock clock,
            MeetingState state) {
        this.meetings = meetings;
        this.items = items;
        this.checklist = checklist;
        this.codeTexts = codeTexts;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
        this.state = state;
    }

    /** Plans a meeting about a code, with the five checklist questions of the template as agenda. */
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
        return state.summary(meeting);
    }

    /** Changes an item's question or topic, discussion points and answer options. */
    @Transactional
    public AgendaItem editItem(long itemId, long expectedVersion, ItemText text) {
        var item = state.loadItem(itemId);
        MeetingState.editable(state.load(item.meetingId()));
        MeetingState.checkVersion(item, expectedVersion);
        item.edit(checked(text));
        var saved = items.saveAndFlush(item);
        state.changed(item.meetingId(), What.FLOW);
        return saved.toItem();
    }

    /** Adds an extra topic (not one of the five questions) at the end of the agenda. */
    @Transactional
    public AgendaItem addTopic(long meetingId, ItemText text) {
        var meeting = MeetingState.editable(state.load(meetingId));
        var clean = checked(text);
        int position = items.agenda(meetingId).stream().mapToInt(MeetingItem::position).max().orElse(0) + 1;
        var item = items.saveAndFlush(new MeetingItem(meeting.id(), position, null, null, clean));
        state.changed(meetingId, What.FLOW);
        return item.toItem();
    }

    /** Moves an item one place up ({@code -1}) or down ({@code +1}) the agenda. */
    @Transactional
    public void moveItem(long itemId, int direction) {
        var item = state.loadItem(itemId);
        MeetingState.editable(state.load(item.meetingId()));
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
        state.changed(item.meetingId(), What.FLOW);
    }

    /** Skips an item in this meeting (it stays in the minutes, marked as skipped), or takes it back. */
    @Transactional
    public void skipItem(long itemId, boolean skipped) {
        var item = state.loadItem(itemId);
        MeetingState.editable(state.load(item.meetingId()));
        item.skip(skipped);
        items.saveAndFlush(item);
        state.changed(item.meetingId(), What.FLOW);
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
}
