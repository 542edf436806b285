package com.zivah.deploy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The local stack's private PostgreSQL 17: real server binaries from Maven (no Docker, works as root),
 * data kept in a directory that survives restarts. Creates the {@code zivah} database and one login
 * role + schema per service, with the passwords given in the environment. Runs until stopped (SIGTERM).
 *
 * <p>Usage: {@code LocalPostgres <dataDir> <port>}; env {@code CATALOG_DB_PASSWORD}, {@code QUOTE_DB_PASSWORD},
 * {@code NOTIFICATION_DB_PASSWORD}.
 */
public final class LocalPostgres {

    private LocalPostgres() {
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);
        Files.createDirectories(dataDir);
        EmbeddedPostgres pg = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("max_connections", "200")
                .start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                pg.close();
            } catch (IOException e) {
                System.err.println("PostgreSQL did not stop cleanly: " + e.getMessage());
            } finally {
                stopped.countDown();
            }
        }));
        provision(port);
        System.out.println("PostgreSQL ready on 127.0.0.1:" + port + ", data in " + dataDir);
        stopped.await();
    }

    /** Idempotent: the database, and per service a role owning its schema, search_path set to it. */
    static void provision(int port) throws Exception {
        String admin = "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
        try (Connection c = DriverManager.getConnection(admin, "postgres", "postgres"); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select 1 from pg_database where datname = 'zivah'")) {
                if (!rs.next()) {
                    s.execute("create database zivah");
                }
            }
        }
        Map<String, String> roles = new LinkedHashMap<>();
        for (String service : new String[] {"catalog", "quote", "notification"}) {
            String password = System.getenv(service.toUpperCase() + "_DB_PASSWORD");
            if (password == null || password.isBlank()) {
                throw new IllegalStateException(service.toUpperCase() + "_DB_PASSWORD is not set");
            }
            roles.put(service, password);
        }
        String db = "jdbc:postgresql://127.0.0.1:" + port + "/zivah";
        try (Connection c = DriverManager.getConnection(db, "postgres", "postgres"); Statement s = c.createStatement()) {
            s.execute("revoke create on schema public from public");
            for (Map.Entry<String, String> role : roles.entrySet()) {
                String name = role.getKey();
                String password = role.getValue().replace("'", "''");
                s.execute("do $$ begin if not exists (select from pg_roles where rolname = '" + name + "') then "
                        + "create role " + name + " login; end if; end $$");
                s.execute("alter role " + name + " with login password '" + password + "'");
                s.execute("create schema if not exists " + name + " authorization " + name);
                s.execute("alter role " + name + " set search_path = " + name);
                s.execute("grant connect on database zivah to " + name);
            }
        }
    }
}
