package com.zivah.deploy.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The one implementation of a data service's PostgreSQL setup: a login role with its password, a schema of
 * its own owned by it, {@code search_path} set to that schema, CONNECT on the database, and nobody with
 * CREATE on {@code public}; plus the database's shared extensions ({@link #EXTENSIONS}, created by the superuser
 * in {@code public}, so that no service role needs CREATE on the database). Used by the local stack's
 * {@code LocalPostgres} and by test-support's {@code PostgresResource}; compose's
 * {@code deploy/compose/postgres-init.sh} does the same in psql (checked against {@code deploy/stack.yaml} by a test). Idempotent: run it on every start.
 *
 * <p>Plain JDBC only (no other dependency), so that test-support can use it.
 */
public final class PostgresRoles {

    /**
     * Extensions the services' migrations use, created here in schema {@code public} (usable by every role, owned by
     * the superuser): {@code unaccent} for catalog-service's full-text search (its V2__search.sql).
     */
    public static final List<String> EXTENSIONS = List.of("unaccent");

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,30}");

    private PostgresRoles() {
    }

    /**
     * @param admin a superuser connection to the database the role is for
     */
    public static void provision(Connection admin, String role, String schema, String password) throws SQLException {
        requireIdentifier(role);
        requireIdentifier(schema);
        if (password == null || password.isEmpty()) {
            throw new IllegalArgumentException("no password for role " + role);
        }
        try (Statement s = admin.createStatement()) {
            s.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC");
            for (String extension : EXTENSIONS) {
                s.execute("CREATE EXTENSION IF NOT EXISTS " + extension + " SCHEMA public");
            }
            s.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + role + "') THEN "
                    + "CREATE ROLE " + role + " LOGIN; END IF; END $$");
        }
        // the password is quoted by the server (format %L), never spliced into SQL text here
        execute(admin, "SELECT format('ALTER ROLE %I WITH LOGIN PASSWORD %L', ?::text, ?::text)", role, password);
        try (Statement s = admin.createStatement()) {
            s.execute("CREATE SCHEMA IF NOT EXISTS " + schema + " AUTHORIZATION " + role);
            s.execute("ALTER ROLE " + role + " SET search_path = " + schema);
        }
        execute(admin, "SELECT format('GRANT CONNECT ON DATABASE %I TO %I', current_database(), ?::text)", role);
    }

    /** Creates the database if it does not exist (connection to another database of the same server). */
    public static void createDatabase(Connection admin, String database) throws SQLException {
        requireIdentifier(database);
        try (PreparedStatement p = admin.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            p.setString(1, database);
            try (ResultSet rs = p.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
        }
        try (Statement s = admin.createStatement()) {
            s.execute("CREATE DATABASE " + database);
        }
    }

    private static void execute(Connection admin, String generator, String... args) throws SQLException {
        String sql;
        try (PreparedStatement p = admin.prepareStatement(generator)) {
            for (int i = 0; i < args.length; i++) {
                p.setString(i + 1, args[i]);
            }
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                sql = rs.getString(1);
            }
        }
        try (Statement s = admin.createStatement()) {
            s.execute(sql);
        }
    }

    private static void requireIdentifier(String name) {
        if (name == null || !IDENTIFIER.matcher(name).matches()) {
            throw new IllegalArgumentException("unsafe PostgreSQL identifier " + name);
        }
    }
}
