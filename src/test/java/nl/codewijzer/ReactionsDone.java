package nl.codewijzer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

/**
 * Waits for the reactions to events (signing on adoption, on a new colleague, ...) that run after
 * the commit on the reaction thread, as a person would wait a moment for the requests to appear.
 */
public final class ReactionsDone {

    private ReactionsDone() {
    }

    /** Returns once no reaction waits or runs; fails after 30 s. */
    public static void await(Reactions reactions) {
        var deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (reactions.inProgress() > 0) {
            assertThat(System.nanoTime()).as("reactions done within 30 s").isLessThan(deadline);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
