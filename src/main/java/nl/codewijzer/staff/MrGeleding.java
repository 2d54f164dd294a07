package nl.codewijzer.staff;

/** The section of the MR a member belongs to. Members from the parents or students are not staff. */
public enum MrGeleding {
    PERSONEEL,
    OUDERS,
    LEERLINGEN;

    public String labelKey() {
        return "geleding." + name();
    }
}
