package nl.codewijzer.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Where links point: the configured address, else the one the browser used, never localhost on paper. */
class PublicAddressTest {

    @AfterEach
    void noRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    private static MockHttpServletRequest browserAt(String scheme, String host, int port) {
        var request = new MockHttpServletRequest();
        request.setScheme(scheme);
        request.setServerName(host);
        request.setServerPort(port);
        return request;
    }

    private static void during(MockHttpServletRequest request) {
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }

    @Test
    void a_configured_address_is_used_without_its_trailing_slash() {
        var address = new PublicAddress(new BaseUrl(" https://codewijzer.de-linde.nl/ "));
        assertThat(address.link("verifieren")).isEqualTo("https://codewijzer.de-linde.nl/verifieren");
    }

    @Test
    void without_a_configured_address_links_follow_the_address_and_port_the_browser_used() {
        var address = new PublicAddress(new BaseUrl(""));
        during(browserAt("http", "192.168.1.20", 8091));
        assertThat(address.link("uitnodiging/abc")).isEqualTo("http://192.168.1.20:8091/uitnodiging/abc");
        during(browserAt("https", "codewijzer.de-linde.nl", 443));
        assertThat(address.link("verifieren")).isEqualTo("https://codewijzer.de-linde.nl/verifieren");
    }

    @Test
    void a_document_for_outsiders_never_prints_a_loopback_address() {
        var address = new PublicAddress(new BaseUrl(null));
        during(browserAt("http", "localhost", 8091));
        assertThat(address.known()).contains("http://localhost:8091");
        assertThat(address.forOutsiders()).isEmpty();
        RequestContextHolder.resetRequestAttributes();
        assertThat(new PublicAddress(new BaseUrl("http://127.0.0.1:8080")).forOutsiders()).isEmpty();
    }

    @Test
    void a_job_without_a_request_uses_the_address_a_signed_in_person_last_used_or_none() {
        var address = new PublicAddress(new BaseUrl(""));
        assertThat(address.known()).isEmpty();
        assertThat(address.link("instemming")).isEqualTo("/instemming");
        address.noticeSignedInRequest(browserAt("https", "codewijzer.de-linde.nl", 443));
        assertThat(address.link("instemming")).isEqualTo("https://codewijzer.de-linde.nl/instemming");
    }

    @Test
    void the_beheerder_is_warned_when_the_configured_address_is_not_the_one_in_use() {
        var address = new PublicAddress(new BaseUrl("https://codewijzer.de-linde.nl"));
        during(browserAt("http", "192.168.1.20", 8080));
        assertThat(address.mismatch()).contains("http://192.168.1.20:8080");
        during(browserAt("https", "CODEWIJZER.de-linde.nl", 443));
        assertThat(address.mismatch()).isEmpty();
    }
}
