package com.zivah.quote.service;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.zivah.quote.drill.DrillDatabase;
import com.zivah.testsupport.KafkaResource;
import com.zivah.testsupport.PostgresResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two instances of quote-service on one database: this test's application (instance A) and the packaged service
 * started as a second process (instance B, {@code target/quarkus-app}; hence a failsafe test, after {@code package}).
 * Parallel submissions split across both get unique quote numbers (gaps are allowed: a rolled-back submission
 * skips its number).
 */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "schema", value = "quote"))
@WithTestResource(KafkaResource.class)
class TwoInstancesIT {

    private static final int SUBMISSIONS = 80;

    private static Process instanceB;
    private static int portB;
    private static int managementPortB;

    @TestHTTPResource("/api/quotes")
    URI quotesOnA;

    @Inject
    DataSource dataSource;

    @BeforeAll
    static void startInstanceB() throws Exception {
        var config = ConfigProvider.getConfig();
        portB = freePort();
        managementPortB = freePort();
        Path log = Path.of("target", "instance-b.log");
        ProcessBuilder builder = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"),
                "-Xmx192m", "-XX:+UseSerialGC", "-jar", "target/quarkus-app/quarkus-run.jar")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.put("QUARKUS_HTTP_PORT", String.valueOf(portB));
        env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        env.put("QUARKUS_MANAGEMENT_PORT", String.valueOf(managementPortB));
        env.put("QUARKUS_MANAGEMENT_HOST", "127.0.0.1");
        env.put("QUARKUS_DATASOURCE_JDBC_URL", config.getValue("quarkus.datasource.jdbc.url", String.class));
        env.put("QUARKUS_DATASOURCE_USERNAME", config.getValue("quarkus.datasource.username", String.class));
        env.put("QUOTE_DB_PASSWORD", config.getValue("quarkus.datasource.password", String.class));
        env.put("KAFKA_BOOTSTRAP_SERVERS", config.getValue("kafka.bootstrap.servers", String.class));
        env.put("QUARKUS_OIDC_TENANT_ENABLED", "false");
        instanceB = builder.start();
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (!ready()) {
            if (!instanceB.isAlive() || System.nanoTime() > deadline) {
                throw new AssertionError("instance B did not become ready:\n" + Files.readString(log));
            }
            Thread.sleep(200);
        }
    }

    @AfterAll
    static void stopInstanceB() throws InterruptedException {
        if (instanceB != null) {
            instanceB.destroy();
            if (!instanceB.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                instanceB.destroyForcibly();
            }
        }
    }

    @Test
    void parallelSubmissionsOnBothInstancesGetUniqueQuoteNumbers() throws Exception {
        DrillDatabase db = new DrillDatabase(dataSource);
        long product = db.product();
        String email = "two-instances-" + UUID.randomUUID() + "@example.com";
        URI quotesOnB = URI.create("http://127.0.0.1:" + portB + "/api/quotes");
        HttpClient http = HttpClient.newHttpClient();
        ExecutorService clients = Executors.newFixedThreadPool(16);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < SUBMISSIONS; i++) {
                URI target = i % 2 == 0 ? quotesOnA : quotesOnB;
                Callable<HttpResponse<String>> submit = () -> http.send(HttpRequest.newBuilder(target)
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(DrillDatabase.rfq(email, product))).build(),
                        HttpResponse.BodyHandlers.ofString());
                answers.add(clients.submit(submit));
            }
            Set<String> numbers = new HashSet<>();
            for (Future<HttpResponse<String>> answer : answers) {
                HttpResponse<String> r = answer.get();
                assertEquals(201, r.statusCode(), r.body());
                numbers.add(new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.body()).path("quoteNumber").asText());
            }
            assertEquals(SUBMISSIONS, numbers.size(), "unique quote numbers");
            assertEquals(SUBMISSIONS, db.count("select count(distinct quote_number) from quote where customer_email = ?", email));
        } finally {
            clients.shutdown();
        }
    }

    private static boolean ready() {
        try {
            return given().port(managementPortB).get("/q/health/ready").statusCode() == 200;
        } catch (Exception notYet) { // RestAssured rethrows ConnectException unchecked
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
