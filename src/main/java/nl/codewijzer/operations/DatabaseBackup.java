package nl.codewijzer.operations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A consistent backup of the embedded H2 database: H2's own {@code BACKUP TO} writes a zip of the
 * database file as of one moment while the app keeps running. The zip is written under a temporary
 * name and renamed when complete, so a file named {@code codewijzer-<time>.zip} is always whole.
 * Of those files the newest {@code keep} stay; older ones are deleted. Restoring is unzipping the
 * file into an empty {@code data} folder (docs/deployment.md).
 */
final class DatabaseBackup {

    static final Pattern NAME = Pattern.compile("codewijzer-\\d{8}T\\d{6}Z\\.zip");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(java.time.ZoneOffset.UTC);

    /** What kind of database the app runs on, for what a backup can be. */
    enum Kind { H2_FILE, H2_IN_MEMORY, OTHER }

    private final DataSource dataSource;
    private final Path folder;
    private final int keep;
    private final Clock clock;

    DatabaseBackup(DataSource dataSource, Path folder, int keep, Clock clock) {
        this.dataSource = dataSource;
        this.folder = folder.toAbsolutePath().normalize();
        this.keep = keep;
        this.clock = clock;
    }

    Path folder() {
        return folder;
    }

    Kind kind() {
        try (var connection = dataSource.getConnection()) {
            var meta = connection.getMetaData();
            if (!"H2".equals(meta.getDatabaseProductName())) {
                return Kind.OTHER;
            }
            return meta.getURL().startsWith("jdbc:h2:mem:") ? Kind.H2_IN_MEMORY : Kind.H2_FILE;
        } catch (SQLException failed) {
            throw new IllegalStateException("Cannot read what database this is", failed);
        }
    }

    /** Writes a backup now, removes the ones beyond {@code keep}, and returns the new file. */
    Path write() {
        try {
            Files.createDirectories(folder);
            var now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
            var target = folder.resolve("codewijzer-" + STAMP.format(now) + ".zip");
            var partial = folder.resolve("." + target.getFileName() + ".part");
            Files.deleteIfExists(partial);
            new JdbcTemplate(dataSource).execute("BACKUP TO '" + partial.toString().replace("'", "''") + "'");
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            prune();
            return target;
        } catch (IOException failed) {
            throw new UncheckedIOException("Cannot write the backup in " + folder, failed);
        }
    }

    /** The backups there are, newest first. */
    List<Path> list() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> NAME.matcher(file.getFileName().toString()).matches())
                    .sorted(Comparator.comparing((Path file) -> file.getFileName().toString()).reversed())
                    .toList();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    private void prune() throws IOException {
        var backups = list();
        for (var old : backups.subList(Math.min(keep, backups.size()), backups.size())) {
            Files.deleteIfExists(old);
        }
    }
}
