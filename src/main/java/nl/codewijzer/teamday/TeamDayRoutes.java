package nl.codewijzer.teamday;

/**
 * The team day's addresses, in one place: the {@code @Route} of each view and every link to it
 * (from the other team day screens, the review cycle, the join mail) are built from these.
 */
public final class TeamDayRoutes {

    /** The list of meetings. */
    public static final String LIST = "teamdag";
    /** Where a phone joins, followed by the code ("doemee/ABC123"). */
    public static final String JOIN = "doemee";
    private static final String MEETING = LIST + "/:meetingId([0-9]+)/";
    private static final String CONSOLE_PAGE = "regie";
    private static final String PROJECTOR_PAGE = "beamer";
    private static final String MINUTES_PAGE = "verslag";
    private static final String ASYNC_PAGE = "asynchroon";
    public static final String CONSOLE = MEETING + CONSOLE_PAGE;
    public static final String PROJECTOR = MEETING + PROJECTOR_PAGE;
    public static final String MINUTES = MEETING + MINUTES_PAGE;
    public static final String ASYNC = MEETING + ASYNC_PAGE;

    private TeamDayRoutes() {
    }

    /** The facilitator's console of this meeting. */
    public static String console(long meetingId) {
        return of(meetingId, CONSOLE_PAGE);
    }

    /** The projector of this meeting. */
    public static String projector(long meetingId) {
        return of(meetingId, PROJECTOR_PAGE);
    }

    /** The minutes of this meeting. */
    public static String minutes(long meetingId) {
        return of(meetingId, MINUTES_PAGE);
    }

    /** Where staff who missed the session vote on its polls during the asynchronous window. */
    public static String async(long meetingId) {
        return of(meetingId, ASYNC_PAGE);
    }

    /** The phone's page for this join code. */
    public static String join(String code) {
        return JOIN + "/" + code;
    }

    private static String of(long meetingId, String page) {
        return LIST + "/" + meetingId + "/" + page;
    }
}
