package nl.codewijzer.revision;

import nl.codewijzer.base.AuditableEvent;

/** Someone started the revision of an adopted version: a new concept and a planned team day. */
public record RevisionStarted(long revisionId, long codeId, long fromVersionId, long conceptVersionId, long meetingId,
        int feedbackTopics) implements AuditableEvent {

    @Override
    public String auditAction() {
        return "revision.started";
    }

    @Override
    public String auditObjectType() {
        return "code_version";
    }

    @Override
    public String auditObjectId() {
        return String.valueOf(fromVersionId);
    }

    @Override
    public String auditDetails() {
        return "concept=" + conceptVersionId + "; meeting=" + meetingId + "; feedbackTopics=" + feedbackTopics;
    }
}
