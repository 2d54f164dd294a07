package nl.codewijzer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Scheduled jobs run once when several app servers share one database: every job takes a lock row
 * of its own in table {@code shedlock} before it runs.
 */
@CodewijzerTest
class ScheduledJobsTest {

    @Autowired
    DataSource dataSource;

    @Test
    void every_scheduled_job_takes_a_lock_of_its_own_name() throws Exception {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Component.class));
        var jobs = new HashMap<String, String>();
        for (var candidate : scanner.findCandidateComponents("nl.codewijzer")) {
            var type = Class.forName(candidate.getBeanClassName());
            for (var method : type.getDeclaredMethods()) {
                if (method.isAnnotationPresent(Scheduled.class)) {
                    var where = type.getSimpleName() + "." + method.getName();
                    var lock = method.getAnnotation(SchedulerLock.class);
                    assertThat(lock).as("the lock of " + where).isNotNull();
                    assertThat(jobs.put(lock.name(), where)).as("another job with lock name " + lock.name()).isNull();
                }
            }
        }
        assertThat(jobs).containsKeys("mail-retry", "consent-deadlines", "staff-pseudonymise", "signing-reconcile",
                "reaction-retry", "signing-reminders", "signing-digest", "review-reminders");
    }

    @Test
    void two_servers_on_one_database_run_a_job_that_both_start_at_once_only_once() throws Exception {
        var serverA = new DefaultLockingTaskExecutor(BackgroundWork.jobLocks(dataSource, "server-a"));
        var serverB = new DefaultLockingTaskExecutor(BackgroundWork.jobLocks(dataSource, "server-b"));
        var job = new LockConfiguration(Instant.now(), "test-job-" + System.nanoTime(), Duration.ofMinutes(1),
                Duration.ZERO);
        var runs = new AtomicInteger();
        Runnable work = () -> {
            runs.incrementAndGet();
            sleep(Duration.ofMillis(500)); // long enough that the other server starts while this one runs
        };

        var bothReady = new CyclicBarrier(2);
        try (var servers = Executors.newFixedThreadPool(2)) {
            var started = new ArrayList<Future<?>>();
            for (var server : new DefaultLockingTaskExecutor[] {serverA, serverB}) {
                started.add(servers.submit(() -> {
                    bothReady.await();
                    server.executeWithLock(work, job);
                    return null;
                }));
            }
            for (var run : started) {
                run.get(30, TimeUnit.SECONDS);
            }
        }
        assertThat(runs).as("runs of the job that both servers started at once").hasValue(1);

        serverB.executeWithLock(work, new LockConfiguration(Instant.now(), job.getName(), Duration.ofMinutes(1),
                Duration.ZERO));
        assertThat(runs).as("the next run, once the first has finished").hasValue(2);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
