package nl.codewijzer.teamday.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.server.Command;

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

    interface Actions {
        void next();

        void previous();

        void openPoll();

        void reveal();

        void closePoll();
    }

    static void register(Component view, Actions actions) {
        add(view, actions::next, Key.ARROW_RIGHT);
        add(view, actions::previous, Key.ARROW_LEFT);
        add(view, actions::openPoll, Key.KEY_P);
        add(view, actions::reveal, Key.KEY_R);
        add(view, actions::closePoll, Key.KEY_S);
    }

    private static void add(Component view, Command command, Key key) {
        Shortcuts.addShortcutListener(view, command, key);
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
