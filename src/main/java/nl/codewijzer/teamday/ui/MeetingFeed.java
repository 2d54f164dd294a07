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
 */
final class MeetingFeed {

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
        view.addAttachListener(attach -> start(attach.getUI()));
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
