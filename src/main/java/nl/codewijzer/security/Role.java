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

    /**
     * Service-side checks, for {@code @PreAuthorize}. Services use these rather than JSR-250
     * annotations: with JSR-250 method security on, Spring would proxy every Vaadin view that carries
     * {@code @RolesAllowed}, and a proxied component breaks. Views keep their JSR-250 annotations,
     * which Vaadin's navigation access control reads. See docs/decisions/0002-access-checks.md.
     */
    public static final class Require {
        public static final String BEHEERDER = "hasRole('BEHEERDER')";
        public static final String SIGNED_IN = "isAuthenticated()";
        /** Deliberately open to anyone, also without signing in (the public verification page, invitation links). */
        public static final String ANYONE = "permitAll()";
        public static final String SYSTEM = "hasRole('SYSTEM')";
        /** The school's directory provisioning staff through SCIM (see {@link SystemActor#runAsProvisioning}). */
        public static final String PROVISIONING = "hasRole('PROVISIONING')";
        /** Adding, changing and deactivating people: the beheerder, or the directory through SCIM. */
        public static final String STAFF_ADMIN = "hasAnyRole('BEHEERDER', 'PROVISIONING')";
        /** Those who write and edit drafts of a code. */
        public static final String CODE_EDITOR = "hasAnyRole('COORDINATOR', 'SCHOOLLEIDING', 'SYSTEM')";
        /** Who plans and runs team meetings: the same people who write drafts ({@link #CODE_EDITOR}). */
        public static final String FACILITATOR = CODE_EDITOR;
        /** Every member of staff (not an MR member from the parents or students): who takes part in a team day. */
        public static final String STAFF = "hasAnyRole('BEHEERDER', 'COORDINATOR', 'SCHOOLLEIDING', 'MEDEWERKER', 'SYSTEM')";
        /** The schoolleiding: submits to the MR, adopts, amends and records a dispute. */
        public static final String SCHOOLLEIDING = "hasRole('SCHOOLLEIDING')";
        /** Who reads the MR's consent rounds (and the system, for the deadline job). */
        public static final String CONSENT_READER = "hasAnyRole('COORDINATOR', 'SCHOOLLEIDING', 'MR_LID', 'MR_VOORZITTER', 'SYSTEM')";
        /** The members of the MR, who vote. */
        public static final String MR_MEMBER = "hasAnyRole('MR_LID', 'MR_VOORZITTER')";
        /** Who comments on a round: the schoolleiding and the MR. */
        public static final String CONSENT_COMMENTER = "hasAnyRole('SCHOOLLEIDING', 'MR_LID', 'MR_VOORZITTER')";
        /** The beheerder, or the system for a job: operations on the whole installation. */
        public static final String BEHEERDER_OR_SYSTEM = "hasAnyRole('BEHEERDER', 'SYSTEM')";
        /** Who moves a version through the consent workflow: the schoolleiding and the MR's voorzitter. */
        public static final String CONSENT_WORKFLOW = "hasAnyRole('SCHOOLLEIDING', 'MR_VOORZITTER', 'SYSTEM')";
        /** The MR's voorzitter, who closes a round. */
        public static final String MR_VOORZITTER = "hasRole('MR_VOORZITTER')";

        private Require() {
        }
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
