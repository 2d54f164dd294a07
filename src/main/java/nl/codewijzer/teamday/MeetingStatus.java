package nl.codewijzer.teamday;

/** The life of a team meeting: planned, running, closed. Only a running meeting takes votes and decisions. */
public enum MeetingStatus {
    GEPLAND,
    BEZIG,
    AFGESLOTEN;

    public String labelKey() {
        return "teamday.status." + name();
    }
}
