package com.zivah.deploy.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The one role/schema setup, on a real PostgreSQL: what LocalPostgres and test-support's PostgresResource run. */
class PostgresRolesTest {

    static EmbeddedPostgres pg;

    @BeforeAll
    static void start() throws Exception {
        pg = EmbeddedPostgres.builder().start();
        try (Connection admin = pg.getPostgresDatabase().getConnection()) {
            PostgresRoles.createDatabase(admin, "zivah");
            PostgresRoles.createDatabase(admin, "zivah"); // idempotent
        }
    }

    @AfterAll
    static void stop() throws Exception {
        pg.close();
    }

    private String url() {
        return "jdbc:postgresql://localhost:" + pg.getPort() + "/zivah";
    }

    @Test
    void theRoleLogsInWithItsPasswordAndWorksInItsOwnSchemaOnly() throws Exception {
        String password = "it's a \"secret\"; drop table x";
        try (Connection admin = DriverManager.getConnection(url(), "postgres", "postgres")) {
            PostgresRoles.provision(admin, "catalog", "catalog", "first");
            String first = storedPassword(admin, "catalog");
            PostgresRoles.provision(admin, "catalog", "catalog", password); // again: the new password wins
            PostgresRoles.provision(admin, "quote", "quote", "other");
            String second = storedPassword(admin, "catalog");
            org.junit.jupiter.api.Assertions.assertNotNull(first);
            org.junit.jupiter.api.Assertions.assertNotEquals(first, second);
        }
        try (Connection c = DriverManager.getConnection(url(), "catalog", password); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT current_schema()")) {
                rs.next();
                assertEquals("catalog", rs.getString(1));
            }
            s.execute("CREATE TABLE t (id int)");
            // the shared extension is usable (catalog's search configuration) without the role being able to create any
            try (ResultSet rs = s.executeQuery("SELECT public.unaccent('Válvulas')")) {
                rs.next();
                assertEquals("Valvulas", rs.getString(1));
            }
            s.execute("CREATE TEXT SEARCH CONFIGURATION t_es (COPY = pg_catalog.spanish)");
            s.execute("ALTER TEXT SEARCH CONFIGURATION t_es ALTER MAPPING FOR word WITH public.unaccent, spanish_stem");
            assertThrows(SQLException.class, () -> s.execute("CREATE EXTENSION pg_trgm"));
            assertThrows(SQLException.class, () -> s.execute("CREATE TABLE public.t (id int)"));
            assertThrows(SQLException.class, () -> s.execute("CREATE TABLE quote.t (id int)"));
        }
        // (this server trusts loopback, as the local stack's does: a wrong password is not refused here)
    }

    private static String storedPassword(Connection admin, String role) throws SQLException {
        try (Statement s = admin.createStatement();
             ResultSet rs = s.executeQuery("SELECT rolpassword FROM pg_authid WHERE rolname = '" + role + "'")) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Test
    void unsafeNamesAreRefused() throws Exception {
        try (Connection admin = DriverManager.getConnection(url(), "postgres", "postgres")) {
            assertThrows(IllegalArgumentException.class, () -> PostgresRoles.provision(admin, "x; drop", "x", "p"));
            assertThrows(IllegalArgumentException.class, () -> PostgresRoles.provision(admin, "x", "x", ""));
        }
    }
}
