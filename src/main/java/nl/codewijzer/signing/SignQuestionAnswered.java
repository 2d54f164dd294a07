package nl.codewijzer.signing;

import nl.codewijzer.base.AuditableEvent;

/** The coördinator or the schoolleiding answered a question asked before signing; the trail keeps no text. */
public record SignQuestionAnswered(long questionId, long versionId, int versionNumber) implements AuditableEvent {

    @Override
    public String auditAction() {
        return "signature.question-answered";
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
