package nl.codewijzer.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The production jar as an ICT provider runs it: the load balancer's health check, and a start
 * without its database. The health check runs on the jar as shipped ({@code java -jar codewijzer.jar});
 * the other ITs start it extracted, see {@link ProductionJar}.
 */
class OperationsIT {

    @RegisterExtension
    final ProductionJars jars = ProductionJars.asShipped();

    @TempDir
    Path workingFolder;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private HttpResponse<String> get(ProductionJar app, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(app.baseUrl() + path)).timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void the_load_balancer_reads_health_liveness_and_readiness_without_login_and_no_other_actuator_endpoint() throws Exception {
        var app = jars.start(workingFolder, "health.log");

        var health = get(app, "/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).endsWith("\"status\":\"UP\"}")
                .contains("\"db\":{\"status\":\"UP\"}", "\"mailOutbox\":{\"status\":\"UP\"}",
                        "\"sealCertificate\":{\"status\":\"UP\"}", "\"reactions\":{\"status\":\"UP\"}")
                // counts and dates only for a signed-in beheerder
                .doesNotContain("waiting", "validUntil");
        for (var probe : new String[] {"/actuator/health/liveness", "/actuator/health/readiness"}) {
            var answer = get(app, probe);
            assertThat(answer.statusCode()).as(probe).isEqualTo(200);
            assertThat(answer.body()).as(probe).endsWith("\"status\":\"UP\"}");
        }
        assertThat(get(app, "/actuator/health/readiness").body()).as("readiness includes the database")
                .contains("\"db\":{\"status\":\"UP\"}");
        for (var closed : new String[] {"/actuator", "/actuator/env", "/actuator/beans", "/actuator/heapdump",
                "/actuator/loggers", "/actuator/metrics"}) {
            var answer = get(app, closed);
            assertThat(answer.statusCode()).as(closed).isNotEqualTo(200);
            assertThat(answer.body()).as(closed).doesNotContain("propertySources", "\"_links\"", "\"beans\"");
        }
    }

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
