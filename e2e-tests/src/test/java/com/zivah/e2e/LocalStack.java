package com.zivah.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts the real system once per test run with the same launcher a person uses ({@code ./zivah up}),
 * on ports shifted by {@link #OFFSET} and with its state under target/, and stops it at the end.
 */
public final class LocalStack implements BeforeAllCallback, ExtensionContext.Store.CloseableResource {

    // every shifted port stays below Linux's ephemeral range (32768+): +20000 put PostgreSQL on 35432, which an
    // outgoing connection of another process may hold as its local port at that moment (bind fails)
    static final int OFFSET = 10000;
    static final String GATEWAY = "http://localhost:" + (8080 + OFFSET);
    static final String MAIL_API = "http://localhost:" + (8025 + OFFSET);
    /** Keycloak as browsers reach it: through the gateway (its http-relative-path is /auth). */
    static final String KEYCLOAK = GATEWAY + "/auth";

    private static boolean started;
    private final Path root = Path.of(System.getProperty("zivah.root", "..")).toAbsolutePath().normalize();
    private final Path home = Path.of(System.getProperty("zivah.e2e.home", "target/stack")).toAbsolutePath();

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        synchronized (LocalStack.class) {
            if (started) {
                return;
            }
            Files.createDirectories(home);
            int exit = run(List.of("up", "--no-build"), home.resolve("up.log"), 15);
            if (exit != 0) {
                dumpLogs();
                run(List.of("down"), home.resolve("down.log"), 2);
                throw new IllegalStateException("./zivah up failed with exit code " + exit + "; see " + home);
            }
            started = true;
            context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put(LocalStack.class.getName(), this);
        }
    }

    @Override
    public void close() throws Exception {
        run(List.of("down"), home.resolve("down.log"), 3);
    }

    /** This stack's state dir (ZIVAH_HOME): run/NAME.pid, logs/NAME.log. */
    static Path home() {
        return new LocalStack().home;
    }

    /** Runs the launcher against this stack's state dir and ports; returns exit code and output. */
    static LauncherRun launcher(Path stateDir, String... args) throws IOException, InterruptedException {
        LocalStack stack = new LocalStack();
        Path log = Files.createTempFile("zivah-", ".log");
        int exit = stack.run(List.of(args), stateDir == null ? stack.home : stateDir, log, 3);
        return new LauncherRun(exit, Files.readString(log));
    }

    record LauncherRun(int exit, String output) {
    }

    private int run(List<String> args, Path log, int minutes) throws IOException, InterruptedException {
        return run(args, home, log, minutes);
    }

    private int run(List<String> args, Path stateDir, Path log, int minutes) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>();
        command.add(root.resolve("zivah").toString());
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(root.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("ZIVAH_HOME", stateDir.toString());
        builder.environment().put("ZIVAH_PORT_OFFSET", String.valueOf(OFFSET));
        // every journey comes from 127.0.0.1: don't let the gateway's per-client RFQ limit throttle the suite
        builder.environment().put("ZIVAH_GATEWAY_RATE_LIMIT_CAPACITY", "10000");
        // the fault drills mail a few hundred buyers within minutes: the hourly mail budget must not suppress them
        builder.environment().put("ZIVAH_MAIL_BUDGET_MAX", "10000");
        Process process = builder.start();
        if (!process.waitFor(minutes, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            return -1;
        }
        System.out.println(Files.readString(log));
        return process.exitValue();
    }

    private void dumpLogs() throws IOException {
        Path logs = home.resolve("logs");
        if (!Files.isDirectory(logs)) {
            return;
        }
        try (Stream<Path> files = Files.list(logs)) {
            for (Path file : files.sorted().toList()) {
                List<String> lines = Files.readAllLines(file);
                System.out.println("===== " + file.getFileName() + " (last 60 lines) =====");
                lines.subList(Math.max(0, lines.size() - 60), lines.size()).forEach(System.out::println);
            }
        }
    }
}
