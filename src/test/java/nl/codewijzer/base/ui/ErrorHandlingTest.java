package nl.codewijzer.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.server.ErrorEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** What the beheerder finds in the log: real errors under an incident code, a closed tab not at all. */
@ExtendWith(OutputCaptureExtension.class)
class ErrorHandlingTest {

    private final ErrorHandling errors = new ErrorHandling();

    @Test
    void a_closed_tab_or_a_dropped_connection_is_not_logged_as_an_unexpected_error(CapturedOutput log) {
        errors.handle(new ErrorEvent(new UIDetachedException()));
        errors.handle(new ErrorEvent(new UncheckedIOException(new IOException("Broken pipe"))));
        errors.handle(new ErrorEvent(new RuntimeException(new IOException("Connection reset by peer"))));

        assertThat(log.getOut() + log.getErr()).doesNotContain("Unexpected error").doesNotContain("ERROR");
    }

    @Test
    void anything_else_is_logged_at_error_with_an_incident_code(CapturedOutput log) {
        errors.handle(new ErrorEvent(new IllegalStateException("the database is full")));

        assertThat(log.getOut() + log.getErr()).containsPattern("ERROR .*Unexpected error, incident [0-9a-f]{8}")
                .contains("the database is full");
    }

    @Test
    void a_database_that_does_not_answer_is_a_warning_and_not_an_unexpected_error(CapturedOutput log) {
        errors.handle(new ErrorEvent(new org.springframework.transaction.CannotCreateTransactionException(
                "Could not open JPA EntityManager for transaction",
                new java.sql.SQLTransientConnectionException("HikariPool-1 - Connection is not available"))));

        assertThat(log.getOut() + log.getErr()).containsPattern("WARN .*The database did not answer, incident [0-9a-f]{8}")
                .doesNotContain("Unexpected error");
        assertThat(ErrorHandling.databaseUnreachable(new IllegalStateException("the database is full"))).isFalse();
    }
}
