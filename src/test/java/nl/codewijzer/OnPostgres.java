package nl.codewijzer;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfiguration;

/**
 * The PostgreSQL test tier: put on a subclass of a {@link CodewijzerTest} class, it runs that class's
 * tests again with the whole app on a fresh database of the tier's real PostgreSQL server
 * ({@link PostgresServer}), migrated by the same Flyway migrations. All such classes share one
 * configuration, so Spring caches one PostgreSQL context beside the H2 one.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ContextConfiguration(initializers = OnPostgres.Database.class)
public @interface OnPostgres {

    /** Points the datasource of the context at a new database on the shared test server. */
    final class Database implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            var url = PostgresServer.shared().newDatabase("context");
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("postgres-test-tier", Map.of(
                    "spring.datasource.url", url,
                    "spring.datasource.username", PostgresServer.USER,
                    "spring.datasource.password", PostgresServer.PASSWORD)));
        }
    }
}
