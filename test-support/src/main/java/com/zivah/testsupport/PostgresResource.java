package com.zivah.testsupport;

import com.zivah.deploy.postgres.PostgresRoles;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real PostgreSQL 17 (embedded binaries, no Docker), one per test JVM. Each service gets its own
 * schema and login role, exactly as in production:
 * {@code @WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "schema", value = "catalog"))}.
 */
public class PostgresResource implements QuarkusTestResourceLifecycleManager {

    private static EmbeddedPostgres server;
    private String schema = "app";

    @Override
    public void init(Map<String, String> initArgs) {
        schema = initArgs.getOrDefault("schema", schema);
        if (!schema.matches("[a-z_]{1,30}")) {
            throw new IllegalArgumentException("Unsafe schema name " + schema);
        }
    }

    @Override
    public Map<String, String> start() {
        createSchemaAndRole(schema);
        return Map.of(
                "quarkus.datasource.jdbc.url", jdbcUrl(schema),
                "quarkus.datasource.username", schema,
                "quarkus.datasource.password", schema);
    }

    @Override
    public void stop() {
        // The server lives for the whole JVM so later test classes reuse it; a shutdown hook stops it.
    }

    public static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("Embedded PostgreSQL did not start", e);
            }
            EmbeddedPostgres started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException ignored) {
                    // the JVM is going away anyway
                }
            }));
        }
        return server;
    }

    public static String jdbcUrl(String schema) {
        return "jdbc:postgresql://localhost:" + server().getPort() + "/postgres?currentSchema=" + schema;
    }

    /**
     * A role per service owning its schema, password = the schema name: deploy's {@link PostgresRoles}, the same
     * setup the local stack's PostgreSQL gets (compose's postgres-init.sh is checked against it).
     */
    public static void createSchemaAndRole(String schema) {
        try (Connection c = server().getPostgresDatabase().getConnection()) {
            PostgresRoles.provision(c, schema, schema, schema);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prepare schema " + schema, e);
        }
    }

    /**
     * Fault drill: stops the server (fast shutdown: open connections break, new ones are refused), keeps it down for
     * {@code downMillis}, then starts it again on the same port and data directory (all data kept).
     */
    public static synchronized void restart(long downMillis) {
        stopServer();
        try {
            Thread.sleep(downMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while PostgreSQL was down", e);
        }
        startServer();
    }

    /** Fault drill: stops the server (fast shutdown); {@link #startServer()} brings it back with all its data. */
    public static synchronized void stopServer() {
        EmbeddedPostgres pg = server();
        try {
            run(List.of(pgCtl(pg), "-D", dataDirectory(pg).getPath(), "-m", "fast", "-w", "-t", "30", "stop"));
        } catch (ReflectiveOperationException | IOException e) {
            throw new IllegalStateException("Could not stop PostgreSQL", e);
        }
    }

    /** Starts the server stopped by {@link #stopServer()} again: same port, same data directory, same settings. */
    public static synchronized void startServer() {
        EmbeddedPostgres pg = server();
        try {
            @SuppressWarnings("unchecked")
            Map<String, String> config = (Map<String, String>) field(pg, "postgresConfig");
            StringBuilder options = new StringBuilder("-p " + pg.getPort() + " -F");
            config.forEach((k, v) -> options.append(" -c ").append(k).append('=').append(v));
            File data = dataDirectory(pg);
            run(List.of(pgCtl(pg), "-D", data.getPath(), "-o", options.toString(), "-w", "-t", "60",
                    "-l", new File(data.getParentFile(), "restarted-" + pg.getPort() + ".log").getPath(), "start"));
        } catch (ReflectiveOperationException | IOException e) {
            throw new IllegalStateException("Could not start PostgreSQL", e);
        }
    }

    private static String pgCtl(EmbeddedPostgres pg) throws ReflectiveOperationException {
        return new File((File) field(pg, "pgDir"), "bin/pg_ctl").getPath();
    }

    private static File dataDirectory(EmbeddedPostgres pg) throws ReflectiveOperationException {
        return (File) field(pg, "dataDirectory");
    }

    private static Object field(Object target, String name) throws ReflectiveOperationException {
        java.lang.reflect.Field f = target.getClass().getDeclaredField(name);
        f.setAccessible(true);
        return f.get(target);
    }

    /** Like the embedded server's own commands: as root, inside {@code unshare -U} (PostgreSQL refuses root). */
    private static void run(List<String> command) throws IOException {
        List<String> full = new ArrayList<>();
        if (io.zonky.test.db.postgres.util.LinuxUtils.isUnshareAvailable()) {
            full.addAll(List.of("unshare", "-U"));
        }
        full.addAll(command);
        Process p = new ProcessBuilder(full).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            if (!p.waitFor(90, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IOException("failed: " + String.join(" ", command));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted: " + String.join(" ", command), e);
        }
    }
}
