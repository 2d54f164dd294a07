package nl.codewijzer.operations;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.env.Environment;

/**
 * A start that fails because the database cannot be reached (PostgreSQL down, a wrong host or
 * port, a wrong password) ends with one plain paragraph that names the database and what to check,
 * instead of only a long stack trace; the process exits non-zero, as any failed start does.
 * Registered in {@code META-INF/spring.factories}.
 */
class DatabaseUnreachable implements FailureAnalyzer {

    private final Environment environment;

    DatabaseUnreachable(Environment environment) {
        this.environment = environment;
    }

    @Override
    public @Nullable FailureAnalysis analyze(Throwable failure) {
        var cause = connectionFailure(failure);
        if (cause == null) {
            return null;
        }
        var url = environment.getProperty("spring.datasource.url", "(no spring.datasource.url)");
        return new FailureAnalysis(
                "Codewijzer cannot reach its database at " + url + ": " + cause.getMessage(),
                "Check that the database server runs and accepts connections from this machine, and that "
                        + "SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD are right "
                        + "(see docs/deployment.md). Codewijzer does not start without its database.",
                cause);
    }

    /** The first cause that says the connection could not be made or was refused at login. */
    private static @Nullable Throwable connectionFailure(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof UnknownHostException) {
                return cause;
            }
            // SQLSTATE class 08: connection exception; 28: invalid authorisation (wrong user or password)
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("28"))) {
                return cause;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return null;
    }
}
