package com.zivah.testsupport;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.awaitility.Awaitility;

/**
 * The real Keycloak (the distribution unpacked by the {@code identity} module) as a child process,
 * one per test JVM, with the shipped realm {@code zivah} freshly imported.
 *
 * <p>Each JVM gets its own Keycloak home under {@code target/keycloak-run} (symlinks to the shared
 * distribution plus a private {@code data/} directory), so test JVMs of different modules can run in
 * parallel without sharing a database. The one-time {@code kc.sh build} of the distribution is
 * guarded by a file lock and a marker file.
 *
 * <p>For tests only, a public client {@value #TEST_CLIENT_ID} with the password grant is added through
 * the admin API: {@link #accessToken(String, String)} gives a real access token for a realm user.
 */
public class KeycloakResource implements QuarkusTestResourceLifecycleManager {

    public static final String REALM = "zivah";
    /** The staff application's confidential OIDC client (authorization code flow). */
    public static final String ADMIN_CLIENT_ID = "admin-frontend";
    /** Keycloak's {@code http-relative-path}: browsers reach it through the gateway at {@code <public base>/auth}. */
    public static final String RELATIVE_PATH = "/auth";
    /** What the realm's {@code ${ZIVAH_PUBLIC_BASE_URL}} becomes in tests (the admin client's redirect base). */
    public static final String PUBLIC_BASE_URL = "http://localhost:8085";
    public static final String TEST_CLIENT_ID = "zivah-test-cli";
    /** The realm's service account client for the Keycloak Admin API (admin-frontend's user administration). */
    public static final String USER_ADMIN_CLIENT_ID = "zivah-user-admin";
    public static final String API_AUDIENCE = "zivah-api";

    /** Build-time options; changing them changes the marker, which triggers one rebuild. */
    private static final List<String> BUILD_OPTIONS = List.of("--db=dev-file", "--health-enabled=true",
            "--http-relative-path=" + RELATIVE_PATH);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);
    private static final Duration BUILD_TIMEOUT = Duration.ofSeconds(300);

    private static final ObjectMapper JSON = new ObjectMapper();
    // HTTP/1.1: the JDK client's h2c upgrade attempt on POSTs stalls against Keycloak's Vert.x server.
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private static final SecureRandom RANDOM = new SecureRandom();

    private static Server server;
    private static RuntimeException launchFailure;

    @Override
    public Map<String, String> start() {
        Server s = server();
        return Map.of(
                "quarkus.oidc.auth-server-url", s.realmUrl(),
                "quarkus.oidc.client-id", ADMIN_CLIENT_ID,
                "quarkus.oidc.credentials.secret", s.adminClientSecret);
    }

    @Override
    public void stop() {
        // kept for the whole JVM; a shutdown hook kills the process group
    }

    /** Keycloak's root, relative path included, e.g. {@code http://localhost:41234/auth} */
    public static String baseUrl() {
        return server().baseUrl();
    }

    /** The issuer and {@code quarkus.oidc.auth-server-url}, e.g. {@code http://localhost:41234/auth/realms/zivah}. */
    public static String realmUrl() {
        return server().realmUrl();
    }

    /** The random secret the confidential {@value #ADMIN_CLIENT_ID} client got through {@code ZIVAH_ADMIN_CLIENT_SECRET}. */
    public static String adminClientSecret() {
        return server().adminClientSecret;
    }

    /** The random secret the {@value #USER_ADMIN_CLIENT_ID} service account got through {@code ZIVAH_USER_ADMIN_SECRET}. */
    public static String userAdminSecret() {
        return server().userAdminSecret;
    }

    /** A fresh access token of a realm user (password grant through the test-only public client). */
    public static String accessToken(String username, String password) {
        HttpResponse<String> response = passwordGrant(TEST_CLIENT_ID, null, username, password);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("No token for " + username + ": " + response.statusCode() + " " + response.body());
        }
        return json(response.body()).path("access_token").asText();
    }

    /** A public client of the realm without the {@value #API_AUDIENCE} audience mapper (created on first use). */
    public static final String OTHER_AUDIENCE_CLIENT_ID = "zivah-test-other-audience";

    /**
     * A genuine, correctly signed realm token of {@code username} (roles included) issued to
     * {@link #OTHER_AUDIENCE_CLIENT_ID}, i.e. without the API audience: the services must refuse it.
     */
    public static String accessTokenWithoutApiAudience(String username, String password) {
        HttpResponse<String> created = admin("POST", "/clients", Map.of(
                "clientId", OTHER_AUDIENCE_CLIENT_ID, "enabled", true, "publicClient", true,
                "standardFlowEnabled", false, "directAccessGrantsEnabled", true));
        if (created.statusCode() != 201 && created.statusCode() != 409) {
            throw new IllegalStateException("Cannot create " + OTHER_AUDIENCE_CLIENT_ID + ": " + created.body());
        }
        HttpResponse<String> grant = passwordGrant(OTHER_AUDIENCE_CLIENT_ID, null, username, password);
        if (grant.statusCode() != 200) {
            throw new IllegalStateException("No token for " + username + ": " + grant.statusCode() + " " + grant.body());
        }
        String token = json(grant.body()).path("access_token").asText();
        if (claims(token).path("aud").toString().contains(API_AUDIENCE)) {
            throw new IllegalStateException("The other client's token names the API audience: " + claims(token));
        }
        return token;
    }

    /** The raw token endpoint answer of a password grant, for tests about rejected logins. */
    public static HttpResponse<String> passwordGrant(String clientId, String clientSecret, String username, String password) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "password");
        form.put("client_id", clientId);
        if (clientSecret != null) {
            form.put("client_secret", clientSecret);
        }
        form.put("username", username);
        form.put("password", password);
        form.put("scope", "openid");
        return send(HttpRequest.newBuilder(URI.create(realmUrl() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formBody(form))));
    }

    /** A fresh token of the bootstrap administrator (master realm), for the admin REST API. */
    public static String adminToken() {
        return server().adminToken();
    }

    /** Calls the admin REST API of the realm, e.g. {@code admin("GET", "/clients?clientId=admin-frontend", null)}. */
    public static HttpResponse<String> admin(String method, String pathInRealm, Object jsonBody) {
        return server().admin(method, pathInRealm, jsonBody);
    }

    /** Decodes the payload of a JWT (no signature check: the token came straight from Keycloak). */
    public static JsonNode claims(String jwt) {
        String[] parts = jwt.split("\\.");
        if (parts.length < 2) {
            throw new IllegalArgumentException("Not a JWT");
        }
        return json(new String(Base64.getUrlDecoder().decode(parts[1]), UTF_8));
    }

    public static synchronized Server server() {
        if (launchFailure != null) {
            // one attempt per JVM: a broken setup must not start a Keycloak per test
            throw new IllegalStateException("Keycloak failed to start earlier in this JVM", launchFailure);
        }
        if (server == null) {
            try {
                server = Server.launch();
            } catch (RuntimeException e) {
                launchFailure = e;
                throw e;
            }
        }
        return server;
    }

    /** One running Keycloak process. */
    public static final class Server {
        private final Process process;
        private final int port;
        private final String adminUser;
        private final String adminPassword;
        private final String adminClientSecret;
        private final String userAdminSecret;

        private Server(Process process, int port, String adminUser, String adminPassword, String adminClientSecret,
                       String userAdminSecret) {
            this.userAdminSecret = userAdminSecret;
            this.process = process;
            this.port = port;
            this.adminUser = adminUser;
            this.adminPassword = adminPassword;
            this.adminClientSecret = adminClientSecret;
        }

        // Always "localhost": the token issuer follows the host of the request (no --hostname in tests).
        public String baseUrl() {
            return "http://localhost:" + port + RELATIVE_PATH;
        }

        public String realmUrl() {
            return baseUrl() + "/realms/" + REALM;
        }

        String adminToken() {
            HttpResponse<String> response = send(HttpRequest.newBuilder(
                            URI.create(baseUrl() + "/realms/master/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(formBody(Map.of(
                            "grant_type", "password",
                            "client_id", "admin-cli",
                            "username", adminUser,
                            "password", adminPassword)))));
            if (response.statusCode() != 200) {
                throw new IllegalStateException("No admin token: " + response.statusCode() + " " + response.body());
            }
            return json(response.body()).path("access_token").asText();
        }

        HttpResponse<String> admin(String method, String pathInRealm, Object jsonBody) {
            HttpRequest.BodyPublisher body;
            try {
                body = jsonBody == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(jsonBody));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return send(HttpRequest.newBuilder(URI.create(baseUrl() + "/admin/realms/" + REALM + pathInRealm))
                    .header("Authorization", "Bearer " + adminToken())
                    .header("Content-Type", "application/json")
                    .method(method, body));
        }

        private static Server launch() {
            Path dist = requiredPath("zivah.keycloak.home",
                    "the Keycloak distribution is unpacked by `./mvnw -pl identity generate-resources`");
            Path realmFile = requiredPath("zivah.realm.file", "identity/src/main/keycloak/zivah-realm.json");
            Path target = Path.of("target").toAbsolutePath();
            try {
                Files.createDirectories(target);
                buildOnce(dist, target.resolve("keycloak-build.log"));
                Path home = prepareHome(dist, target.resolve("keycloak-run"), realmFile);

                int port = freePort();
                int managementPort = freePort();
                String adminUser = "admin-" + randomToken(4);
                String adminPassword = randomToken(16);
                String secret = randomToken(24);

                List<String> command = new ArrayList<>(List.of("setsid", "sh", dist.resolve("bin/kc.sh").toString(),
                        "start", "--optimized",
                        "--http-enabled=true", "--http-host=127.0.0.1", "--http-port=" + port,
                        "--http-management-port=" + managementPort,
                        "--hostname-strict=false", "--cache=local", "--import-realm",
                        "-Dkc.home.dir=" + home));
                ProcessBuilder builder = new ProcessBuilder(command)
                        .directory(home.toFile())
                        .redirectErrorStream(true)
                        .redirectOutput(target.resolve("keycloak.log").toFile());
                builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", adminUser);
                builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword);
                builder.environment().put("ZIVAH_ADMIN_CLIENT_SECRET", secret);
                builder.environment().put("ZIVAH_PUBLIC_BASE_URL", PUBLIC_BASE_URL);
                // Keycloak's own mails (set-password, reset) go to this JVM's GreenMail
                builder.environment().put("ZIVAH_SMTP_HOST", "127.0.0.1");
                builder.environment().put("ZIVAH_SMTP_PORT", String.valueOf(GreenMailResource.greenMail().getSmtp().getPort()));
                String userAdminSecret = randomToken(24);
                builder.environment().put("ZIVAH_USER_ADMIN_SECRET", userAdminSecret);
                Process process = builder.start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> killProcessGroup(process)));

                Server started = new Server(process, port, adminUser, adminPassword, secret, userAdminSecret);
                try {
                    started.awaitRealm(target.resolve("keycloak.log"));
                    started.addTestClient();
                    started.allowLocalRedirects();
                } catch (RuntimeException e) {
                    killProcessGroup(process);
                    throw e;
                }
                return started;
            } catch (IOException e) {
                throw new UncheckedIOException("Keycloak did not start", e);
            }
        }

        // Production mode listens before the realm is imported: wait for the realm's discovery document.
        private void awaitRealm(Path log) {
            URI discovery = URI.create(realmUrl() + "/.well-known/openid-configuration");
            try {
                Awaitility.await("Keycloak realm " + REALM)
                        .atMost(START_TIMEOUT)
                        .pollInterval(Duration.ofMillis(500))
                        .failFast("Keycloak exited, see " + log, () -> !process.isAlive())
                        .until(() -> statusOf(discovery) == 200);
            } catch (RuntimeException e) {
                throw new IllegalStateException("Keycloak did not become ready; last log lines:\n" + tail(log), e);
            }
        }

        private void addTestClient() {
            Map<String, Object> audience = Map.of(
                    "name", API_AUDIENCE + " audience",
                    "protocol", "openid-connect",
                    "protocolMapper", "oidc-audience-mapper",
                    "config", Map.of("included.custom.audience", API_AUDIENCE,
                            "access.token.claim", "true", "id.token.claim", "false"));
            Map<String, Object> client = Map.of(
                    "clientId", TEST_CLIENT_ID,
                    "name", "Test-only client (password grant); never part of the shipped realm",
                    "enabled", true,
                    "publicClient", true,
                    "standardFlowEnabled", false,
                    "directAccessGrantsEnabled", true,
                    "protocolMappers", List.of(audience));
            HttpResponse<String> response = admin("POST", "/clients", client);
            if (response.statusCode() != 201) {
                throw new IllegalStateException("Could not create " + TEST_CLIENT_ID + ": "
                        + response.statusCode() + " " + response.body());
            }
        }

        /** Test apps listen on random ports: let the admin client return (and log out) to any local port (test realm only). */
        private void allowLocalRedirects() {
            JsonNode found = json(admin("GET", "/clients?clientId=" + ADMIN_CLIENT_ID, null).body());
            if (found.size() != 1) {
                throw new IllegalStateException("Realm has no client " + ADMIN_CLIENT_ID);
            }
            com.fasterxml.jackson.databind.node.ObjectNode client = (com.fasterxml.jackson.databind.node.ObjectNode) found.get(0);
            com.fasterxml.jackson.databind.node.ArrayNode redirects = client.withArray("redirectUris");
            redirects.add("http://localhost:*");
            redirects.add("http://127.0.0.1:*");
            com.fasterxml.jackson.databind.node.ObjectNode attributes = client.with("attributes");
            attributes.put("post.logout.redirect.uris", attributes.path("post.logout.redirect.uris").asText()
                    + "##http://localhost:*##http://127.0.0.1:*");
            HttpResponse<String> response = admin("PUT", "/clients/" + client.path("id").asText(), client);
            if (response.statusCode() != 204) {
                throw new IllegalStateException("Could not widen redirect URIs: " + response.statusCode() + " " + response.body());
            }
        }
    }

    // ---- process plumbing -------------------------------------------------------------------------

    /** {@code kc.sh build} once per distribution (it rewrites lib/quarkus); other JVMs wait on the lock. */
    private static void buildOnce(Path dist, Path log) throws IOException {
        Path marker = dist.resolve(".zivah-built");
        String wanted = String.join(" ", BUILD_OPTIONS);
        try (FileChannel channel = FileChannel.open(dist.resolve(".zivah-build.lock"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock ignored = channel.lock()) {
            if (Files.exists(marker) && Files.readString(marker).strip().equals(wanted)) {
                return;
            }
            List<String> command = new ArrayList<>(List.of("sh", dist.resolve("bin/kc.sh").toString(), "build"));
            command.addAll(BUILD_OPTIONS);
            Process build = new ProcessBuilder(command)
                    .directory(dist.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            if (!build.waitFor(BUILD_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                build.destroyForcibly();
                throw new IllegalStateException("kc.sh build timed out, see " + log);
            }
            if (build.exitValue() != 0) {
                throw new IllegalStateException("kc.sh build failed (" + build.exitValue() + "):\n" + tail(log));
            }
            Files.writeString(marker, wanted + "\n");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while building Keycloak", e);
        }
    }

    /** A private Keycloak home: the distribution's read-only parts linked, a fresh data/ with the realm to import. */
    private static Path prepareHome(Path dist, Path home, Path realmFile) throws IOException {
        deleteRecursively(home);
        Files.createDirectories(home.resolve("data/import"));
        for (String part : List.of("bin", "conf", "lib", "providers", "version.txt")) {
            Files.createSymbolicLink(home.resolve(part), dist.resolve(part));
        }
        // the ZIVAH login and email themes (identity/src/main/keycloak/themes, beside the realm file; the
        // distribution's own themes/ holds only a README, Keycloak's built-in themes are in its jars)
        Files.createSymbolicLink(home.resolve("themes"), realmFile.getParent().resolve("themes"));
        Files.copy(realmFile, home.resolve("data/import/zivah-realm.json"));
        // the demo users (one per role) live beside the shipped realm, imported with it (Keycloak's dir import)
        String demoUsers = System.getProperty("zivah.demo-users.file");
        if (demoUsers != null) {
            Files.copy(Path.of(demoUsers), home.resolve("data/import/zivah-users-0.json"));
        }
        return home;
    }

    private static void killProcessGroup(Process process) {
        if (!process.isAlive()) {
            return;
        }
        long pgid = process.pid(); // setsid made the child the leader of its own process group
        signalGroup("TERM", pgid);
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                signalGroup("KILL", pgid);
                process.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            signalGroup("KILL", pgid);
        }
    }

    private static void signalGroup(String signal, long pgid) {
        try {
            new ProcessBuilder("kill", "-" + signal, "--", "-" + pgid).inheritIO().start().waitFor(5, TimeUnit.SECONDS);
        } catch (IOException e) {
            // nothing else to try; the descendants are killed below
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if ("KILL".equals(signal)) {
            ProcessHandle.of(pgid).ifPresent(h -> h.descendants().forEach(ProcessHandle::destroyForcibly));
        }
    }

    // ---- small helpers ----------------------------------------------------------------------------

    private static Path requiredPath(String property, String hint) {
        String value = System.getProperty(property);
        if (value == null || !Files.exists(Path.of(value))) {
            throw new IllegalStateException("System property " + property + " must point to an existing path ("
                    + value + "); " + hint);
        }
        return Path.of(value).toAbsolutePath();
    }

    private static int statusOf(URI uri) {
        try {
            return HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String formBody(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), UTF_8) + "=" + URLEncoder.encode(e.getValue(), UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    private static String randomToken(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    private static String tail(Path log) {
        try (Stream<String> lines = Files.lines(log)) {
            List<String> all = lines.toList();
            return String.join("\n", all.subList(Math.max(0, all.size() - 40), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) { // Files.walk does not follow the symlinks
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
