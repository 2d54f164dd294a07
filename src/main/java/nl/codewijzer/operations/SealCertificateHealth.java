package nl.codewijzer.operations;

import java.time.Clock;
import java.time.Duration;
import nl.codewijzer.pdf.PdfSeal;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The seal on the register and the adopted code: WARNING from
 * {@code codewijzer.health.seal-expiry-warning} (default 30 days) before the school certificate
 * expires, and once it has, so the ICT provider renews it in time; WARNING too while sealing cannot
 * work (no certificate, or the time-stamping authority does not answer: {@link PdfSeal#health()}).
 * The app itself works on, so the load balancer keeps the server.
 */
@Component("sealCertificateHealthIndicator")
class SealCertificateHealth implements HealthIndicator {

    private final PdfSeal seal;
    private final Clock clock;
    private final Duration warnBefore;

    SealCertificateHealth(PdfSeal seal, Clock clock,
            @Value("${codewijzer.health.seal-expiry-warning:P30D}") Duration warnBefore) {
        this.seal = seal;
        this.clock = clock;
        this.warnBefore = warnBefore;
    }

    @Override
    public Health health() {
        var sealing = seal.health();
        var notAfter = seal.certificateValidUntil();
        var now = clock.instant();
        var expiring = notAfter.filter(until -> until.isBefore(now.plus(warnBefore))).isPresent();
        var builder = !sealing.ready() || expiring ? Health.status(OperationsHealth.WARNING) : Health.up();
        builder.withDetail("level", sealing.level().name());
        notAfter.ifPresentOrElse(until -> builder.withDetail("validUntil", until.toString())
                .withDetail("expired", until.isBefore(now)), () -> builder.withDetail("certificate", "none"));
        if (sealing.problem() != null) {
            builder.withDetail("problem", sealing.problem());
        }
        return builder.build();
    }
}
