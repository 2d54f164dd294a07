package nl.codewijzer.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipInputStream;
import nl.codewijzer.audit.internal.AuditChain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * A backup a school can restore: the production jar's nightly job (here every few seconds) writes a
 * backup of its running H2 database; unzipped into an empty folder, the jar starts on it, and the
 * restored database holds the same versions, signatures and audit trail, whose chain verifies.
 */
class BackupRestoreIT {

    @RegisterExtension
    final ProductionJars jars = new ProductionJars();

    @TempDir
    Path school;
    @TempDir
    Path restored;

    @Test
    void a_nightly_backup_unzipped_into_an_empty_folder_starts_with_the_same_versions_signatures_and_a_verifying_audit_chain()
            throws Exception {
        var app = jars.start(school, "running.log", "--codewijzer.backup.cron=*/3 * * * * *", "--codewijzer.backup.keep=2");
        var backups = school.resolve("data/backups");
        // a backup begun after the demo school was in place (the job also runs while the jar starts)
        var backup = awaitBackup(backups, app, Instant.now().plusSeconds(1));
        app.close();
        try (var files = Files.list(backups)) {
            assertThat(files.filter(file -> file.getFileName().toString().endsWith(".zip")).count())
                    .as("backups kept (keep=2)").isBetween(1L, 2L);
        }

        unzip(backup, restored.resolve("data"));
        var again = jars.start(restored, "restored.log");
        assertThat(again.logText()).contains("the demo school is left out");
        again.close();

        var original = database(school);
        var copy = database(restored);
        try {
            for (var query : List.of(
                    "select id, code_id, number, status, sha256, created_at from code_version order by id",
                    "select id, person_id, version_id, sha256, signed_at, verification_code from signature order by id",
                    "select id, email, password_hash, start_date from person order by id",
                    "select seq, occurred_at, action, hash from audit_event order by seq")) {
                List<Map<String, Object>> before = original.queryForList(query);
                assertThat(before).as(query).isNotEmpty();
                assertThat(copy.queryForList(query)).as(query).isEqualTo(before);
            }
            var chain = new AuditChain(copy.getDataSource()).verify(1000);
            assertThat(chain.intact()).as("audit chain of the restored database: %s", chain).isTrue();
            assertThat(chain.checked()).isPositive();
        } finally {
            close(original);
            close(copy);
        }
    }

    private static Path awaitBackup(Path folder, ProductionJar app, Instant notBefore) throws IOException, InterruptedException {
        var deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            if (Files.isDirectory(folder)) {
                try (var files = Files.list(folder)) {
                    var found = files.filter(file -> file.getFileName().toString().matches("codewijzer-.*\\.zip"))
                            .filter(file -> modified(file).isAfter(notBefore)).sorted().toList();
                    if (!found.isEmpty()) {
                        return found.getLast();
                    }
                }
            }
            Thread.sleep(500);
        }
        throw new AssertionError("No backup in " + folder + " within 60 s\n" + app.logText());
    }

    private static Instant modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException gone) {
            return Instant.MIN; // pruned meanwhile
        }
    }

    private static void unzip(Path zip, Path into) throws IOException {
        Files.createDirectories(into);
        try (var in = new ZipInputStream(Files.newInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                var target = into.resolve(entry.getName()).normalize();
                assertThat(target.startsWith(into)).isTrue();
                Files.copy(in, target);
            }
        }
        assertThat(into.resolve("codewijzer.mv.db")).isRegularFile();
    }

    private static JdbcTemplate database(Path workingFolder) {
        var url = "jdbc:h2:file:" + workingFolder.resolve("data/codewijzer").toAbsolutePath() + ";IFEXISTS=TRUE";
        return new JdbcTemplate(new SingleConnectionDataSource(url, "codewijzer", "", true));
    }

    private static void close(JdbcTemplate jdbc) {
        ((SingleConnectionDataSource) jdbc.getDataSource()).destroy();
    }
}
