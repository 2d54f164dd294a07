package nl.codewijzer.teamday;

import com.vaadin.flow.shared.Registration;
import jakarta.annotation.PreDestroy;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The one push path of the team day. Services publish a {@link MeetingChange} inside their
 * transaction; once it is committed this hands it to every listener registered for that meeting.
 * Views register when attached and remove the registration when detached (a closed tab leaves
 * nothing behind); in the listener they call {@code ui.access(...)} and read again what they show.
 *
 * <p>Each listener runs on a virtual thread of its own, so the person whose click caused the change
 * does not wait while 150 phones update, and one slow screen does not hold up the others.
 *
 * <p>A screen that shows the outcome of its own action right away runs that action through
 * {@link #withoutEcho}: the change is not handed back to it, so it is not drawn a second time.
 *
 * <p>With several app servers on one PostgreSQL database, each committed change also goes to the
 * other servers ({@link MeetingRelay}), which hand it to their own screens in the same way.
 */
@Component
public class MeetingBroadcaster {

    private static final Logger log = LoggerFactory.getLogger(MeetingBroadcaster.class);

    private final Map<Long, Set<Subscription>> listeners = new ConcurrentHashMap<>();
    private final ExecutorService delivery = Executors.newVirtualThreadPerTaskExecutor();
    /** The listener whose own action runs on this thread now (see {@link #withoutEcho}). */
    private final ThreadLocal<@Nullable Registration> acting = new ThreadLocal<>();
    private final MeetingRelay relay;

    MeetingBroadcaster(MeetingRelay relay) {
        this.relay = relay;
        relay.receiveWith(change -> deliver(change, null));
    }

    /** A listener and the kinds of change it follows; removing it ends the registration. */
    private final class Subscription implements Registration {
        private final long meetingId;
        private final Set<MeetingChange.What> interest;
        private final Consumer<MeetingChange> listener;

        Subscription(long meetingId, Set<MeetingChange.What> interest, Consumer<MeetingChange> listener) {
            this.meetingId = meetingId;
            this.interest = EnumSet.copyOf(interest);
            this.listener = listener;
        }

        @Override
        public void remove() {
            listeners.computeIfPresent(meetingId, (id, set) -> {
                set.remove(this);
                return set.isEmpty() ? null : set;
            });
        }
    }

    /** Calls {@code listener} for every committed change of the meeting until the registration is removed. */
    public Registration register(long meetingId, Consumer<MeetingChange> listener) {
        return register(meetingId, EnumSet.allOf(MeetingChange.What.class), listener);
    }

    /**
     * Calls {@code listener} for every committed change of the meeting of a kind in {@code interest}
     * until the registration is removed. Other changes cost the listener nothing: a phone that does
     * not show the tally is not even woken by a vote.
     */
    public Registration register(long meetingId, Set<MeetingChange.What> interest, Consumer<MeetingChange> listener) {
        var subscription = new Subscription(meetingId, interest, listener);
        listeners.computeIfAbsent(meetingId, id -> ConcurrentHashMap.newKeySet()).add(subscription);
        return subscription;
    }

    /**
     * Runs the action of the screen that holds {@code registration}: the changes it commits are handed
     * to every other listener as usual, but not back to this one, which shows the outcome itself right
     * after. A change is handed out on the thread that committed it, so "its own" is exact: a change
     * someone else commits meanwhile still reaches this listener.
     */
    public <T extends @Nullable Object> T withoutEcho(Registration registration, Supplier<T> action) {
        var outer = acting.get();
        acting.set(registration);
        try {
            return action.get();
        } finally {
            if (outer == null) {
                acting.remove();
            } else {
                acting.set(outer);
            }
        }
    }

    /** How many screens (or other listeners) follow the meeting now. */
    public int listeners(long meetingId) {
        var set = listeners.get(meetingId);
        return set == null ? 0 : set.size();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void committed(MeetingChange change) {
        deliver(change, acting.get());
        if (relay.active()) {
            delivery.execute(() -> relay.send(change));
        }
    }

    /** Hands the change to every listener of its meeting that follows its kind, except {@code own}. */
    private void deliver(MeetingChange change, @Nullable Registration own) {
        var set = listeners.get(change.meetingId());
        if (set == null) {
            return;
        }
        for (var subscription : set) {
            if (subscription == own || !subscription.interest.contains(change.what())) {
                continue;
            }
            delivery.execute(() -> {
                try {
                    subscription.listener.accept(change);
                } catch (RuntimeException failed) {
                    log.warn("A listener of meeting {} failed on {}", change.meetingId(), change.what(), failed);
                }
            });
        }
    }

    @PreDestroy
    void stop() {
        delivery.shutdownNow();
    }
}
