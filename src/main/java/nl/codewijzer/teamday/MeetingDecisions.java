package nl.codewijzer.teamday;

import java.time.Clock;
import java.util.ArrayList;
import nl.codewijzer.base.InvalidInput;
import nl.codewijzer.base.InvalidInput.Problem;
import nl.codewijzer.codetext.TextHash;
import nl.codewijzer.security.Role;
import nl.codewijzer.teamday.MeetingChange.What;
import nl.codewijzer.teamday.Minutes.FollowUpAction;
import nl.codewijzer.teamday.internal.MeetingItemRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The decision on each agenda item of a running meeting: its text, rationale, exceptions and follow-ups. */
@Service
@PreAuthorize(Role.Require.FACILITATOR)
public class MeetingDecisions {

    public static final int MAX_DECISION = 4000;
    public static final int MAX_RATIONALE = 4000;
    public static final int MAX_EXCEPTIONS = 1000;
    public static final int MAX_ACTION = 500;
    public static final int MAX_OWNER = 200;

    private final MeetingItemRepository items;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final MeetingState state;

    MeetingDecisions(MeetingItemRepository items, ApplicationEventPublisher events, Clock clock, MeetingState state) {
        this.items = items;
        this.events = events;
        this.clock = clock;
        this.state = state;
    }

    /**
     * Records the decision on an item, against the version the console read: if someone saved a
     * decision on this item in the meantime, nothing is saved and an optimistic-locking failure
     * tells the facilitator to look again.
     */
    @Transactional
    public AgendaItem recordDecision(long itemId, long expectedVersion, Decision decision) {
        var item = state.loadItem(itemId);
        var meeting = MeetingState.running(state.load(item.meetingId()), "status");
        MeetingState.checkVersion(item, expectedVersion);
        var clean = checked(decision);
        item.decide(clean, state.myName(), clock.instant());
        var saved = items.saveAndFlush(item);
        events.publishEvent(new DecisionRecorded(meeting.id(), itemId, item.position(), item.question(), clean.status(),
                TextHash.sha256(clean.text())));
        state.changed(meeting.id(), What.DECISION);
        return saved.toItem();
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
}
