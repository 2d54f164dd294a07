package nl.codewijzer.operations;

import nl.codewijzer.Reactions;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/** The modules' reactions to each other's events: WARNING while any failed and waits for its retry. */
@Component("reactionsHealthIndicator")
class ReactionsHealth implements HealthIndicator {

    private final Reactions reactions;

    ReactionsHealth(Reactions reactions) {
        this.reactions = reactions;
    }

    @Override
    public Health health() {
        var failed = reactions.failed();
        return (failed > 0 ? Health.status(OperationsHealth.WARNING) : Health.up())
                .withDetail("failed", failed)
                .withDetail("inProgress", reactions.inProgress())
                .build();
    }
}
