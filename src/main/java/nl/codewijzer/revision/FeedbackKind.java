package nl.codewijzer.revision;

/** What a staff member says about an article: the three categories, or a text of their own. */
public enum FeedbackKind {
    WERKT_NIET,
    ONDUIDELIJK,
    MIS_IK,
    ANDERS;

    public String labelKey() {
        return "feedback.kind." + name();
    }
}
