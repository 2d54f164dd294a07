package nl.codewijzer.teamday;

import java.util.List;

/**
 * Everything the facilitator's console shows: the live state, the whole agenda with decisions, the
 * current item's polls (newest first, with counts), all proposals (newest first) and who is there.
 */
public record MeetingConsole(LiveMeeting live, List<AgendaItem> agenda, List<PollState> polls,
        List<Proposal> proposals, List<Attendee> attendees) {

    public MeetingConsole {
        agenda = List.copyOf(agenda);
        polls = List.copyOf(polls);
        proposals = List.copyOf(proposals);
        attendees = List.copyOf(attendees);
    }
}
