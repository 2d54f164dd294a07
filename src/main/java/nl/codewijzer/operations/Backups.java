package nl.codewijzer.operations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import nl.codewijzer.base.InvalidInput;
import nl.codewijzer.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Backups of the embedded database: the beheerder's "Nu een back-up maken" and a nightly job
 * ({@code codewijzer.backup.cron}, default 02:15), both into {@code codewijzer.backup.dir} (default
 * {@code ./data/backups}), keeping the newest {@code codewijzer.backup.keep} (default 14). On
 * PostgreSQL the database server's own tools make the backup ({@code pg_dump}, see
 * docs/deployment.md): the action says so and the job does nothing.
 */
@Service
public class Backups {

    private static final Logger log = LoggerFactory.getLogger(Backups.class);

    /** A backup file, for the list the beheerder sees. */
    public record Backup(String name, Instant writtenAt, long bytes) {
    }

    private final DatabaseBackup backup;

    Backups(DataSource dataSource, Clock clock, @Value("${codewijzer.backup.dir:./data/backups}") Path folder,
            @Value("${codewijzer.backup.keep:14}") int keep) {
        this.backup = new DatabaseBackup(dataSource, folder, keep, clock);
    }

    /** Whether this app makes its own backups (the embedded H2 database in a file). */
    @PreAuthorize(Role.Require.BEHEERDER)
    public boolean available() {
        return backup.kind() == DatabaseBackup.Kind.H2_FILE;
    }

    /** Writes a backup now; refused with a message to show when the database is not an H2 file. */
    @PreAuthorize(Role.Require.BEHEERDER)
    public Backup backUpNow() {
        switch (backup.kind()) {
            case OTHER -> throw new InvalidInput("backup", "backup.error.external-database");
            case H2_IN_MEMORY -> throw new InvalidInput("backup", "backup.error.in-memory");
            case H2_FILE -> {
                // below
            }
        }
        var written = backup.write();
        log.info("Backup written by the beheerder: {}", written);
        return describe(written);
    }

    /** The backups kept, newest first. */
    @PreAuthorize(Role.Require.BEHEERDER)
    public List<Backup> backups() {
        return backup.list().stream().map(Backups::describe).toList();
    }

    /** The folder the backups are in, as the beheerder tells the ICT provider. */
    @PreAuthorize(Role.Require.BEHEERDER)
    public String folder() {
        return backup.folder().toString();
    }

    /** Every night, on one server: a backup of the embedded database; nothing on PostgreSQL. */
    @Scheduled(cron = "${codewijzer.backup.cron:0 15 2 * * *}", zone = "Europe/Amsterdam")
    @SchedulerLock(name = "database-backup", lockAtMostFor = "PT1H")
    public void nightly() {
        if (backup.kind() != DatabaseBackup.Kind.H2_FILE) {
            return;
        }
        var written = backup.write();
        log.info("Nightly backup written: {}", written);
    }

    private static Backup describe(Path file) {
        try {
            return new Backup(file.getFileName().toString(), Files.getLastModifiedTime(file).toInstant(), Files.size(file));
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }
}
