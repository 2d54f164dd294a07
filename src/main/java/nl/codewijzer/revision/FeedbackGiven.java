package nl.codewijzer.revision;

import nl.codewijzer.base.AuditableEvent;

/**
 * A staff member gave feedback with their name on an article. Anonymous feedback is not announced:
 * the audit trail records who acted, and nobody may know who gave it.
 */
public record FeedbackGiven(long feedbackId, long versionId, String article, FeedbackKind kind) implements AuditableEvent {

    @Override
    public String auditAction() {
        return "feedback.given";
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
        return "version=" + versionId + "; kind=" + kind + "; article=" + article;
    }
}
