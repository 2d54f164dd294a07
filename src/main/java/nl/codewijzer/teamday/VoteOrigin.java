package nl.codewijzer.teamday;

/** Whether a vote was cast during the live session or in the meeting's asynchronous window. */
public enum VoteOrigin {
    LIVE,
    ASYNC
}
