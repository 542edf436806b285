package com.zivah.e2e;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every operation of every service's OpenAPI document against {@code docs/security/role-matrix/<service>.csv}, called
 * as anonymous, VIEWER, MANAGER and ADMIN with real tokens: those of the demo users, signed in through the gateway's
 * {@code /auth} with the shipped {@code admin-frontend} client (authorization code flow), i.e. the public issuer.
 */
@ExtendWith(LocalStack.class)
class RoleMatrixTest {

    /** PKCE (RFC 7636, S256; its appendix B pair): the realm's admin-frontend client refuses a code request without it. */
    static final String PKCE_VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
    static final String PKCE_CHALLENGE = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    private static final Path MATRIX = Path.of(System.getProperty("zivah.root", "..")).toAbsolutePath().normalize()
            .resolve("docs/security/role-matrix");
    private static final String ISSUER = LocalStack.GATEWAY + "/auth/realms/zivah";
    private static final String REDIRECT = LocalStack.GATEWAY + "/admin";
    private static final List<String> IDENTITIES = List.of("anonymous", "VIEWER", "MANAGER", "ADMIN");
    private static final Map<String, String[]> DEMO_USERS = Map.of(
            "VIEWER", new String[] {"viewer", "Viewer#Zivah2026"},
            "MANAGER", new String[] {"manager", "Manager#Zivah2026"},
            "ADMIN", new String[] {"admin", "Admin#Zivah2026"});
    /** The data services and their HTTP ports on the e2e stack (OpenAPI at /q/openapi, never routed by the gateway). */
    private static final Map<String, Integer> SERVICES = Map.of(
            "catalog-service", 8082 + LocalStack.OFFSET,
            "quote-service", 8083 + LocalStack.OFFSET,
            "notification-service", 8084 + LocalStack.OFFSET);

    @Test
    void keycloakIsReachedThroughTheGatewayWithOnePublicIssuer() throws Exception {
        HttpResponse<String> discovery = get(ISSUER + "/.well-known/openid-configuration");
        assertEquals(200, discovery.statusCode(), discovery.body());
        JsonNode document = JSON.readTree(discovery.body());
        assertEquals(ISSUER, document.path("issuer").asText());
        assertTrue(document.path("authorization_endpoint").asText().startsWith(ISSUER + "/"), document.toString());

        // the login page keeps Keycloak's own headers (its pages need inline scripts the edge's CSP would block)
        HttpResponse<String> login = get(ISSUER + "/protocol/openid-connect/auth?client_id=admin-frontend&response_type=code"
                + "&scope=openid&code_challenge_method=S256&code_challenge=" + PKCE_CHALLENGE + "&redirect_uri=" + URLEncoder.encode(REDIRECT, UTF_8));
        assertEquals(200, login.statusCode(), login.body());
        assertEquals(List.of("frame-src 'self'; frame-ancestors 'self'; object-src 'none';"),
                login.headers().allValues("Content-Security-Policy"));
        assertTrue(login.headers().firstValue("Cache-Control").orElse("").contains("no-store"));
        assertTrue(login.body().contains("/login/zivah/css/zivah.css"), "the ZIVAH theme");

        assertEquals(ISSUER, claims(token("VIEWER")).path("iss").asText(), "the token's issuer is the public one");
        // the rest of Keycloak is not public
        assertEquals(404, get(LocalStack.GATEWAY + "/auth/admin/master/console/").statusCode());
        assertEquals(404, get(LocalStack.GATEWAY + "/auth/realms/master/.well-known/openid-configuration").statusCode());
    }

    @Test
    void everyOperationOfEveryServiceIsInTheMatrixAndAnswersEachRoleAsItSays() throws Exception {
        Map<String, String> tokens = new LinkedHashMap<>();
        for (String role : DEMO_USERS.keySet()) {
            tokens.put(role, token(role));
        }
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, Integer> service : new java.util.TreeMap<>(SERVICES).entrySet()) {
            String base = "http://127.0.0.1:" + service.getValue();
            Map<String, JsonNode> operations = operations(base);
            Map<String, List<String>> rows = matrix(service.getKey());
            TreeSet<String> missing = new TreeSet<>(operations.keySet());
            missing.removeAll(rows.keySet());
            missing.forEach(op -> problems.add(service.getKey() + ": " + op + " is not in the role matrix"));
            TreeSet<String> stale = new TreeSet<>(rows.keySet());
            stale.removeAll(operations.keySet());
            stale.forEach(op -> problems.add(service.getKey() + ": matrix row " + op + " names no operation"));

            for (Map.Entry<String, List<String>> row : rows.entrySet()) {
                JsonNode operation = operations.get(row.getKey());
                if (operation == null) {
                    continue;
                }
                for (int i = 0; i < IDENTITIES.size(); i++) {
                    String identity = IDENTITIES.get(i);
                    String expected = row.getValue().get(i);
                    int status = call(base, row.getKey(), operation, tokens.get(identity));
                    if (!matches(expected, status)) {
                        problems.add(service.getKey() + ": " + row.getKey() + " as " + identity + " answered " + status
                                + ", matrix says " + expected);
                    }
                }
            }
        }
        assertEquals("", String.join("\n", problems));
    }

    // ---- the matrix and the OpenAPI documents ----------------------------------------------------------

    private static boolean matches(String expected, int status) {
        return switch (expected) {
            case "401" -> status == 401;
            case "403" -> status == 403;
            case "2xx" -> status >= 200 && status < 300;
            case "ok" -> (status >= 200 && status < 300) || (status >= 400 && status < 500 && status != 401 && status != 403);
            default -> throw new IllegalArgumentException("unknown matrix cell " + expected);
        };
    }

    /** {@code "GET /api/quotes/{quoteNumber}"} → the cells anonymous, VIEWER, MANAGER, ADMIN. */
    private static Map<String, List<String>> matrix(String service) throws Exception {
        List<String> lines = Files.readAllLines(MATRIX.resolve(service + ".csv"));
        assertEquals("method,path,anonymous,VIEWER,MANAGER,ADMIN", lines.get(0), service + ".csv header");
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split(",", -1);
            assertEquals(6, cells.length, service + ".csv: " + line);
            String key = cells[0].strip().toUpperCase() + " " + cells[1].strip();
            assertTrue(rows.put(key, List.of(cells[2].strip(), cells[3].strip(), cells[4].strip(), cells[5].strip())) == null,
                    service + ".csv: duplicate row " + key);
        }
        return rows;
    }

    /** {@code "METHOD path"} → the OpenAPI operation. */
    private static Map<String, JsonNode> operations(String base) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/q/openapi?format=json"))
                .header("Accept", "application/json").timeout(Duration.ofSeconds(20)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), base + "/q/openapi");
        Map<String, JsonNode> operations = new LinkedHashMap<>();
        JsonNode paths = JSON.readTree(response.body()).path("paths");
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (List.of("get", "put", "post", "delete", "patch").contains(op.getKey())) {
                    operations.put(op.getKey().toUpperCase() + " " + path.getKey(), op.getValue());
                }
            }
        }
        return operations;
    }

    /** Calls the operation with unknown ids and an empty body (nothing is changed); returns the status. */
    private static int call(String base, String key, JsonNode operation, String token) throws Exception {
        String method = key.substring(0, key.indexOf(' '));
        String path = key.substring(key.indexOf(' ') + 1);
        Matcher parameter = Pattern.compile("\\{([^}]+)}").matcher(path);
        StringBuilder url = new StringBuilder();
        while (parameter.find()) {
            parameter.appendReplacement(url, Matcher.quoteReplacement(sample(operation, parameter.group(1))));
        }
        parameter.appendTail(url);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + url)).timeout(Duration.ofSeconds(20))
                .header("Accept", "application/json, text/csv, */*")
                .header("Idempotency-Key", UUID.randomUUID().toString());
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        JsonNode content = operation.path("requestBody").path("content");
        if (content.isObject() && content.size() > 0) {
            String type = content.fieldNames().next();
            if (type.startsWith("multipart/")) {
                request.header("Content-Type", "multipart/form-data; boundary=zivah");
                request.method(method, HttpRequest.BodyPublishers.ofString("--zivah--\r\n"));
            } else if (type.contains("json")) {
                request.header("Content-Type", type);
                request.method(method, HttpRequest.BodyPublishers.ofString("{}"));
            } else {
                request.header("Content-Type", type);
                request.method(method, HttpRequest.BodyPublishers.ofString(""));
            }
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** An id that exists nowhere, of the parameter's type. */
    private static String sample(JsonNode operation, String name) {
        for (JsonNode p : operation.path("parameters")) {
            if (p.path("name").asText().equals(name)) {
                JsonNode schema = p.path("schema");
                String type = schema.path("type").asText("string");
                if (type.equals("integer") || type.equals("number")) {
                    return "987654321";
                }
                if ("uuid".equals(schema.path("format").asText())) {
                    return UUID.randomUUID().toString();
                }
            }
        }
        return "zz-unknown-" + name;
    }

    // ---- real tokens: the authorization code flow of admin-frontend through the gateway -------------------

    private static String token(String role) throws Exception {
        String[] user = DEMO_USERS.get(role);
        String query = "client_id=admin-frontend&response_type=code&scope=openid&state=" + UUID.randomUUID()
                + "&code_challenge_method=S256&code_challenge=" + PKCE_CHALLENGE
                + "&redirect_uri=" + URLEncoder.encode(REDIRECT, UTF_8);
        HttpResponse<String> page = get(ISSUER + "/protocol/openid-connect/auth?" + query);
        assertEquals(200, page.statusCode(), page.body());
        Matcher action = Pattern.compile("action=\"([^\"]+login-actions/authenticate[^\"]*)\"").matcher(page.body());
        assertTrue(action.find(), "login form");
        String cookies = page.headers().allValues("Set-Cookie").stream().map(c -> c.split(";", 2)[0])
                .collect(Collectors.joining("; "));
        HttpResponse<String> login = HTTP.send(HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookies)
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("username", user[0], "password", user[1],
                        "credentialId", ""))))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(302, login.statusCode(), login.body());
        String location = login.headers().firstValue("Location").orElseThrow();
        Matcher code = Pattern.compile("[?&]code=([^&]+)").matcher(location);
        assertTrue(location.startsWith(REDIRECT) && code.find(), location);
        HttpResponse<String> tokens = HTTP.send(HttpRequest.newBuilder(URI.create(ISSUER + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("grant_type", "authorization_code",
                        "code", code.group(1), "redirect_uri", REDIRECT, "code_verifier", PKCE_VERIFIER, "client_id", "admin-frontend",
                        "client_secret", secret("ADMIN_OIDC_CLIENT_SECRET")))))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, tokens.statusCode(), tokens.body());
        return JSON.readTree(tokens.body()).path("access_token").asText();
    }

    /** A secret of the e2e stack (generated by ./zivah into its state dir). */
    private static String secret(String name) throws Exception {
        for (String line : Files.readAllLines(LocalStack.home().resolve("secrets.env"))) {
            if (line.startsWith(name + "=")) {
                return line.substring(name.length() + 1).strip();
            }
        }
        throw new IllegalStateException(name + " not in " + LocalStack.home().resolve("secrets.env"));
    }

    private static JsonNode claims(String jwt) throws Exception {
        return JSON.readTree(java.util.Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), UTF_8) + "=" + URLEncoder.encode(e.getValue(), UTF_8))
                .collect(Collectors.joining("&"));
    }
}
