package nl.codewijzer.staff.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import nl.codewijzer.base.InvalidInput.Problem;
import nl.codewijzer.security.Role;
import nl.codewijzer.staff.MrGeleding;
import nl.codewijzer.staff.PersonForm;

/**
 * The rules a person's record must satisfy, in one place for the form and the CSV import. Field
 * names match {@link PersonForm}'s components so views can show each problem at its field.
 */
public final class PersonRules {

    public static final int MAX_NAME_LENGTH = 200;
    public static final int MAX_EMAIL_LENGTH = 254;
    /** Deliberately simple: one @, no spaces, a dot in the domain. Mail delivery is the real test. */
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private PersonRules() {
    }

    /** Problems with the form itself; uniqueness of the e-mail is checked by the caller, who knows the others. */
    public static List<Problem> check(PersonForm form) {
        var problems = new ArrayList<Problem>();
        var name = Person.normalizeName(form.fullName());
        if (name.isEmpty()) {
            problems.add(new Problem("fullName", "staff.error.name.missing"));
        } else if (name.length() > MAX_NAME_LENGTH) {
            problems.add(new Problem("fullName", "staff.error.name.too-long", MAX_NAME_LENGTH));
        }
        var email = Person.normalizeEmail(form.email());
        if (email.isEmpty()) {
            problems.add(new Problem("email", "staff.error.email.missing"));
        } else if (email.length() > MAX_EMAIL_LENGTH || !EMAIL.matcher(email).matches()) {
            problems.add(new Problem("email", "staff.error.email.invalid", form.email().strip()));
        }
        if (form.startDate() == null) {
            problems.add(new Problem("startDate", "staff.error.start.missing"));
        } else if (form.endDate() != null && form.endDate().isBefore(form.startDate())) {
            problems.add(new Problem("endDate", "staff.error.end-before-start"));
        }
        checkRoles(form, problems);
        return problems;
    }

    private static void checkRoles(PersonForm form, List<Problem> problems) {
        var roles = form.roles();
        if (roles.isEmpty()) {
            problems.add(new Problem("roles", "staff.error.roles.missing"));
            return;
        }
        boolean mrMember = roles.contains(Role.MR_LID);
        if (roles.contains(Role.MR_VOORZITTER) && !mrMember) {
            problems.add(new Problem("roles", "staff.error.chair-not-member"));
        }
        if (mrMember && form.geleding() == null) {
            problems.add(new Problem("geleding", "staff.error.geleding.missing"));
        }
        if (!mrMember && form.geleding() != null) {
            problems.add(new Problem("geleding", "staff.error.geleding.without-mr"));
        }
        boolean staff = roles.stream().anyMatch(Role::isStaffRole);
        if (mrMember && form.geleding() == MrGeleding.PERSONEEL && !staff) {
            problems.add(new Problem("roles", "staff.error.geleding.personeel-needs-staff"));
        }
        if (mrMember && form.geleding() != null && form.geleding() != MrGeleding.PERSONEEL && staff) {
            problems.add(new Problem("roles", "staff.error.geleding.parents-not-staff"));
        }
    }
}
