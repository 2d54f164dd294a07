package nl.codewijzer.signing.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.function.Supplier;
import nl.codewijzer.base.InvalidInput;
import nl.codewijzer.base.ui.FieldErrors;
import nl.codewijzer.signing.ReminderResult;

/**
 * What a "Herinneren" button says afterwards, on the version's dashboard and on a round's register alike:
 * who was reminded, who was skipped and why, or the refusal at its field.
 */
final class ReminderFeedback {

    private ReminderFeedback() {
    }

    /** Runs the reminder; afterwards {@code redraw} shows the view again, unless it was refused. */
    static void remind(Component view, Supplier<ReminderResult> action, Runnable redraw) {
        try {
            var result = action.get();
            if (!result.sentTo().isEmpty()) {
                FieldErrors.saved(view, "signing.campaign.reminded.sent", result.sentTo().size(),
                        String.join(", ", result.sentTo()));
            }
            if (!result.skipped().isEmpty()) {
                Notification.show(view.getTranslation("signing.campaign.reminded.skipped", result.skipped().size(),
                        String.join(", ", result.skipped())), 8000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_WARNING);
            }
            redraw.run();
        } catch (InvalidInput invalid) {
            new FieldErrors().show(invalid, view);
        }
    }
}
