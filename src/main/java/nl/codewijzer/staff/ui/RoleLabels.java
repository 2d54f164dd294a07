package nl.codewijzer.staff.ui;

import com.vaadin.flow.component.Component;
import java.util.stream.Collectors;
import nl.codewijzer.security.Role;
import nl.codewijzer.staff.StaffMember;

/** Role names as a person reads them, with the MR geleding beside "MR-lid". */
final class RoleLabels {

    private RoleLabels() {
    }

    static String of(StaffMember member, Component context) {
        return member.roles().stream().sorted().map(role -> role == Role.MR_LID && member.geleding() != null
                ? context.getTranslation(role.labelKey()) + " (" + context.getTranslation(member.geleding().labelKey()) + ")"
                : context.getTranslation(role.labelKey())).collect(Collectors.joining(", "));
    }
}
