package nl.codewijzer.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** The backup of an H2 file database: a whole zip under a time-stamped name, and only the newest kept. */
class DatabaseBackupTest {

    @TempDir
    Path folder;

    @Test
    void each_backup_is_a_zip_of_the_database_file_and_only_the_newest_three_stay() throws Exception {
        var dataSource = new SingleConnectionDataSource("jdbc:h2:file:" + folder.resolve("db/school") + ";WRITE_DELAY=0",
                "sa", "", true);
        try {
            var jdbc = new JdbcTemplate(dataSource);
            jdbc.execute("create table person (id int primary key, name varchar(100))");
            jdbc.update("insert into person values (1, 'Zoë de Vries')");
            var start = Instant.parse("2026-12-04T01:15:00Z");
            Path last = null;
            for (int night = 0; night < 5; night++) {
                var clock = Clock.fixed(start.plus(Duration.ofDays(night)), ZoneOffset.UTC);
                last = new DatabaseBackup(dataSource, folder.resolve("backups"), 3, clock).write();
            }
            var backup = new DatabaseBackup(dataSource, folder.resolve("backups"), 3, Clock.systemUTC());

            assertThat(backup.kind()).isEqualTo(DatabaseBackup.Kind.H2_FILE);
            assertThat(backup.list()).extracting(path -> path.getFileName().toString()).containsExactly(
                    "codewijzer-20261208T011500Z.zip", "codewijzer-20261207T011500Z.zip", "codewijzer-20261206T011500Z.zip");
            try (var files = Files.list(folder.resolve("backups"))) {
                assertThat(files.count()).as("no partial files left").isEqualTo(3);
            }
            try (var zip = new ZipFile(last.toFile())) {
                assertThat(zip.getEntry("school.mv.db")).isNotNull();
            }
            var restored = new SingleConnectionDataSource("jdbc:h2:file:" + unzip(last) + ";ACCESS_MODE_DATA=r", "sa", "", true);
            try {
                assertThat(new JdbcTemplate(restored).queryForObject("select name from person where id = 1", String.class))
                        .isEqualTo("Zoë de Vries");
            } finally {
                restored.destroy();
            }
        } finally {
            dataSource.destroy();
        }
    }

    private Path unzip(Path zip) throws Exception {
        var into = Files.createDirectories(folder.resolve("restored"));
        try (var file = new ZipFile(zip.toFile())) {
            Files.copy(file.getInputStream(file.getEntry("school.mv.db")), into.resolve("school.mv.db"));
        }
        return into.resolve("school");
    }
}
