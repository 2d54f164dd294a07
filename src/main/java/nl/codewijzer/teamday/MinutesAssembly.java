package nl.codewijzer.teamday;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import nl.codewijzer.base.DutchNames;
import nl.codewijzer.teamday.Minutes.AgendaResult;
import nl.codewijzer.teamday.Minutes.OptionCount;
import nl.codewijzer.teamday.Minutes.PollResult;
import nl.codewijzer.teamday.Minutes.ProposalLine;
import nl.codewijzer.teamday.internal.AsyncParticipantRepository;
import nl.codewijzer.teamday.internal.AsyncWindowRepository;
import nl.codewijzer.teamday.internal.Meeting;
import nl.codewijzer.teamday.internal.MeetingAttendeeRepository;
import nl.codewijzer.teamday.internal.MeetingItemRepository;
import nl.codewijzer.teamday.internal.MeetingPoll;
import nl.codewijzer.teamday.internal.MeetingPollRepository;
import nl.codewijzer.teamday.internal.MeetingProposalRepository;
import nl.codewijzer.teamday.internal.PollLedger;
import org.springframework.stereotype.Component;

/**
 * Puts a meeting's minutes together from its agenda, polls, proposals, decisions and attendance.
 * Shared by {@link MeetingMinutes} (which shows them) and {@link MeetingDrafts} (which writes their
 * decisions into a draft); checks no role itself.
 */
@Component
class MinutesAssembly {

    private final MeetingItemRepository items;
    private final MeetingAttendeeRepository attendees;
    private final MeetingProposalRepository proposals;
    private final MeetingPollRepository polls;
    private final PollLedger ledger;
    private final AsyncWindowRepository windows;
    private final AsyncParticipantRepository asyncParticipants;

    MinutesAssembly(MeetingItemRepository items, MeetingAttendeeRepository attendees,
            MeetingProposalRepository proposals, MeetingPollRepository polls, PollLedger ledger,
            AsyncWindowRepository windows, AsyncParticipantRepository asyncParticipants) {
        this.windows = windows;
        this.asyncParticipants = asyncParticipants;
        this.items = items;
        this.attendees = attendees;
        this.proposals = proposals;
        this.polls = polls;
        this.ledger = ledger;
    }

    Minutes of(Meeting meeting) {
        var allProposals = proposals.newestFirst(meeting.id()).reversed();
        var allPolls = polls.forMeeting(meeting.id());
        var pollsByItem = allPolls.stream().collect(Collectors.groupingBy(MeetingPoll::itemId));
        var tallies = ledger.tallies(meeting.id(), allPolls);
        // live and asynchronous apart only for a meeting that had a window (decision 0051): one query per poll
        boolean asyncWindow = windows.existsById(meeting.id());
        var results = new ArrayList<AgendaResult>();
        for (var item : items.agenda(meeting.id())) {
            var pollResults = new ArrayList<PollResult>();
            for (var poll : pollsByItem.getOrDefault(item.id(), List.of())) {
                var tally = Objects.requireNonNull(tallies.get(poll.id()));
                var counts = tally.counts();
                var options = poll.options();
                var lines = new ArrayList<OptionCount>();
                for (int i = 0; i < options.size(); i++) {
                    lines.add(new OptionCount(options.get(i), counts.get(i)));
                }
                // an open question's split has no counts, only how many answered live and asynchronously
                var split = asyncWindow ? ledger.split(poll) : null;
                pollResults.add(new PollResult(poll.question(), poll.kind(), poll.anonymous(), lines,
                        tally.voters(), tally.answers(), tally.hidden(), split == null ? List.of() : split.async(),
                        split == null ? 0 : split.asyncVoters(), tally.held(), tally.released()));
            }
            var itemProposals = allProposals.stream().filter(proposal -> Objects.equals(proposal.itemId(), item.id()))
                    .map(proposal -> new ProposalLine(proposal.text(), proposal.authorName(), proposal.isAsync())).toList();
            var decision = item.decision();
            results.add(new AgendaResult(item.position(), item.question(), item.title(), item.skipped(), pollResults,
                    itemProposals, decision.status(), decision.text(), decision.rationale(), decision.exceptions(),
                    decision.followUps()));
        }
        var names = attendees.byName(meeting.id()).stream().map(attendee -> attendee.toAttendee().name())
                .sorted(DutchNames.ORDER).toList();
        return new Minutes(meeting.id(), meeting.codeId(), meeting.codeTitle(), meeting.title(), meeting.heldOn(),
                meeting.closedAt(), meeting.facilitator(), names, results, asyncParticipants.count(meeting.id()),
                asyncWindow);
    }
}
