package nl.codewijzer.school;

import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.Objects;
import nl.codewijzer.base.AuditableEvent;

/**
 * The beheerder saved the school's settings. The trail lists each setting that changed with its
 * old and new value; settings added to {@link Settings} later are covered without touching this.
 */
public record SchoolSettingsChanged(Settings before, Settings after) implements AuditableEvent {

    @Override
    public String auditAction() {
        return "settings.changed";
    }

    @Override
    public String auditObjectType() {
        return "school_settings";
    }

    @Override
    public String auditObjectId() {
        return "1";
    }

    @Override
    public String auditDetails() {
        var changes = new ArrayList<String>();
        for (var component : Settings.class.getRecordComponents()) {
            if (component.getName().equals("version")) {
                continue;
            }
            try {
                var old = component.getAccessor().invoke(before);
                var now = component.getAccessor().invoke(after);
                if (!Objects.equals(old, now)) {
                    changes.add(component.getName() + "=" + old + " -> " + now);
                }
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("Cannot read setting " + component.getName(), e);
            }
        }
        return String.join("; ", changes);
    }
}
