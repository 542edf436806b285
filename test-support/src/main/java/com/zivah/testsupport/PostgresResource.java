package com.zivah.testsupport;

import com.zivah.deploy.postgres.PostgresRoles;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

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
}
