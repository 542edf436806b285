package com.zivah.deploy;

import com.zivah.deploy.postgres.PostgresRoles;
import com.zivah.deploy.stack.Stack;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.concurrent.CountDownLatch;

/**
 * The local stack's private PostgreSQL 17: real server binaries from Maven (no Docker, works as root),
 * data kept in a directory that survives restarts. Creates the {@code zivah} database and the login
 * role + schema of every {@code database} in the stack description, with the passwords given in the
 * environment (the variables the description names). Runs until stopped (SIGTERM).
 *
 * <p>Usage: {@code LocalPostgres <dataDir> <port> <stack.yaml>}.
 */
public final class LocalPostgres {

    static final String DATABASE = "zivah";

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
        provision(port, Stack.load(Path.of(args[2])));
        System.out.println("PostgreSQL ready on 127.0.0.1:" + port + ", data in " + dataDir);
        stopped.await();
    }

    /** Idempotent: database zivah, and every role/schema the stack description declares (PostgresRoles). */
    static void provision(int port, Stack stack) throws Exception {
        String admin = "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
        try (Connection c = DriverManager.getConnection(admin, "postgres", "postgres")) {
            PostgresRoles.createDatabase(c, DATABASE);
        }
        String db = "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE;
        try (Connection c = DriverManager.getConnection(db, "postgres", "postgres")) {
            for (Stack.Database d : stack.databases()) {
                String password = System.getenv(d.password());
                if (password == null || password.isBlank()) {
                    throw new IllegalStateException(d.password() + " is not set");
                }
                PostgresRoles.provision(c, d.role(), d.schema(), password);
            }
        }
    }
}
