package nl.codewijzer.school;

/** How the MR's reglement turns votes into consent. A tie is never consent. */
public enum MajorityRule {
    /** More "instemmen" than "niet instemmen" among the votes cast; abstentions do not count. */
    MEER_VOOR_DAN_TEGEN,
    /** More than half of all votes cast, abstentions included, are "instemmen". */
    MEERDERHEID_VAN_UITGEBRACHT,
    /** At least two thirds of all votes cast are "instemmen". */
    TWEE_DERDE_VAN_UITGEBRACHT;

    public String labelKey() {
        return "majority-rule." + name();
    }
}
