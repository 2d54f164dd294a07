package nl.codewijzer.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The production jar as an ICT provider runs it: a start without its database. (The load balancer's
 * health check is tried in InternetHardeningIT, on the jar it runs as shipped.)
 */
class OperationsIT {

    @TempDir
    Path workingFolder;

    @Test
    void a_start_without_a_reachable_postgresql_ends_at_once_with_a_plain_message_and_a_non_zero_exit_code() throws Exception {
        int closedPort;
        try (var socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        var url = "jdbc:postgresql://127.0.0.1:" + closedPort + "/codewijzer";

        var app = ProductionJar.runToEnd(workingFolder, "unreachable.log", Duration.ofSeconds(120),
                "--spring.datasource.url=" + url, "--spring.datasource.username=codewijzer",
                "--spring.datasource.password=secret");

        assertThat(app.exitCode()).as("exit code\n%s", app.logText()).isNotZero();
        assertThat(app.logText()).contains("Codewijzer cannot reach its database at " + url)
                .contains("Check that the database server runs");
    }
}
