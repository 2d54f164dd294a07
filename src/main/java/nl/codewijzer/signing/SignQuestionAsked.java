package nl.codewijzer.signing;

import nl.codewijzer.base.AuditableEvent;

/** A staff member asked a question before signing. The trail names the version, never the question's text. */
public record SignQuestionAsked(long questionId, long versionId, int versionNumber) implements AuditableEvent {

    @Override
    public String auditAction() {
        return "signature.question-asked";
    }

    @Override
    public String auditObjectType() {
        return "code_version";
    }

    @Override
    public String auditObjectId() {
        return String.valueOf(versionId);
    }

    @Override
    public String auditDetails() {
        return "number=" + versionNumber + "; question=" + questionId;
    }
}
