package nl.codewijzer;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.websocket.server.ServerContainer;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.web.context.WebApplicationContext;

/**
 * The push WebSocket as a phone opens it, on the real web server: the upgrade succeeds, and the
 * connection is set up without per-message compression and with small buffers, which saves about
 * 120 KB of heap per phone (decision 0013).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:push-${random.uuid};DB_CLOSE_DELAY=-1",
        "codewijzer.demo.enabled=false"})
class PushConnectionsIT {

    @LocalServerPort
    private int port;

    @Autowired
    private List<ServletRegistrationBean<?>> servlets;

    @Autowired
    private WebApplicationContext web;

    @Test
    void a_push_websocket_opens_without_compression_even_when_the_browser_offers_it() throws Exception {
        var response = handshake("permessage-deflate; client_max_window_bits");

        assertThat(response.getFirst()).startsWith("HTTP/1.1 101");
        assertThat(response).noneMatch(header -> header.toLowerCase().startsWith("sec-websocket-extensions"));
    }

    @Test
    void tomcat_starts_each_websocket_with_small_message_buffers() {
        var container = (ServerContainer) web.getServletContext().getAttribute(ServerContainer.class.getName());

        assertThat(container.getDefaultMaxTextMessageBufferSize()).isEqualTo(PushConnections.SMALL_BUFFER);
        assertThat(container.getDefaultMaxBinaryMessageBufferSize()).isEqualTo(PushConnections.SMALL_BUFFER);
    }

    @Test
    void atmosphere_gets_small_buffers_from_the_vaadin_servlet() {
        assertThat(servlets).anySatisfy(registration -> assertThat(registration.getInitParameters())
                .containsEntry(PushConnections.ATMOSPHERE_BUFFER_SIZE, String.valueOf(PushConnections.SMALL_BUFFER)));
    }

    /** A browser's WebSocket handshake on Vaadin's push address; returns the status line and headers. */
    private List<String> handshake(String extensionOffer) throws Exception {
        try (var socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            var request = "GET /VAADIN/push?v-r=push&v-uiId=0&X-Atmosphere-Transport=websocket HTTP/1.1\r\n"
                    + "Host: localhost:" + port + "\r\n"
                    + "Connection: Upgrade\r\n"
                    + "Upgrade: websocket\r\n"
                    + "Sec-WebSocket-Version: 13\r\n"
                    + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                    + "Sec-WebSocket-Extensions: " + extensionOffer + "\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            var in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            var lines = new ArrayList<String>();
            for (String line; (line = in.readLine()) != null && !line.isEmpty(); ) {
                lines.add(line);
            }
            return lines;
        }
    }
}
