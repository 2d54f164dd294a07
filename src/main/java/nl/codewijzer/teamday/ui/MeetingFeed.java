package nl.codewijzer.teamday.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.shared.Registration;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.codewijzer.teamday.MeetingBroadcaster;
import nl.codewijzer.teamday.MeetingChange;
import nl.codewijzer.teamday.MeetingChange.What;
import org.jspecify.annotations.Nullable;

/**
 * Keeps one screen in step with its meeting through the {@link MeetingBroadcaster}: registered while
 * the view is attached, removed when it is detached, so a closed tab leaves no listener behind.
 * Changes that arrive while a refresh is still waiting for the UI are folded into that one refresh:
 * under 150 votes a second the projector redraws as often as it can, not 150 times.
 */
final class MeetingFeed {

    private final Component view;
    private final MeetingBroadcaster broadcaster;
    private final Set<What> interest;
    private final Runnable refresh;
    private final AtomicBoolean pending = new AtomicBoolean();
    private long meetingId;
    private @Nullable Registration registration;

    MeetingFeed(Component view, MeetingBroadcaster broadcaster, Set<What> interest, Runnable refresh) {
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
        if (!pending.compareAndSet(false, true)) {
            return;
        }
        try {
            ui.access(() -> {
                pending.set(false);
                refresh.run();
            });
        } catch (UIDetachedException gone) {
            stop();
        }
    }
}
