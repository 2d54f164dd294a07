package nl.codewijzer.revision;

/** What "Herziening starten" made: the next concept and the team day planned for it, with so many feedback topics. */
public record RevisionStart(long codeId, long conceptVersionId, int conceptNumber, long meetingId, int feedbackTopics) {
}
