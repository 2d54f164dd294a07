package nl.codewijzer.school;

/** Who in the MR votes on the code: a staff code belongs to the personeelsgeleding; rules that bind students or parents go to the whole MR. */
public enum VotingGeleding {
    PERSONEEL,
    OUDERS,
    LEERLINGEN,
    HELE_MR;

    public String labelKey() {
        return "voting-geleding." + name();
    }
}
