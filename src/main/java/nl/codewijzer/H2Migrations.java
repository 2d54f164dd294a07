package nl.codewijzer;

import java.sql.SQLException;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * On the embedded H2 database, Flyway migrates on a connection of its own that stays open as long
 * as the application runs (decision 0014). H2 2.4 keeps the session that created an
 * {@code in (...)} check constraint inside that constraint; when the migration ran on a pooled
 * connection, the pool's retirement of that connection after 30 minutes made every later check
 * fail with "The database has been closed" (issue 20). This session is never retired, so the
 * constraints keep a live one; at the next start H2 parses them again with its own system session.
 * PostgreSQL migrates on the pool as usual.
 */
@Configuration(proxyBeanMethods = false)
class H2Migrations {

    @Bean
    MigrationSession h2MigrationSession(DataSourceProperties dataSource) {
        return new MigrationSession(dataSource);
    }

    @Bean
    FlywayConfigurationCustomizer migrateOnTheH2MigrationSession(MigrationSession session) {
        return configuration -> {
            if (session.dataSource != null) {
                configuration.dataSource(session.dataSource);
            }
        };
    }

    /** The one connection the migrations ran on, closed when the application stops (H2 only). */
    static final class MigrationSession implements DisposableBean {

        private final @org.jspecify.annotations.Nullable SingleConnectionDataSource dataSource;

        MigrationSession(DataSourceProperties properties) {
            var url = properties.determineUrl();
            this.dataSource = url != null && url.startsWith("jdbc:h2:")
                    ? new SingleConnectionDataSource(url,
                            java.util.Objects.requireNonNullElse(properties.determineUsername(), ""),
                            java.util.Objects.requireNonNullElse(properties.determinePassword(), ""), true)
                    : null;
        }

        @Override
        public void destroy() throws SQLException {
            if (dataSource != null) {
                dataSource.destroy();
            }
        }
    }
}
