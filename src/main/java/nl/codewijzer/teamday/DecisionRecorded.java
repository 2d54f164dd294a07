package nl.codewijzer.teamday;

import nl.codewijzer.base.AuditableEvent;
import org.jspecify.annotations.Nullable;

/**
 * The facilitator recorded (or changed) the decision on an agenda item.
 *
 * @param textSha256 SHA-256 of the decision text, so the audit trail can prove which wording was recorded
 */
public record DecisionRecorded(long meetingId, long itemId, int position, @Nullable Integer question,
        DecisionStatus status, String textSha256) implements AuditableEvent {

    @Override
    public String auditAction() {
        return "meeting.decision-recorded";
    }

    @Override
    public String auditObjectType() {
        return "meeting_item";
    }

    @Override
    public String auditObjectId() {
        return String.valueOf(itemId);
    }

    @Override
    public String auditDetails() {
        return "meeting=" + meetingId + "; position=" + position + (question == null ? "" : "; question=" + question)
                + "; status=" + status + "; text-sha256=" + textSha256;
    }
}
