package nl.codewijzer.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.codewijzer.base.InvalidInput;

/** Puts a service's refusal reasons at the fields they belong to; anything unplaced becomes a message. */
public final class FieldErrors {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    public FieldErrors bind(String field, HasValidation component) {
        fields.put(field, component);
        return this;
    }

    public void clear() {
        fields.values().forEach(field -> {
            field.setErrorMessage(null);
            field.setInvalid(false);
        });
    }

    public void show(InvalidInput invalid, Component context) {
        clear();
        for (var problem : invalid.problems()) {
            var message = context.getTranslation(problem.messageKey(), problem.args().toArray());
            var field = fields.get(problem.field());
            if (field != null) {
                field.setErrorMessage(message);
                field.setInvalid(true);
            } else {
                Notification.show(message, 6000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        }
    }

    /** A short confirmation that something was saved. */
    public static void saved(Component context, String key, Object... args) {
        Notification.show(context.getTranslation(key, args), 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
