package nl.codewijzer.onboarding.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import nl.codewijzer.staff.InvitationLink;
import org.springframework.stereotype.Component;

/**
 * The full links of invitations just made, kept in memory only, per beheerder who made them, until
 * that beheerder's screen has shown them once, and never longer than a quarter of an hour. The
 * database holds only hashes, so this is the one moment a link made for a new person can be shown.
 */
@Component
public class FreshLinks {

    static final Duration KEPT_FOR = Duration.ofMinutes(15);

    /** A link and the invitation it belongs to. */
    public record Fresh(long invitationId, InvitationLink link) {
    }

    private record Kept(Fresh fresh, Instant until) {
    }

    private final Map<Long, Queue<Kept>> byBeheerder = new ConcurrentHashMap<>();
    private final Clock clock;

    FreshLinks(Clock clock) {
        this.clock = clock;
    }

    public void keep(long beheerderId, long invitationId, InvitationLink link) {
        byBeheerder.computeIfAbsent(beheerderId, id -> new ConcurrentLinkedQueue<>())
                .add(new Kept(new Fresh(invitationId, link), clock.instant().plus(KEPT_FOR)));
    }

    /** The beheerder's links not yet shown and not too old, in the order they were made; they are gone afterwards. */
    public List<Fresh> take(long beheerderId) {
        var kept = byBeheerder.remove(beheerderId);
        var now = clock.instant();
        byBeheerder.values().removeIf(queue -> queue.stream().allMatch(entry -> !now.isBefore(entry.until())));
        return kept == null ? List.of()
                : kept.stream().filter(entry -> now.isBefore(entry.until())).map(Kept::fresh).toList();
    }
}
