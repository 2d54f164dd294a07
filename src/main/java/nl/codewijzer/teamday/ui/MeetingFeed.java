package nl.codewijzer.teamday.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.shared.Registration;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import nl.codewijzer.teamday.MeetingBroadcaster;
import nl.codewijzer.teamday.MeetingChange;
import nl.codewijzer.teamday.MeetingChange.What;
import org.jspecify.annotations.Nullable;

/**
 * Keeps one screen in step with its meeting through the {@link MeetingBroadcaster}: registered while
 * the view is attached, removed when it is detached, so a closed tab leaves no listener behind.
 * Changes that arrive while a refresh is still waiting for the UI are folded into that one refresh,
 * which is told every kind of change it covers: under 150 votes a second the projector redraws as
 * often as it can, not 150 times, and the console redraws only its tally if votes are all there was.
 *
 * <p>A push can be lost: a phone drops off the wifi, a laptop sleeps, a proxy cuts the WebSocket
 * while the server still writes to it. Vaadin reconnects by itself, but what was pushed into a dead
 * connection never arrives and nothing tells the view. So the browser watches Vaadin's connection
 * state ({@code window.Vaadin.connectionState}); when it is connected again after being lost or
 * reconnecting, it fires {@value #RESYNC_EVENT} on the view (issue 19, item 7).
 *
 * <p>That event is a round trip and nothing more. The server's component tree is always current: every
 * change was applied to it while the push was down, only the browser's copy missed them. The answer to
 * the round trip carries the server's next message number, so the browser sees the gap the lost pushes
 * left and Vaadin sends it the whole UI as it is (its "resynchronize"). The view used to redraw itself on
 * the event as well: on the console a redraw of some 240 KB and 0.8 s of server time (150 participants,
 * team-day benchmark) that the browser then threw away, because that answer too came after the gap
 * (decision 0045).
 */
final class MeetingFeed {

    /** The DOM event the browser fires on the view once its connection is back. */
    static final String RESYNC_EVENT = "meeting-resync";

    /**
     * Registers, once per element, a listener on Vaadin's connection state that fires the resync
     * event when the browser is back online ("connection-lost" to "reconnecting") or the state
     * returns to "connected" after "reconnecting" (a push connection that dropped and came back).
     * The listener removes itself once the element has left the page.
     */
    private static final String WATCH_CONNECTION = """
            const view = this;
            const store = window.Vaadin && window.Vaadin.connectionState;
            if (!store || view.__meetingResync) {
              return;
            }
            let lost = false;
            view.__meetingResync = (previous, next) => {
              if (!view.isConnected) {
                store.removeStateChangeListener(view.__meetingResync);
                delete view.__meetingResync;
              } else if (next === 'connection-lost') {
                lost = true;
              } else if ((next === 'reconnecting' && previous === 'connection-lost') || (next === 'connected' && lost)) {
                // back online, or the push reconnected: ask now rather than wait for Vaadin's next heartbeat;
                // should the network still be down, Vaadin sends the event again once it is back
                lost = false;
                view.dispatchEvent(new CustomEvent('%s'));
              } else if (next === 'reconnecting') {
                lost = true;
              }
            };
            store.addStateChangeListener(view.__meetingResync);
            """.formatted(RESYNC_EVENT);

    private final Component view;
    private final MeetingBroadcaster broadcaster;
    private final Set<What> interest;
    private final Consumer<Set<What>> refresh;
    /** The kinds of change waiting for the one queued refresh; empty when none is queued. Guarded by itself. */
    private final EnumSet<What> pending = EnumSet.noneOf(What.class);
    private long meetingId;
    private @Nullable Registration registration;

    /** @param refresh redraws the view after the given kinds of change */
    MeetingFeed(Component view, MeetingBroadcaster broadcaster, Set<What> interest, Consumer<Set<What>> refresh) {
        this.view = view;
        this.broadcaster = broadcaster;
        this.interest = EnumSet.copyOf(interest);
        this.refresh = refresh;
        view.addAttachListener(attach -> {
            start(attach.getUI());
            view.getElement().executeJs(WATCH_CONNECTION);
        });
        // the round trip is the point: see the class comment
        view.getElement().addEventListener(RESYNC_EVENT, event -> { });
        view.addDetachListener(detach -> stop());
    }

    /** Follows this meeting from now on (and no other). */
    void follow(long meetingId) {
        this.meetingId = meetingId;
        view.getUI().ifPresentOrElse(this::start, this::stop);
    }

    /** Follows no meeting. */
    void unfollow() {
        this.meetingId = 0;
        stop();
    }

    /**
     * Runs an action of this view's own user, after which the view shows the outcome itself: the
     * change comes back to every other screen by push, but not to this one, which would otherwise
     * draw it a second time.
     */
    <T extends @Nullable Object> T ownAction(Supplier<T> action) {
        var own = registration;
        return own == null ? action.get() : broadcaster.withoutEcho(own, action);
    }

    void ownAction(Runnable action) {
        ownAction(() -> {
            action.run();
            return null;
        });
    }

    private void start(UI ui) {
        stop();
        if (meetingId != 0) {
            registration = broadcaster.register(meetingId, interest, change -> changed(ui, change));
        }
    }

    private void stop() {
        var current = registration;
        registration = null;
        if (current != null) {
            current.remove();
        }
    }

    private void changed(UI ui, MeetingChange change) {
        synchronized (pending) {
            boolean queued = !pending.isEmpty();
            pending.add(change.what());
            if (queued) {
                return;
            }
        }
        try {
            ui.access(() -> refresh.accept(takePending()));
        } catch (UIDetachedException gone) {
            takePending();
            stop();
        }
    }

    private Set<What> takePending() {
        synchronized (pending) {
            var kinds = EnumSet.copyOf(pending);
            pending.clear();
            return kinds;
        }
    }
}
