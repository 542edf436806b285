package com.zivah.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The module's packaged service ({@code target/quarkus-app}, hence only in failsafe {@code *IT} tests, after
 * {@code package}) started as a second process beside the test's own instance, on the same test servers: the
 * datasource and Kafka of the running test application, its own free HTTP and management ports, OIDC off, log in
 * {@code target/<name>.log}. One way for every test that needs another replica or a process to kill:
 * {@code TwoReplicasIT} of catalog-service and quote-service, notification-service's {@code KillRestartIT}.
 */
public final class PackagedService implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final Map<String, String> env;
    private final int port;
    private final int managementPort;
    private Process process;
    private int runs;

    private PackagedService(String name, Map<String, String> env, int port, int managementPort) {
        this.name = name;
        this.env = env;
        this.port = port;
        this.managementPort = managementPort;
    }

    /**
     * Starts the packaged service with the test application's datasource (its password under
     * {@code passwordVariable}, e.g. {@code QUOTE_DB_PASSWORD}) and Kafka, plus {@code extraEnv}; does not wait.
     */
    public static PackagedService start(String name, String passwordVariable, Map<String, String> extraEnv) {
        var config = ConfigProvider.getConfig();
        Map<String, String> env = new LinkedHashMap<>();
        env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        env.put("QUARKUS_MANAGEMENT_HOST", "127.0.0.1");
        env.put("QUARKUS_DATASOURCE_JDBC_URL", config.getValue("quarkus.datasource.jdbc.url", String.class));
        env.put("QUARKUS_DATASOURCE_USERNAME", config.getValue("quarkus.datasource.username", String.class));
        env.put(passwordVariable, config.getValue("quarkus.datasource.password", String.class));
        env.put("KAFKA_BOOTSTRAP_SERVERS", config.getValue("kafka.bootstrap.servers", String.class));
        env.put("QUARKUS_OIDC_TENANT_ENABLED", "false");
        env.putAll(extraEnv);
        PackagedService service = new PackagedService(name, env, freePort(), freePort());
        service.launch();
        return service;
    }

    /** Starts it again after {@link #kill()} or {@link #close()}: same ports and environment, next log file. */
    public void restart() {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException(name + " is still running");
        }
        launch();
    }

    /** Waits until readiness answers 200; returns how long that took. */
    public Duration awaitReady(Duration max) {
        return awaitReady(max, body -> true);
    }

    /** Waits until readiness answers 200 with a body that {@code check} accepts (failing the test otherwise). */
    public Duration awaitReady(Duration max, Predicate<String> check) {
        long start = System.nanoTime();
        long deadline = start + max.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError(name + " died:\n" + log());
            }
            try {
                HttpResponse<String> ready = HTTP.send(HttpRequest.newBuilder(managementUri("/q/health/ready"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    if (!check.test(ready.body())) {
                        throw new AssertionError(name + " claimed ready with " + ready.body());
                    }
                    return Duration.ofNanos(System.nanoTime() - start);
                }
            } catch (IOException notListeningYet) {
                // starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
            try {
                Thread.sleep(100); // polling a child process's readiness, not a request path
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
        throw new AssertionError(name + " not ready within " + max + ":\n" + log());
    }

    public int port() {
        return port;
    }

    public int managementPort() {
        return managementPort;
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    public URI managementUri(String path) {
        return URI.create("http://127.0.0.1:" + managementPort + path);
    }

    /** SIGKILL, as a crash: no shutdown hook runs. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
    }

    /** The current run's log. */
    public String log() {
        try {
            return Files.readString(logFile());
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    private void launch() {
        runs++;
        ProcessBuilder builder = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"),
                "-Xmx192m", "-XX:+UseSerialGC", "-jar", "target/quarkus-app/quarkus-run.jar")
                .redirectErrorStream(true)
                .redirectOutput(logFile().toFile());
        builder.environment().putAll(env);
        builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
        builder.environment().put("QUARKUS_MANAGEMENT_PORT", String.valueOf(managementPort));
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + name, e);
        }
    }

    private Path logFile() {
        return Path.of("target", name + (runs > 1 ? "-" + runs : "") + ".log");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
