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
        EmbeddedPostgres pg = server();
        try {
            File pgDir = (File) field(pg, "pgDir");
            File dataDirectory = (File) field(pg, "dataDirectory");
            @SuppressWarnings("unchecked")
            Map<String, String> config = (Map<String, String>) field(pg, "postgresConfig");
            String pgCtl = new File(pgDir, "bin/pg_ctl").getPath();
            run(List.of(pgCtl, "-D", dataDirectory.getPath(), "-m", "fast", "-w", "-t", "30", "stop"));
            Thread.sleep(downMillis);
            StringBuilder options = new StringBuilder("-p " + pg.getPort() + " -F");
            config.forEach((k, v) -> options.append(" -c ").append(k).append('=').append(v));
            run(List.of(pgCtl, "-D", dataDirectory.getPath(), "-o", options.toString(), "-w", "-t", "60",
                    "-l", new File(dataDirectory.getParentFile(), "restarted-" + pg.getPort() + ".log").getPath(),
                    "start"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while restarting PostgreSQL", e);
        } catch (ReflectiveOperationException | IOException e) {
            throw new IllegalStateException("Could not restart PostgreSQL", e);
        }
    }

    private static Object field(Object target, String name) throws ReflectiveOperationException {
        java.lang.reflect.Field f = target.getClass().getDeclaredField(name);
        f.setAccessible(true);
        return f.get(target);
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(90, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("failed: " + String.join(" ", command));
        }
    }
}
