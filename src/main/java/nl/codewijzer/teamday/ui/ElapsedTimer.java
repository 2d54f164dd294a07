package nl.codewijzer.teamday.ui;

import com.vaadin.flow.component.html.Span;

/**
 * How long the current question has been under discussion, as mm:ss. The server sets the start; the
 * browser counts the seconds itself, so the projector's clock ticks without a round trip a second.
 */
final class ElapsedTimer extends Span {

    ElapsedTimer() {
        addClassName("meeting-timer");
    }

    /** Shows the time since the item became current; {@code elapsedMillis} by the server's clock. */
    void show(long elapsedMillis) {
        setText(format(elapsedMillis / 1000));
        getElement().executeJs("""
                const start = Date.now() - $0;
                clearInterval(this.__tick);
                const pad = n => String(n).padStart(2, '0');
                const tick = () => {
                  const s = Math.max(0, Math.floor((Date.now() - start) / 1000));
                  this.textContent = pad(Math.floor(s / 60)) + ':' + pad(s % 60);
                };
                tick();
                this.__tick = setInterval(tick, 1000);""", elapsedMillis);
    }

    void stop() {
        setText("");
        getElement().executeJs("clearInterval(this.__tick)");
    }

    static String format(long seconds) {
        return String.format("%02d:%02d", seconds / 60, seconds % 60);
    }
}
