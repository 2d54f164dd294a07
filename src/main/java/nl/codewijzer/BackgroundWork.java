package nl.codewijzer;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The one place that switches background work on: the scheduled jobs (mail retry, MR reminders and
 * deadlines, pseudonymisation, the nightly signing reconcile, the retry of failed reactions) with
 * the lock that makes each run once when several app servers share one database, and the reaction
 * thread on which the modules' {@code @ApplicationModuleListener}s run after the commit (its size
 * in {@code application.properties}). Every {@code @Scheduled} method also carries a
 * {@code @SchedulerLock} with its own name; a test holds the code to that. See decision 0019.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableAsync
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M")
public class BackgroundWork {

    /** The job locks in table {@code shedlock}, timed by the database's clock so that servers need not agree on theirs. */
    @Bean
    LockProvider jobLocks(DataSource dataSource) {
        return jobLocks(dataSource, "");
    }

    /**
     * Job locks on this database, as every server takes them; {@code server} names the holder in the
     * table (empty: this machine's host name).
     */
    public static LockProvider jobLocks(DataSource dataSource, String server) {
        var configuration = JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime();
        if (!server.isEmpty()) {
            configuration.withLockedByValue(server);
        }
        return new JdbcTemplateLockProvider(configuration.build());
    }
}
