package nl.codewijzer.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.codewijzer.ContextSecurityStrategy;
import nl.codewijzer.Reactions;
import nl.codewijzer.ReactionsDone;
import nl.codewijzer.SignIn;
import nl.codewijzer.audit.internal.AuditChainer;
import nl.codewijzer.base.SchoolTime;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestExecutionListeners;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The SCIM endpoint over real HTTP, with the requests Microsoft Entra ID's provisioning service
 * sends (bodies as Entra's documentation and its SCIM validator show them), a real SMTP server
 * (GreenMail) for the invitation, and the demo school's adopted code for the signature request.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "codewijzer.mail.retry-delay=PT1H", "codewijzer.base-url=https://codewijzer.de-linde.example"})
@ActiveProfiles("test")
@TestExecutionListeners(listeners = ContextSecurityStrategy.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class ScimProvisioningTest {

    private static final int SMTP_PORT = freePort();
    private static final GreenMail MAIL = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    ScimTokens tokens;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AuditChainer chainer;
    @Autowired
    Reactions reactions;

    private final HttpClient http = HttpClient.newHttpClient();
    private String token = "";

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    @BeforeAll
    static void startMail() {
        MAIL.start();
    }

    @AfterAll
    static void stopMail() {
        MAIL.stop();
    }

    @BeforeEach
    void entraHasTheSecretToken() {
        SignIn.as(users, "beheerder@school.example");
        token = tokens.generate();
    }

    @Test
    void a_new_hire_an_attribute_change_and_a_leaver_arrive_as_entra_sends_them() throws Exception {
        var filter = send("GET", "/Users?filter=" + URLEncoder.encode("userName eq \"Noor.vanDijk@school.example\"",
                StandardCharsets.UTF_8), null);
        assertThat(filter.statusCode()).isEqualTo(200);
        assertThat(json(filter).get("totalResults").asInt()).isZero();

        var created = send("POST", "/Users", """
                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User",
                            "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User",
                            "urn:ietf:params:scim:schemas:extension:codewijzer:2.0:User"],
                 "externalId":"0a21f0f2-8d2a-4f8e-bf98-7363c4aed4ef",
                 "userName":"Noor.vanDijk@school.example",
                 "active":true,
                 "displayName":"Noor van Dijk",
                 "emails":[{"primary":true,"type":"work","value":"noor.vandijk@school.example"}],
                 "meta":{"resourceType":"User"},
                 "name":{"formatted":"Noor van Dijk","familyName":"van Dijk","givenName":"Noor"},
                 "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":{"employeeNumber":"701984"},
                 "urn:ietf:params:scim:schemas:extension:codewijzer:2.0:User":{"startDate":"%s"},
                 "roles":[]}""".formatted(LocalDate.now(SchoolTime.ZONE).minusDays(1)));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        var id = json(created).get("id").asString();
        long personId = Long.parseLong(id);
        assertThat(json(created).get("userName").asString()).isEqualTo("noor.vandijk@school.example");

        ReactionsDone.await(reactions);
        assertThat(person(personId)).containsEntry("FULL_NAME", "Noor van Dijk").containsEntry("ACTIVE", true);
        assertThat(roles(personId)).containsExactly("MEDEWERKER");
        assertThat(requestStatuses(personId)).containsExactly("OPEN");
        var invitation = mailTo("noor.vandijk@school.example", "Welkom bij De Linde (demo): kies uw wachtwoord voor Codewijzer");
        assertThat(invitation.getContent().toString()).contains("https://codewijzer.de-linde.example/uitnodiging/");

        var again = send("GET", "/Users?filter=" + URLEncoder.encode("userName eq \"noor.vandijk@school.example\"",
                StandardCharsets.UTF_8), null);
        assertThat(json(again).get("totalResults").asInt()).isEqualTo(1);
        assertThat(json(again).get("Resources").get(0).get("id").asString()).isEqualTo(id);

        var changed = send("PATCH", "/Users/" + id, """
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                 "Operations":[
                   {"op":"Replace","path":"name.familyName","value":"de Graaf"},
                   {"op":"Replace","path":"emails[type eq \\"work\\"].value","value":"noor.degraaf@school.example"},
                   {"op":"Add","path":"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department","value":"Onderbouw"}]}""");
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(person(personId)).containsEntry("FULL_NAME", "Noor de Graaf")
                .containsEntry("EMAIL", "noor.degraaf@school.example");

        var left = send("PATCH", "/Users/" + id, """
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                 "Operations":[{"op":"Replace","path":"active","value":"False"}]}""");
        assertThat(left.statusCode()).as(left.body()).isEqualTo(200);
        assertThat(json(left).get("active").asBoolean()).isFalse();
        ReactionsDone.await(reactions);
        assertThat(person(personId)).containsEntry("ACTIVE", false)
                .containsEntry("END_DATE", java.sql.Date.valueOf(LocalDate.now(SchoolTime.ZONE)));
        assertThat(requestStatuses(personId)).containsExactly("DROPPED");

        chainer.chainNow();
        assertThat(jdbc.queryForList("""
                select e.action from audit_event e join audit_actor_name n on n.seq = e.seq
                where e.subject_id = ? and n.name = 'SCIM' order by e.seq""", String.class, personId))
                .containsSubsequence("person.joined", "person.changed", "person.left");
    }

    @Test
    void delete_deactivates_and_never_deletes_the_person() throws Exception {
        var created = send("POST", "/Users", """
                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"kees.jansen@school.example",
                 "name":{"givenName":"Kees","familyName":"Jansen"},"active":true}""");
        var id = json(created).get("id").asString();

        var deleted = send("DELETE", "/Users/" + id, null);

        assertThat(deleted.statusCode()).isEqualTo(204);
        assertThat(person(Long.parseLong(id))).containsEntry("ACTIVE", false).containsEntry("FULL_NAME", "Kees Jansen");
        assertThat(json(send("GET", "/Users/" + id, null)).get("active").asBoolean()).isFalse();
    }

    @Test
    void bad_requests_get_scim_errors_and_change_nothing() throws Exception {
        assertThat(send("GET", "/Users", null, null).statusCode()).isEqualTo(401);
        assertThat(send("GET", "/Users", null, "not-the-token").statusCode()).isEqualTo(401);

        var notJson = send("POST", "/Users", "userName=x");
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(json(notJson).get("scimType").asString()).isEqualTo("invalidSyntax");
        assertThat(json(notJson).get("schemas").get(0).asString()).isEqualTo("urn:ietf:params:scim:api:messages:2.0:Error");

        var noUserName = send("POST", "/Users", "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"active\":true}");
        assertThat(noUserName.statusCode()).isEqualTo(400);
        assertThat(json(noUserName).get("scimType").asString()).isEqualTo("invalidValue");

        var duplicate = send("POST", "/Users", "{\"userName\":\"Docent@School.example\"}");
        assertThat(duplicate.statusCode()).isEqualTo(409);
        assertThat(json(duplicate).get("scimType").asString()).isEqualTo("uniqueness");

        assertThat(send("GET", "/Users/999999", null).statusCode()).isEqualTo(404);
        var badFilter = send("GET", "/Users?filter=" + URLEncoder.encode("displayName co \"a\"", StandardCharsets.UTF_8), null);
        assertThat(badFilter.statusCode()).isEqualTo(400);
        assertThat(json(badFilter).get("scimType").asString()).isEqualTo("invalidFilter");

        long docent = jdbc.queryForObject("select id from person where email = 'docent@school.example'", Long.class);
        var tooMany = new StringBuilder("{\"Operations\":[");
        for (int i = 0; i < 10_000; i++) {
            tooMany.append(i == 0 ? "" : ",").append("{\"op\":\"replace\",\"path\":\"displayName\",\"value\":\"X").append(i).append("\"}");
        }
        assertThat(send("PATCH", "/Users/" + docent, tooMany.append("]}").toString()).statusCode()).isIn(400, 413);

        // the second operation is bad: the first one is not applied either
        var half = send("PATCH", "/Users/" + docent, """
                {"Operations":[{"op":"replace","path":"displayName","value":"Iemand Anders"},
                               {"op":"replace","path":"active","value":"misschien"}]}""");
        assertThat(half.statusCode()).isEqualTo(400);
        assertThat(person(docent)).containsEntry("FULL_NAME", "Bart de Vries").containsEntry("ACTIVE", true);

        var invalidEmail = send("PATCH", "/Users/" + docent, """
                {"Operations":[{"op":"replace","path":"emails[type eq \\"work\\"].value","value":"geen-adres"},
                               {"op":"replace","path":"userName","value":"geen-adres"}]}""");
        assertThat(invalidEmail.statusCode()).isEqualTo(400);
        assertThat(person(docent)).containsEntry("EMAIL", "docent@school.example");

        assertThat(send("GET", "/Groups", null).statusCode()).isEqualTo(501);
        assertThat(json(send("GET", "/ServiceProviderConfig", null)).get("patch").get("supported").asBoolean()).isTrue();
    }

    @Test
    void a_revoked_token_stops_working_and_a_new_one_replaces_the_old() throws Exception {
        var old = token;
        SignIn.as(users, "beheerder@school.example");
        var fresh = tokens.generate();

        assertThat(send("GET", "/Users?count=1", null, old).statusCode()).isEqualTo(401);
        assertThat(send("GET", "/Users?count=1", null, fresh).statusCode()).isEqualTo(200);
        assertThat(tokens.status().lastUsedAt()).isNotNull();
        assertThat(jdbc.queryForObject("select count(*) from scim_token where token_sha256 = ?", Integer.class, fresh))
                .as("the token itself is never stored").isZero();

        tokens.revoke();
        assertThat(send("GET", "/Users?count=1", null, fresh).statusCode()).isEqualTo(401);
    }

    private HttpResponse<String> send(String method, String path, String body) throws Exception {
        return send(method, path, body, token);
    }

    private HttpResponse<String> send(String method, String path, String body, String bearer) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/scim/v2" + path))
                .header("Content-Type", "application/scim+json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The mail with this subject to this address, waiting up to 10 s for it. */
    private static jakarta.mail.internet.MimeMessage mailTo(String address, String subject) throws Exception {
        var deadline = System.currentTimeMillis() + 10_000;
        while (true) {
            var found = java.util.Arrays.stream(MAIL.getReceivedMessages())
                    .filter(message -> subject(message).equals(subject) && recipient(message).equals(address)).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            assertThat(System.currentTimeMillis()).as("a mail '" + subject + "' to " + address).isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    private static String recipient(jakarta.mail.internet.MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(jakarta.mail.internet.MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    private Map<String, Object> person(long id) {
        return jdbc.queryForMap("select full_name, email, active, end_date from person where id = ?", id);
    }

    private List<String> roles(long id) {
        return jdbc.queryForList("select role from person_role where person_id = ?", String.class, id);
    }

    private List<String> requestStatuses(long id) {
        return jdbc.queryForList("select status from signature_request where person_id = ?", String.class, id);
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
