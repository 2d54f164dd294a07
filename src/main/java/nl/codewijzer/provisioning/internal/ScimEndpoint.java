package nl.codewijzer.provisioning.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * SCIM 2.0 (RFC 7643/7644) Users, as Microsoft Entra ID's provisioning service uses them: create,
 * get, filter by {@code userName eq} or {@code externalId eq}, replace, patch (add/replace/remove,
 * also {@code active} as the string "False"), delete (which deactivates). Groups are not supported.
 * Unknown attributes are ignored; every request is applied whole or not at all. The bearer token
 * is checked by {@link ScimSecurity} before a request gets here.
 */
@RestController
@RequestMapping("/scim/v2")
class ScimEndpoint {

    static final String USER_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:User";
    /** Codewijzer's own extension: the start date (map Entra's employeeHireDate to it). */
    static final String EXTENSION = "urn:ietf:params:scim:schemas:extension:codewijzer:2.0:User";
    private static final String LIST_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:ListResponse";
    private static final String PATCH_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
    private static final String ERROR_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:Error";
    static final MediaType SCIM_JSON = MediaType.parseMediaType("application/scim+json;charset=UTF-8");
    static final int MAX_BODY_CHARS = 256 * 1024;
    static final int MAX_OPERATIONS = 100;
    private static final int MAX_PAGE = 200;
    private static final Pattern FILTER = Pattern.compile(
            "^\\s*(userName|externalId)\\s+eq\\s+\"((?:[^\"\\\\]|\\\\.)*)\"\\s*$", Pattern.CASE_INSENSITIVE);

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ScimEndpoint.class);

    private final ScimUsers users;
    private final TransactionTemplate transaction;
    private final JsonMapper json = JsonMapper.builder().build();

    ScimEndpoint(ScimUsers users, PlatformTransactionManager transactions) {
        this.users = users;
        this.transaction = new TransactionTemplate(transactions);
    }

    @GetMapping("/Users")
    ResponseEntity<String> list(@RequestParam(required = false) @Nullable String filter,
            @RequestParam(defaultValue = "1") int startIndex, @RequestParam(defaultValue = "100") int count,
            HttpServletRequest request) {
        List<ScimUsers.View> found = inTransaction(() -> {
            if (filter == null || filter.isBlank()) {
                return users.all();
            }
            var matcher = FILTER.matcher(filter);
            if (!matcher.matches()) {
                throw new ScimException(400, "invalidFilter", "Only 'userName eq \"...\"' and 'externalId eq \"...\"' are supported");
            }
            var value = matcher.group(2).replace("\\\"", "\"").replace("\\\\", "\\");
            return matcher.group(1).equalsIgnoreCase("userName") ? users.byUserName(value) : users.byExternalId(value);
        });
        int from = Math.max(1, startIndex);
        int size = Math.max(0, Math.min(count, MAX_PAGE));
        var page = found.stream().skip(from - 1L).limit(size).toList();
        var body = json.createObjectNode();
        body.putArray("schemas").add(LIST_SCHEMA);
        body.put("totalResults", found.size());
        body.put("startIndex", from);
        body.put("itemsPerPage", page.size());
        var resources = body.putArray("Resources");
        page.forEach(view -> resources.add(resource(view, request)));
        return ok(HttpStatus.OK, body);
    }

    @GetMapping("/Users/{id}")
    ResponseEntity<String> get(@PathVariable String id, HttpServletRequest request) {
        var view = inTransaction(() -> users.get(personId(id)));
        return ok(HttpStatus.OK, resource(view, request));
    }

    @PostMapping("/Users")
    ResponseEntity<String> create(@RequestBody(required = false) @Nullable String body, HttpServletRequest request) {
        var data = userData(parse(body), null);
        var view = inTransaction(() -> users.create(data));
        return ok(HttpStatus.CREATED, resource(view, request));
    }

    @PutMapping("/Users/{id}")
    ResponseEntity<String> replace(@PathVariable String id, @RequestBody(required = false) @Nullable String body,
            HttpServletRequest request) {
        var personId = personId(id);
        var node = parse(body);
        var view = inTransaction(() -> users.replace(personId, userData(node, users.current(personId).startDate())));
        return ok(HttpStatus.OK, resource(view, request));
    }

    @PatchMapping("/Users/{id}")
    ResponseEntity<String> patch(@PathVariable String id, @RequestBody(required = false) @Nullable String body,
            HttpServletRequest request) {
        var personId = personId(id);
        var node = parse(body);
        var operations = node.get("Operations");
        if (operations == null || !operations.isArray()) {
            throw new ScimException(400, "invalidSyntax", "A PatchOp needs an Operations array");
        }
        if (operations.size() > MAX_OPERATIONS) {
            throw ScimException.invalidValue("At most " + MAX_OPERATIONS + " operations per request");
        }
        var view = inTransaction(() -> {
            var data = users.current(personId);
            for (var operation : operations) {
                data = ScimPatch.apply(data, operation);
            }
            return users.replace(personId, data);
        });
        return ok(HttpStatus.OK, resource(view, request));
    }

    @DeleteMapping("/Users/{id}")
    ResponseEntity<String> delete(@PathVariable String id) {
        var personId = personId(id);
        inTransaction(() -> {
            users.deactivate(personId);
            return null;
        });
        return ResponseEntity.noContent().build();
    }

    @RequestMapping("/Groups/**")
    ResponseEntity<String> groups() {
        throw new ScimException(501, null, "Groups are not supported; roles are assigned in Codewijzer");
    }

    @GetMapping("/ServiceProviderConfig")
    ResponseEntity<String> serviceProviderConfig() {
        var body = json.createObjectNode();
        body.putArray("schemas").add("urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig");
        body.put("documentationUri", "https://github.com/codewijzer#provisioning");
        body.putObject("patch").put("supported", true);
        body.putObject("bulk").put("supported", false).put("maxOperations", 0).put("maxPayloadSize", 0);
        body.putObject("filter").put("supported", true).put("maxResults", MAX_PAGE);
        body.putObject("changePassword").put("supported", false);
        body.putObject("sort").put("supported", false);
        body.putObject("etag").put("supported", false);
        body.putArray("authenticationSchemes").addObject().put("type", "oauthbearertoken").put("name", "Bearer token")
                .put("description", "The token the beheerder makes under Schoolaccounts");
        return ok(HttpStatus.OK, body);
    }

    @GetMapping("/ResourceTypes")
    ResponseEntity<String> resourceTypes() {
        var body = json.createObjectNode();
        body.putArray("schemas").add(LIST_SCHEMA);
        body.put("totalResults", 1);
        var user = body.putArray("Resources").addObject();
        user.putArray("schemas").add("urn:ietf:params:scim:schemas:core:2.0:ResourceType");
        user.put("id", "User").put("name", "User").put("endpoint", "/Users").put("schema", USER_SCHEMA);
        user.putArray("schemaExtensions").addObject().put("schema", EXTENSION).put("required", false);
        return ok(HttpStatus.OK, body);
    }

    @GetMapping("/Schemas")
    ResponseEntity<String> schemas() {
        var body = json.createObjectNode();
        body.putArray("schemas").add(LIST_SCHEMA);
        body.put("totalResults", 2);
        var resources = body.putArray("Resources");
        var user = resources.addObject().put("id", USER_SCHEMA).put("name", "User");
        var attributes = user.putArray("attributes");
        attribute(attributes, "userName", "string", true, "server");
        attribute(attributes, "externalId", "string", false, "none");
        attribute(attributes, "displayName", "string", false, "none");
        attribute(attributes, "active", "boolean", false, "none");
        var name = attribute(attributes, "name", "complex", false, "none");
        attribute(name.putArray("subAttributes"), "givenName", "string", false, "none");
        attribute((ArrayNode) name.get("subAttributes"), "familyName", "string", false, "none");
        attribute((ArrayNode) name.get("subAttributes"), "formatted", "string", false, "none");
        var emails = attribute(attributes, "emails", "complex", false, "none").put("multiValued", true);
        attribute(emails.putArray("subAttributes"), "value", "string", false, "none");
        attribute((ArrayNode) emails.get("subAttributes"), "type", "string", false, "none");
        var extension = resources.addObject().put("id", EXTENSION).put("name", "Codewijzer");
        attribute(extension.putArray("attributes"), "startDate", "string", false, "none")
                .put("description", "First working day, yyyy-MM-dd (map Entra's employeeHireDate here)");
        return ok(HttpStatus.OK, body);
    }

    @ExceptionHandler(ScimException.class)
    ResponseEntity<String> error(ScimException exception) {
        return error(exception.status(), exception.scimType(), java.util.Objects.requireNonNullElse(exception.getMessage(), ""));
    }

    /** Anything unforeseen: logged, and a SCIM 500 rather than the app's HTML error page; nothing was saved. */
    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<String> unexpected(RuntimeException exception) {
        log.error("SCIM request failed", exception);
        return error(500, null, "The request could not be handled; nothing was changed");
    }

    ResponseEntity<String> error(int status, @Nullable String scimType, String detail) {
        var body = json.createObjectNode();
        body.putArray("schemas").add(ERROR_SCHEMA);
        body.put("status", Integer.toString(status));
        if (scimType != null) {
            body.put("scimType", scimType);
        }
        body.put("detail", detail);
        return ResponseEntity.status(status).contentType(SCIM_JSON).body(json.writeValueAsString(body));
    }

    private static ObjectNode attribute(ArrayNode attributes, String name, String type, boolean required, String uniqueness) {
        return attributes.addObject().put("name", name).put("type", type).put("required", required)
                .put("uniqueness", uniqueness).put("mutability", "readWrite").put("returned", "default");
    }

    private <T> T inTransaction(java.util.function.Supplier<T> work) {
        return transaction.execute(status -> work.get());
    }

    private ResponseEntity<String> ok(HttpStatus status, JsonNode body) {
        return ResponseEntity.status(status).contentType(SCIM_JSON).body(json.writeValueAsString(body));
    }

    private JsonNode parse(@Nullable String body) {
        if (body == null || body.isBlank()) {
            throw new ScimException(400, "invalidSyntax", "The request has no JSON body");
        }
        if (body.length() > MAX_BODY_CHARS) {
            throw new ScimException(413, null, "The request is larger than " + MAX_BODY_CHARS + " characters");
        }
        try {
            var node = json.readTree(body);
            if (node == null || !node.isObject()) {
                throw new ScimException(400, "invalidSyntax", "The body is not a JSON object");
            }
            return node;
        } catch (JacksonException notJson) {
            throw new ScimException(400, "invalidSyntax", "The body is not valid JSON");
        }
    }

    private static long personId(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException notOurs) {
            throw ScimException.notFound(id);
        }
    }

    /** A User resource from a POST or PUT body; what it leaves out is empty, except the start date (kept). */
    private static ScimUserData userData(JsonNode node, @Nullable LocalDate keptStartDate) {
        var userName = ScimPatch.text(node.get("userName"));
        if (userName == null) {
            throw new ScimException(400, "invalidValue", "userName is required");
        }
        var name = node.path("name");
        var extension = node.path(EXTENSION);
        var start = extension.isObject() && extension.has("startDate") ? ScimPatch.date(extension.get("startDate")) : keptStartDate;
        return new ScimUserData(userName, ScimPatch.text(node.get("externalId")),
                node.has("active") ? ScimPatch.bool(node.get("active")) : true,
                ScimPatch.text(name.get("givenName")), ScimPatch.text(name.get("familyName")),
                ScimPatch.text(name.get("formatted")), ScimPatch.text(node.get("displayName")),
                ScimPatch.workEmail(node.get("emails")), start);
    }

    private JsonNode resource(ScimUsers.View view, HttpServletRequest request) {
        var person = view.person();
        var node = json.createObjectNode();
        node.putArray("schemas").add(USER_SCHEMA).add(EXTENSION);
        node.put("id", Long.toString(person.id()));
        if (view.externalId() != null) {
            node.put("externalId", view.externalId());
        }
        node.put("userName", view.userName());
        var name = node.putObject("name").put("formatted", person.fullName());
        if (view.givenName() != null) {
            name.put("givenName", view.givenName());
        }
        if (view.familyName() != null) {
            name.put("familyName", view.familyName());
        }
        node.put("displayName", person.fullName());
        node.putArray("emails").addObject().put("value", person.email()).put("type", "work").put("primary", true);
        node.put("active", person.active());
        node.putObject(EXTENSION).put("startDate", person.startDate().toString());
        var location = request.getRequestURL().toString();
        var users = location.indexOf("/Users");
        node.putObject("meta").put("resourceType", "User")
                .put("location", (users >= 0 ? location.substring(0, users) : location) + "/Users/" + person.id());
        return node;
    }
}
