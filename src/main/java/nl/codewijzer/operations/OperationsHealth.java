package nl.codewijzer.operations;

import org.springframework.boot.health.contributor.Status;

/** The health statuses beside Spring's own. */
final class OperationsHealth {

    /**
     * Something needs attention but the server serves: the load balancer keeps it (HTTP 200), a
     * dashboard shows it. Ordered between DOWN and UP in {@code application.properties}.
     */
    static final Status WARNING = new Status("WARNING");

    private OperationsHealth() {
    }
}
