package nl.codewijzer.revision;

import nl.codewijzer.base.AuditableEvent;
import org.jspecify.annotations.Nullable;

/** The coördinator marked feedback handled, or took it onto a revision's team-day agenda ({@code meetingId}). */
public record FeedbackHandled(long feedbackId, FeedbackStatus status, @Nullable Long meetingId) implements AuditableEvent {

    @Override
    public String auditAction() {
        return "feedback.handled";
    }

    @Override
    public String auditObjectType() {
        return "article_feedback";
    }

    @Override
    public String auditObjectId() {
        return String.valueOf(feedbackId);
    }

    @Override
    public String auditDetails() {
        return "status=" + status + (meetingId == null ? "" : "; meeting=" + meetingId);
    }
}
