package nl.codewijzer.teamday.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import nl.codewijzer.teamday.MeetingPolls;
import nl.codewijzer.teamday.MeetingFlow;

/**
 * The facilitator's keys on the projector and the console: → and ← for the next and previous
 * question, P to open a poll, R to reveal the results, S to close the poll. Registered with Vaadin's
 * shortcuts on the whole page, for as long as the view is attached.
 *
 * <p>Single-letter shortcuts would also fire while someone types an "s" in a text field (Vaadin
 * shortcuts do not look at where a key was typed), so every area with input fields is wrapped by
 * {@link #keepTyping}: it stops those keys there before they reach the page.
 */
final class FacilitatorKeys {

    private FacilitatorKeys() {
    }

    /**
     * @param act runs a key's action as the view's own: the view then shows the outcome at once, or
     *            why the key did nothing, such as "Er loopt al een stemming"
     */
    static void register(Component view, MeetingFlow flow, MeetingPolls polls, LongSupplier meetingId,
            Consumer<Runnable> act) {
        add(view, act, () -> flow.next(meetingId.getAsLong()), Key.ARROW_RIGHT);
        add(view, act, () -> flow.previous(meetingId.getAsLong()), Key.ARROW_LEFT);
        add(view, act, () -> polls.openDefault(meetingId.getAsLong()), Key.KEY_P);
        add(view, act, () -> polls.revealCurrent(meetingId.getAsLong()), Key.KEY_R);
        add(view, act, () -> polls.closeCurrent(meetingId.getAsLong()), Key.KEY_S);
    }

    private static void add(Component view, Consumer<Runnable> act, Runnable action, Key key) {
        Shortcuts.addShortcutListener(view, () -> act.accept(action), key);
    }

    /** Keys typed inside this component (a form, a dialog's content) stay there. */
    static <C extends Component> C keepTyping(C area) {
        // on every attach: the browser gets a new element each time the component is attached
        area.addAttachListener(attach -> area.getElement().executeJs("""
                this.addEventListener('keydown', e => {
                  if (['ArrowLeft', 'ArrowRight', 'p', 'P', 'r', 'R', 's', 'S'].includes(e.key)) {
                    e.stopPropagation();
                  }
                });"""));
        return area;
    }
}
