package com.zivah.deploy.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the launcher reads from deploy/stack.yaml: order, ports, the exact environment of each process. */
class StackTest {

    static final Path ROOT = Path.of(System.getProperty("zivah.root", "..")).toAbsolutePath().normalize();
    static final Stack STACK = Stack.load(ROOT.resolve("deploy/stack.yaml"));

    static Placeholders placeholders(int offset, Map<String, String> environment) {
        Map<String, String> dirs = Map.of("root", "/r", "state", "/s", "data", "/s/data", "logs", "/s/logs",
                "lib", "/r/deploy/target/local-stack");
        return new Placeholders(STACK, offset, dirs, name -> "secret-of-" + name, environment);
    }

    @Test
    void everyComponentStartsAfterItsDependencies() {
        List<String> order = STACK.startOrder();
        assertEquals(STACK.components().size(), order.size());
        STACK.components().forEach((name, c) -> c.dependsOn().forEach(dep ->
                assertTrue(order.indexOf(dep) < order.indexOf(name), name + " starts before its dependency " + dep)));
        assertEquals("gateway", order.get(order.size() - 1));
    }

    @Test
    void catalogGetsTheSameEnvironmentAsBefore() {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("QUARKUS_PROFILE", "prod");
        expected.put("QUARKUS_HTTP_PORT", "18082");
        expected.put("QUARKUS_MANAGEMENT_PORT", "19082");
        expected.put("QUARKUS_MANAGEMENT_HOST", "127.0.0.1");
        // Keycloak's backchannel (discovery and keys), never through the gateway; the issuer is the public one
        expected.put("QUARKUS_OIDC_AUTH_SERVER_URL", "http://127.0.0.1:18180/auth/realms/zivah");
        expected.put("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:19092");
        expected.put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://127.0.0.1:25432/zivah?currentSchema=catalog");
        expected.put("QUARKUS_DATASOURCE_USERNAME", "catalog");
        expected.put("CATALOG_DB_PASSWORD", "secret-of-CATALOG_DB_PASSWORD");
        expected.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        assertEquals(expected, placeholders(10000, Map.of()).localEnvironment("catalog-service"));
    }

    @Test
    void keycloakIsPublishedAtTheGatewaysAuthPathWithItsRealmPlaceholdersFromTheStack() {
        Map<String, String> env = placeholders(10000, Map.of()).localEnvironment("keycloak");
        assertEquals("http://localhost:18080/auth", env.get("KC_HOSTNAME"));
        assertEquals("true", env.get("KC_HOSTNAME_BACKCHANNEL_DYNAMIC"));
        assertEquals("xforwarded", env.get("KC_PROXY_HEADERS"));
        assertEquals("127.0.0.1", env.get("KC_PROXY_TRUSTED_ADDRESSES"));
        assertEquals("http://localhost:18080", env.get("ZIVAH_PUBLIC_BASE_URL"));
        assertEquals("secret-of-ADMIN_OIDC_CLIENT_SECRET", env.get("ZIVAH_ADMIN_CLIENT_SECRET"));
        assertEquals("secret-of-ZIVAH_USER_ADMIN_SECRET", env.get("ZIVAH_USER_ADMIN_SECRET"));
        assertEquals("127.0.0.1", env.get("ZIVAH_SMTP_HOST"));
        assertEquals("13025", env.get("ZIVAH_SMTP_PORT"));
        assertEquals("http://127.0.0.1:18180", placeholders(10000, Map.of()).localEnvironment("gateway")
                .get("ZIVAH_GATEWAY_ROUTES_KEYCLOAK_URL"));
    }

    @Test
    void externalServersReplaceThePrivateOnes() {
        Placeholders ph = placeholders(0, Map.of("ZIVAH_DB_URL", "jdbc:postgresql://db:5432/zivah?ssl=true",
                "ZIVAH_KAFKA_BOOTSTRAP", "k:9092", "ZIVAH_OIDC_URL", "https://sso/realms/zivah",
                "ZIVAH_SMTP_HOST", "smtp", "ZIVAH_SMTP_PORT", "587"));
        Map<String, String> env = ph.localEnvironment("notification-service");
        assertEquals("jdbc:postgresql://db:5432/zivah?ssl=true&currentSchema=notification", env.get("QUARKUS_DATASOURCE_JDBC_URL"));
        assertEquals("k:9092", env.get("KAFKA_BOOTSTRAP_SERVERS"));
        assertEquals("https://sso/realms/zivah", env.get("QUARKUS_OIDC_AUTH_SERVER_URL"));
        assertEquals("smtp", env.get("QUARKUS_MAILER_HOST"));
        assertEquals("587", env.get("QUARKUS_MAILER_PORT"));
        for (String infra : List.of("postgres", "kafka", "keycloak", "greenmail")) {
            assertTrue(ph.external(infra), infra);
        }
        assertFalse(placeholders(0, Map.of()).external("postgres"));
    }

    @Test
    void gatewayGetsItsRoutesAndTheRateLimitPassThrough() {
        Map<String, String> env = placeholders(0, Map.of()).localEnvironment("gateway");
        assertEquals("http://127.0.0.1:8082", env.get("ZIVAH_GATEWAY_ROUTES_CATALOG_URL"));
        assertEquals("http://127.0.0.1:8083", env.get("ZIVAH_GATEWAY_ROUTES_QUOTES_URL"));
        assertEquals("http://127.0.0.1:8081", env.get("ZIVAH_GATEWAY_ROUTES_WEB_URL"));
        assertEquals("20", env.get("ZIVAH_GATEWAY_RATE_LIMIT_CAPACITY"));
        assertFalse(env.containsKey("QUARKUS_HTTP_HOST"), "the gateway listens beyond loopback");
        assertEquals("10000", placeholders(0, Map.of("ZIVAH_GATEWAY_RATE_LIMIT_CAPACITY", "10000"))
                .localEnvironment("gateway").get("ZIVAH_GATEWAY_RATE_LIMIT_CAPACITY"));
    }

    @Test
    void commandsAndHealthUrlsAreResolved() {
        Placeholders ph = placeholders(0, Map.of());
        assertEquals(List.of("java", "-Xms32m", "-Xmx192m", "-XX:+UseSerialGC", "-XX:MaxRAM=512m", "-jar",
                "/r/quote-service/target/quarkus-app/quarkus-run.jar"), ph.command("quote-service"));
        assertEquals("http://127.0.0.1:9083/q/health/ready", ph.resolve(STACK.component("quote-service").health().url(),
                "quote-service"));
        assertEquals("1@127.0.0.1:9093", ph.resolve(STACK.component("kafka").config(), "kafka")
                .get("controller.quorum.voters"));
        assertTrue(STACK.secrets().containsAll(List.of("CATALOG_DB_PASSWORD", "CSRF_SIGNATURE_KEY")));
    }
}
