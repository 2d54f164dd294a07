package nl.codewijzer.security;

/**
 * The roles a person can hold. A person may hold several. Access annotations need compile-time
 * strings, hence the {@link Names} constants that mirror the enum names.
 */
public enum Role {
    BEHEERDER,
    COORDINATOR,
    SCHOOLLEIDING,
    MR_LID,
    MR_VOORZITTER,
    MEDEWERKER;

    /** Resource-bundle key of the role's display name ("Coördinator sociale veiligheid"). */
    public String labelKey() {
        return "role." + name();
    }

    /** The Spring Security authority for this role. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** Roles that make a person a member of staff (as opposed to an MR member from the parents or students). */
    public boolean isStaffRole() {
        return this == BEHEERDER || this == COORDINATOR || this == SCHOOLLEIDING || this == MEDEWERKER;
    }

    public static final class Names {
        public static final String BEHEERDER = "BEHEERDER";
        public static final String COORDINATOR = "COORDINATOR";
        public static final String SCHOOLLEIDING = "SCHOOLLEIDING";
        public static final String MR_LID = "MR_LID";
        public static final String MR_VOORZITTER = "MR_VOORZITTER";
        public static final String MEDEWERKER = "MEDEWERKER";

        private Names() {
        }
    }
}
