package nl.codewijzer.revision;

/** New until the coördinator marks it handled or takes it onto a revision's team-day agenda. */
public enum FeedbackStatus {
    NIEUW,
    AFGEHANDELD,
    OP_AGENDA;

    public String labelKey() {
        return "feedback.status." + name();
    }
}
