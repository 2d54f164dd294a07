package nl.codewijzer.base;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes the work that fills an empty database at start-up (the demo school, the first beheerder) take turns
 * across servers. Two servers started at once on one empty database would otherwise both count no people and
 * both insert them, and one start would fail on a duplicate e-mail address. The caller holds this lock from
 * before it looks whether the database is empty until its transaction ends; a second server waits for it and
 * then finds the people the first one committed (decision 0048).
 *
 * <p>ShedLock, which guards the scheduled jobs, does not fit: it skips a job whose lock is taken, while the second
 * server here must wait and then see the data.
 */
@Component
public class FirstStartLock {

    private static final Logger log = LoggerFactory.getLogger(FirstStartLock.class);

    private final JdbcTemplate jdbc;

    FirstStartLock(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Locks the one row of {@code first_start} until the caller's transaction ends, waiting while another server
     * (or thread) holds it.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void hold() {
        boolean told = false;
        while (true) {
            try {
                jdbc.queryForObject("select id from first_start where id = 1 for update", Integer.class);
                return;
            } catch (QueryTimeoutException stillHeld) {
                // H2 gives up waiting for a row lock after its lock timeout (2 s by default) and leaves the
                // transaction usable; PostgreSQL waits as long as it takes. Filling a database takes longer than
                // 2 s on a busy machine, so wait again.
                if (!told) {
                    log.info("Another server is setting up the empty database; waiting until it is done");
                    told = true;
                }
            }
        }
    }
}
