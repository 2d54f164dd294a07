package nl.codewijzer.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import nl.codewijzer.CodewijzerTest;
import nl.codewijzer.notification.MailBacklog;
import nl.codewijzer.pdf.PdfSeal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Status;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/** What the health check tells the ICT provider about the mail outbox and the school certificate. */
@CodewijzerTest
@Transactional
class HealthIndicatorsTest {

    @Autowired
    MailBacklog backlog;
    @Autowired
    PdfSeal seal;
    @Autowired
    JdbcTemplate jdbc;

    private static Clock at(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }

    @Test
    void a_mail_that_waits_longer_than_a_quarter_of_an_hour_turns_the_outbox_to_warning_with_the_count() {
        var now = Instant.parse("2026-12-04T10:00:00Z");
        var health = new MailOutboxHealth(backlog, at(now), Duration.ofMinutes(15));
        assertThat(health.health().getStatus()).isEqualTo(Status.UP);
        assertThat(health.health().getDetails()).containsEntry("waiting", 0L);

        jdbc.update("insert into mail_outbox (recipient, subject, body, status, attempts, created_at) "
                + "values ('docent@school.example', 'Herinnering', 'Tekst', 'WACHTEND', 3, ?)",
                Timestamp.from(now.minus(Duration.ofMinutes(20))));

        var afterAnHour = health.health();
        assertThat(afterAnHour.getStatus()).isEqualTo(OperationsHealth.WARNING);
        assertThat(afterAnHour.getDetails()).containsEntry("waiting", 1L)
                .containsEntry("oldestWaitingSince", now.minus(Duration.ofMinutes(20)).toString());
        assertThat(new MailOutboxHealth(backlog, at(now.minus(Duration.ofMinutes(10))), Duration.ofMinutes(15))
                .health().getStatus()).as("a mail that waits 10 minutes").isEqualTo(Status.UP);
    }

    @Test
    void the_school_certificate_turns_to_warning_a_month_before_it_expires_and_stays_so_after() {
        var validUntil = seal.certificateValidUntil().orElseThrow();

        assertThat(new SealCertificateHealth(seal, at(validUntil.minus(Duration.ofDays(60))), Duration.ofDays(30))
                .health().getStatus()).isEqualTo(Status.UP);
        var soon = new SealCertificateHealth(seal, at(validUntil.minus(Duration.ofDays(10))), Duration.ofDays(30)).health();
        assertThat(soon.getStatus()).isEqualTo(OperationsHealth.WARNING);
        assertThat(soon.getDetails()).containsEntry("validUntil", validUntil.toString()).containsEntry("expired", false);
        var expired = new SealCertificateHealth(seal, at(validUntil.plusSeconds(1)), Duration.ofDays(30)).health();
        assertThat(expired.getStatus()).isEqualTo(OperationsHealth.WARNING);
        assertThat(expired.getDetails()).containsEntry("expired", true);
    }
}
