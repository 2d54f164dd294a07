package nl.codewijzer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The settings the jar ships with, as a school runs it without any configuration. */
class ShippedSettingsTest {

    @Test
    void the_embedded_database_writes_every_commit_at_once_and_hibernate_only_validates() throws Exception {
        var properties = new Properties();
        try (var in = getClass().getResourceAsStream("/application.properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        // WRITE_DELAY=0: without it H2 holds commits back up to half a second and a crash loses them
        assertThat(properties.getProperty("spring.datasource.url")).startsWith("jdbc:h2:file:./data/")
                .contains(";WRITE_DELAY=0");
        assertThat(properties.getProperty("spring.jpa.hibernate.ddl-auto")).isEqualTo("validate");
        assertThat(properties.getProperty("spring.jpa.open-in-view")).isEqualTo("false");
    }

    @Test
    void the_servlet_container_lets_the_largest_allowed_upload_through_so_its_service_can_answer_in_dutch()
            throws Exception {
        var properties = new Properties();
        try (var in = getClass().getResourceAsStream("/application.properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        var maxFile = org.springframework.util.unit.DataSize.parse(properties.getProperty("spring.servlet.multipart.max-file-size"));
        var maxRequest = org.springframework.util.unit.DataSize.parse(
                properties.getProperty("spring.servlet.multipart.max-request-size"));
        assertThat(maxFile.toBytes()).isGreaterThanOrEqualTo(nl.codewijzer.consent.ConsentDocuments.MAX_ATTACHMENT_BYTES)
                .isGreaterThanOrEqualTo(nl.codewijzer.signing.PaperSignatures.MAX_SCAN_BYTES);
        assertThat(maxRequest.toBytes()).isGreaterThan(maxFile.toBytes());
    }
}
