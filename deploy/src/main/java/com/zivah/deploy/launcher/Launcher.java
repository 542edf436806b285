package com.zivah.deploy.launcher;

import com.zivah.deploy.stack.Placeholders;
import com.zivah.deploy.stack.Stack;
import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The local stack without Docker, run from {@code deploy/stack.yaml}: {@code ./zivah up|down|status|logs|restart}
 * (the {@code zivah} script builds this class when it is missing and execs it; {@code ./zivah test} stays in the
 * script). Components start in dependency order, each once its dependencies are healthy; health is a real probe
 * (JDBC, Kafka AdminClient, HTTP). A component whose recorded process died is reported "crashed" by
 * {@code status}, and the next {@code up} starts it again (and whatever else is not running), leaving the rest
 * of the stack alone: there is no supervisor process.
 */
public final class Launcher {

    private static final PrintStream OUT = System.out;
    private static final String ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    private final Path root;
    private final Path state;
    private final Path run;
    private final Path logs;
    private final Path data;
    private final Stack stack;
    private final Map<String, String> environment = System.getenv();
    private final Map<String, String> secrets = new LinkedHashMap<>();
    private final Placeholders ph;
    private final Processes processes;
    private final List<String> startedNow = Collections.synchronizedList(new ArrayList<>());
    private volatile boolean upDone;
    private FileLock lock;

    /** A fatal condition: message to stderr, exit code 1. */
    static final class Die extends RuntimeException {
        Die(String message) {
            super(message);
        }
    }

    Launcher(Path root) {
        this.root = root;
        String home = environment.getOrDefault("ZIVAH_HOME", "");
        this.state = (home.isEmpty() ? root.resolve(".zivah") : Path.of(home)).toAbsolutePath();
        this.run = state.resolve("run");
        this.logs = state.resolve("logs");
        this.data = state.resolve("data");
        this.stack = Stack.load(root.resolve("deploy/stack.yaml"));
        int offset = Integer.parseInt(environment.getOrDefault("ZIVAH_PORT_OFFSET", "0").isEmpty() ? "0"
                : environment.getOrDefault("ZIVAH_PORT_OFFSET", "0"));
        Map<String, String> dirs = Map.of("root", root.toString(), "state", state.toString(), "data", data.toString(),
                "logs", logs.toString(), "lib", root.resolve("deploy/target/local-stack").toString());
        this.ph = new Placeholders(stack, offset, dirs, secrets::get, environment);
        this.processes = new Processes(run, List.of(root.toString(), state.toString()));
    }

    public static void main(String[] args) {
        Path root = Path.of(System.getProperty("zivah.root", ".")).toAbsolutePath().normalize();
        String command = args.length == 0 ? "" : args[0];
        List<String> rest = args.length == 0 ? List.of() : List.of(args).subList(1, args.length);
        int exit;
        try {
            Launcher launcher = new Launcher(root);
            exit = switch (command) {
                case "up" -> launcher.up(rest);
                case "down" -> launcher.down();
                case "status" -> launcher.status();
                case "logs" -> launcher.logs(rest);
                case "restart" -> launcher.restart(rest);
                case "dlq" -> launcher.dlq(rest);
                default -> {
                    OUT.println("usage: ./zivah up [--build|--no-build] | down | status | logs [name] | restart <service>"
                            + " | dlq replay <dlq-topic> [--dry-run] | test [maven args]");
                    yield 2;
                }
            };
        } catch (Die e) {
            System.err.println("zivah: " + e.getMessage());
            exit = 1;
        } catch (InterruptedException e) {
            exit = 130;
        } catch (Exception e) {
            System.err.println("zivah: " + e);
            exit = 1;
        }
        OUT.flush();
        System.exit(exit);
    }

    // ------------------------------------------------------------------------------------------------ up

    int up(List<String> options) throws Exception {
        boolean forceBuild = false;
        boolean skipBuild = false;
        for (String option : options) {
            switch (option) {
                case "--build" -> forceBuild = true;
                case "--no-build" -> skipBuild = true;
                default -> throw new Die("unknown option " + option);
            }
        }
        prepareDirs();
        lock();
        List<String> order = stack.startOrder();
        List<String> running = order.stream().filter(processes::alive).toList();
        List<String> toStart = order.stream().filter(c -> !ph.external(c) && !processes.alive(c)).toList();
        if (toStart.isEmpty()) {
            OUT.println("ZIVAH is already running (" + String.join(" ", running) + "). Use './zivah status', or"
                    + " './zivah down' first.");
            return 0;
        }
        List<String> crashed = toStart.stream().filter(c -> Files.exists(processes.pidFile(c))).toList();
        if (!running.isEmpty() || !crashed.isEmpty()) {
            OUT.println("ZIVAH is partly running (" + String.join(" ", running) + "); starting "
                    + String.join(" ", toStart) + (crashed.isEmpty() ? "" : " (crashed: " + String.join(" ", crashed) + ")"));
        }
        for (String c : crashed) {
            clearCrashed(c);
        }
        if (toStart.contains("postgres")) {
            stopLeftoverPostmaster();
        }
        for (String c : toStart) {
            for (int port : ph.ports(c)) {
                if (portInUse(port)) {
                    throw new Die("port " + port + " (needed by " + c + ") is already in use by another program");
                }
            }
        }
        long t0 = System.nanoTime();
        // a failed or interrupted start leaves nothing behind that this `up` started
        Thread cleanup = new Thread(() -> {
            if (!upDone) {
                OUT.println("Start failed or interrupted; stopping what was started ...");
                stopAll(new ArrayList<>(startedNow), false);
            }
        });
        Runtime.getRuntime().addShutdownHook(cleanup);
        loadSecrets();
        if (forceBuild || (!skipBuild && !built())) {
            build();
        }
        if (!built()) {
            throw new Die("artifacts missing; run './zivah up --build'");
        }
        OUT.println("Starting " + String.join(", ", toStart) + " ...");
        for (String c : toStart) {
            for (String dep : stack.component(c).dependsOn()) {
                if (!ph.external(dep)) {
                    waitHealthy(dep, stack.component(dep).health().timeoutSeconds(), 500);
                }
            }
            start(c);
        }
        for (String c : toStart) {
            waitHealthy(c, stack.component(c).health().timeoutSeconds(), 500);
        }
        upDone = true;
        OUT.println();
        OUT.println("ZIVAH is up in " + TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - t0) + " s.");
        printAccess();
        return 0;
    }

    private void start(String name) throws Exception {
        Stack.Component c = stack.component(name);
        Map<String, String> env = ph.localEnvironment(name);
        switch (c.kind()) {
            case "postgres" -> stack.databases().forEach(d -> env.put(d.password(), secrets.get(d.password())));
            case "kafka" -> prepareKafka(name);
            case "keycloak" -> prepareKeycloak(name);
            default -> {
            }
        }
        startedNow.add(name);
        processes.launch(name, ph.command(name), env, stack.secrets(), logs.resolve(name + ".log"));
    }

    private void prepareKafka(String name) throws Exception {
        Path dir = data.resolve("kafka");
        Files.createDirectories(dir);
        Path conf = state.resolve("kafka.properties");
        StringBuilder props = new StringBuilder("# written by ./zivah from deploy/stack.yaml\n");
        ph.resolve(stack.component(name).config(), name).forEach((k, v) -> props.append(k).append('=').append(v).append('\n'));
        Files.writeString(conf, props);
        if (!Files.exists(dir.resolve("meta.properties"))) {
            Path log = logs.resolve("kafka-format.log");
            Process format = new ProcessBuilder("java",
                    "-Dlog4j2.configurationFile=" + root.resolve("deploy/local/log4j2-kafka.properties"),
                    "-cp", root.resolve("deploy/target/local-stack/lib") + "/*", "kafka.tools.StorageTool", "format",
                    "-t", org.apache.kafka.common.Uuid.randomUuid().toString(), "-c", conf.toString())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (format.waitFor() != 0) {
                throw new Die("Kafka storage format failed, see " + log);
            }
        }
    }

    private void prepareKeycloak(String name) throws Exception {
        Map<String, String> config = ph.resolve(stack.component(name).config(), name);
        Path dist = Path.of(config.get("dist"));
        String options = config.get("buildOptions");
        Path marker = dist.resolve(".zivah-built");
        // same marker and lock as test-support's KeycloakResource: the distribution is built once
        try (FileChannel channel = FileChannel.open(dist.resolve(".zivah-build.lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock ignored = channel.lock()) {
            if (!Files.exists(marker) || !Files.readString(marker).strip().equals(options)) {
                OUT.println("  keycloak: one-time optimized build (about a minute) ...");
                Path log = logs.resolve("keycloak-build.log");
                List<String> build = new ArrayList<>(List.of(dist.resolve("bin/kc.sh").toString(), "build"));
                build.addAll(List.of(options.split(" ")));
                Process p = new ProcessBuilder(build).directory(dist.toFile()).redirectErrorStream(true)
                        .redirectOutput(log.toFile()).start();
                if (p.waitFor() != 0) {
                    throw new Die("Keycloak build failed, see " + log);
                }
                Files.writeString(marker, options + "\n");
            }
        }
        Path home = state.resolve("keycloak");
        Path imports = home.resolve("data/import");
        Files.createDirectories(imports);
        Map<String, Path> links = new LinkedHashMap<>();
        for (String part : List.of("bin", "conf", "lib", "providers", "version.txt")) {
            links.put(part, dist.resolve(part));
        }
        // the ZIVAH login and email themes, as code in identity/ (the distribution's themes/ holds only a README)
        links.put("themes", Path.of(config.get("themes")));
        for (Map.Entry<String, Path> part : links.entrySet()) {
            Path link = home.resolve(part.getKey());
            Files.deleteIfExists(link);
            Files.createSymbolicLink(link, part.getValue());
        }
        // Keycloak keeps gzipped theme files by its own version, not by content: an edited theme would be served stale
        Path gzipCache = home.resolve("data/tmp/kc-gzip-cache");
        if (Files.isDirectory(gzipCache)) {
            try (Stream<Path> walk = Files.walk(gzipCache)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        String realm = Files.readString(Path.of(config.get("realm")));
        for (Map.Entry<String, String> e : config.entrySet()) {
            if (e.getKey().startsWith("realm.replace.")) {
                realm = realm.replace(e.getKey().substring("realm.replace.".length()), e.getValue());
            }
        }
        Files.writeString(imports.resolve("zivah-realm.json"), realm);
        // the local stack is a demo: its users (one per role) come with it
        Files.copy(Path.of(config.get("users")), imports.resolve("zivah-users-0.json"), StandardCopyOption.REPLACE_EXISTING);
    }

    private boolean built() {
        for (String s : stack.services()) {
            if (!Files.isRegularFile(root.resolve(s).resolve("target/quarkus-app/quarkus-run.jar"))) {
                return false;
            }
        }
        Path lib = root.resolve("deploy/target/local-stack");
        Path kc = Path.of(ph.resolve(stack.component("keycloak").config().get("dist"), "keycloak")).resolve("bin/kc.sh");
        return Files.isDirectory(lib.resolve("lib")) && Files.isRegularFile(lib.resolve("greenmail-standalone.jar"))
                && Files.isExecutable(kc);
    }

    private void build() throws Exception {
        Path log = logs.resolve("build.log");
        OUT.println("Building (./mvnw install -DskipTests, log in " + log + ") ...");
        Process p = new ProcessBuilder(root.resolve("mvnw").toString(), "-B", "install", "-DskipTests")
                .directory(root.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (p.waitFor() != 0) {
            tail(log, 30).forEach(System.err::println);
            throw new Die("build failed, see " + log);
        }
    }

    private void waitHealthy(String name, int timeoutSeconds, long pollMillis) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        while (!healthy(name)) {
            Path log = logs.resolve(name + ".log");
            if (!processes.alive(name)) {
                tail(log, 40).forEach(System.err::println);
                throw new Die(name + " exited during startup, see " + log);
            }
            if (System.nanoTime() > deadline) {
                tail(log, 40).forEach(System.err::println);
                throw new Die(name + " not healthy after " + timeoutSeconds + "s, see " + log);
            }
            Thread.sleep(pollMillis);
        }
    }

    boolean healthy(String name) {
        Stack.Health health = stack.component(name).health();
        String target = ph.resolve(health.url(), name);
        return switch (health.kind()) {
            case "jdbc" -> Probes.jdbc(target, stack.databases().stream().map(Stack.Database::schema).toList());
            case "kafka-admin" -> Probes.kafka(target);
            case "http" -> Probes.http(target);
            default -> throw new Die(name + ": unknown health kind " + health.kind());
        };
    }

    private void printAccess() {
        int gateway = ph.port("gateway");
        OUT.println();
        OUT.println("  Site (gateway)      http://localhost:" + gateway + "/");
        OUT.println("  Admin               http://localhost:" + gateway + "/admin");
        OUT.println("  Catalog API         http://localhost:" + gateway + "/api/catalog/products");
        OUT.println("  Keycloak (login)    http://localhost:" + gateway + "/auth/realms/zivah/.well-known/openid-configuration  (through the gateway)");
        OUT.println("  Keycloak console    http://localhost:" + ph.port("keycloak") + "/auth/admin/master/console/  (admin / see "
                + state.resolve("secrets.env") + ")");
        OUT.println("  Mail API (GreenMail) http://localhost:" + ph.port("greenmail", "api")
                + "/api/user/<buyer-email>/messages/INBOX");
        OUT.println("  Logs                " + logs + "/   (./zivah logs <name>)");
        OUT.println();
        OUT.println("  Demo logins for /admin (realm zivah):");
        OUT.println("    ADMIN    admin    / Admin#Zivah2026");
        OUT.println("    MANAGER  manager  / Manager#Zivah2026");
        OUT.println("    VIEWER   viewer   / Viewer#Zivah2026");
    }

    // ------------------------------------------------------------------------------------------------ down

    int down() throws Exception {
        prepareDirs();
        lock();
        List<String> names = new ArrayList<>(stack.startOrder());
        names.removeIf(c -> !Files.exists(processes.pidFile(c)));
        stopAll(names, true);
        stopLeftoverPostmaster();
        return 0;
    }

    /** Stops the components' process groups together (SIGTERM, then SIGKILL after 20 s), last started first. */
    private synchronized void stopAll(List<String> names, boolean say) {
        List<String> reversed = new ArrayList<>(names);
        Collections.reverse(reversed);
        for (String c : reversed) {
            processes.recordedPid(c).ifPresent(pid -> processes.signalGroup("TERM", pid));
        }
        for (String c : reversed) {
            try {
                var pid = processes.recordedPid(c);
                if (pid.isPresent()) {
                    processes.stopGroup(pid.get(), 20_000);
                }
                Files.deleteIfExists(processes.pidFile(c));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (IOException e) {
                System.err.println("zivah: " + e.getMessage());
            }
            if (say) {
                OUT.println("stopped " + c);
            }
        }
    }

    /** PostgreSQL's server detaches from its launcher (pg_ctl): the one of our data dir whose launcher is gone. */
    private void stopLeftoverPostmaster() throws InterruptedException {
        if (processes.alive("postgres")) {
            return;
        }
        long pm = postmasterPid();
        if (pm > 0) {
            Processes.exec("kill", "-INT", String.valueOf(pm));
            for (int i = 0; i < 80 && ProcessHandle.of(pm).map(ProcessHandle::isAlive).orElse(false); i++) {
                Thread.sleep(250);
            }
        }
    }

    private long postmasterPid() {
        try {
            long pm = Long.parseLong(Files.readAllLines(data.resolve("postgres/postmaster.pid")).get(0).strip());
            String comm = Files.readString(Path.of("/proc", String.valueOf(pm), "comm"));
            return comm.contains("postgres") ? pm : -1;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** A crashed component: whatever is left of its process group goes, its log is kept as NAME.crashed.log. */
    private void clearCrashed(String name) throws Exception {
        var pid = processes.recordedPid(name);
        if (pid.isPresent()) {
            processes.stopGroup(pid.get(), 5_000);
        }
        Files.deleteIfExists(processes.pidFile(name));
        Path log = logs.resolve(name + ".log");
        if (Files.exists(log)) {
            Files.move(log, logs.resolve(name + ".crashed.log"), StandardCopyOption.REPLACE_EXISTING);
            OUT.println("  " + name + " had crashed; its log is now " + logs.resolve(name + ".crashed.log"));
        }
    }

    // ------------------------------------------------------------------------------------------------ status

    /** Exit 0: everything healthy; 1: something crashed or unhealthy; 3: nothing runs. */
    int status() {
        OUT.printf("%-22s %-8s %-10s %-8s %s%n", "COMPONENT", "PID", "STATE", "RSS_MB", "PORTS");
        boolean any = false;
        boolean bad = false;
        for (String c : stack.components().keySet()) {
            String ports = String.join(" ", ph.ports(c).stream().map(String::valueOf).toList());
            if (ph.external(c)) {
                OUT.printf("%-22s %-8s %-10s %-8s %s%n", c, "-", "external", "-", "(" + stack.component(c).external() + ")");
                continue;
            }
            var pid = processes.recordedPid(c);
            if (pid.isEmpty()) {
                OUT.printf("%-22s %-8s %-10s %-8s %s%n", c, "-", "stopped", "-", ports);
                continue;
            }
            any = true;
            if (!processes.alive(c)) {
                bad = true;
                Path log = logs.resolve(c + ".log");
                OUT.printf("%-22s %-8s %-10s %-8s %s%n", c, pid.get(), "crashed", "-", ports);
                OUT.println("    process " + pid.get() + " is gone (./zivah up starts it again); last lines of " + log + ":");
                tail(log, 3).forEach(l -> OUT.println("      " + (l.length() > 200 ? l.substring(0, 200) + " ..." : l)));
                continue;
            }
            boolean ok = healthy(c);
            bad |= !ok;
            // resident memory of the whole session (postgres: the launcher JVM plus the server's processes)
            List<Long> sessions = new ArrayList<>(List.of(pid.get()));
            if ("postgres".equals(stack.component(c).kind()) && postmasterPid() > 0) {
                sessions.add(postmasterPid());
            }
            long rss = Processes.rssMb(sessions);
            OUT.printf("%-22s %-8s %-10s %-8s %s%n", c, pid.get(), ok ? "healthy" : "unhealthy", rss < 0 ? "-" : rss, ports);
        }
        return !any ? 3 : bad ? 1 : 0;
    }

    // ------------------------------------------------------------------------------------------------ restart

    /**
     * {@code dlq replay <dlq-topic> [--dry-run]}: republishes the dead-lettered records to their original topics
     * ({@link com.zivah.deploy.dlq.DlqReplay}) on the stack's Kafka (or {@code ZIVAH_KAFKA_BOOTSTRAP}).
     */
    int dlq(List<String> args) throws Exception {
        List<String> rest = new ArrayList<>(args);
        boolean dryRun = rest.remove("--dry-run");
        if (rest.size() != 2 || !rest.get(0).equals("replay") || rest.get(1).startsWith("-")) {
            throw new Die("usage: ./zivah dlq replay <dlq-topic> [--dry-run]   (e.g. zivah.notification.dlq)");
        }
        String bootstrap = ph.resolve("${export:kafka/bootstrap}", "kafka");
        new com.zivah.deploy.dlq.DlqReplay(bootstrap, OUT).replay(rest.get(1), dryRun);
        return 0;
    }

    int restart(List<String> args) throws Exception {
        List<String> services = stack.services();
        if (args.size() != 1 || !services.contains(args.get(0))) {
            throw new Die("restart takes one of: " + String.join(" ", services));
        }
        String name = args.get(0);
        prepareDirs();
        lock();
        for (String c : stack.components().keySet()) {
            if (!stack.component(c).isService() && !ph.external(c) && !processes.alive(c)) {
                throw new Die(c + " is not running: use './zivah up'");
            }
        }
        loadSecrets();
        var pid = processes.recordedPid(name);
        if (pid.isPresent()) {
            processes.stopGroup(pid.get(), 10_000);
        }
        long t0 = System.nanoTime();
        start(name);
        waitHealthy(name, stack.component(name).health().timeoutSeconds(), 50);
        upDone = true;
        OUT.println(name + " healthy " + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0)
                + " ms after its process started");
        return 0;
    }

    // ------------------------------------------------------------------------------------------------ logs

    int logs(List<String> args) throws Exception {
        if (args.isEmpty()) {
            if (!Files.isDirectory(logs)) {
                OUT.println("no logs yet");
                return 0;
            }
            try (Stream<Path> files = Files.list(logs)) {
                files.map(p -> p.getFileName().toString()).sorted().forEach(OUT::println);
            }
            return 0;
        }
        Path log = logs.resolve(args.get(0) + ".log");
        if (!Files.isRegularFile(log)) {
            throw new Die("no log for " + args.get(0) + " (try: ./zivah logs)");
        }
        tail(log, 200).forEach(OUT::println);
        OUT.flush();
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            long position = file.length();
            byte[] buffer = new byte[65536];
            while (true) { // follow, like tail -f, until interrupted
                long length = file.length();
                if (length < position) {
                    position = 0; // truncated: the component was started again
                }
                file.seek(position);
                int n;
                while ((n = file.read(buffer)) > 0) {
                    OUT.write(buffer, 0, n);
                    position += n;
                }
                OUT.flush();
                Thread.sleep(250);
            }
        }
    }

    // ------------------------------------------------------------------------------------------------ plumbing

    private void prepareDirs() throws IOException {
        Files.createDirectories(run);
        Files.createDirectories(logs);
        Files.createDirectories(data);
    }

    /** One ./zivah command at a time per state dir (two `up`s would overwrite each other's pid files). */
    private void lock() throws IOException {
        FileChannel channel = FileChannel.open(state.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        lock = channel.tryLock();
        if (lock == null) {
            throw new Die("another ./zivah command is running on " + state);
        }
    }

    /**
     * secrets.env is generated once; a secret a newer version needs is appended. A value the caller set in
     * the environment (external servers) wins over the file's.
     */
    private void loadSecrets() throws IOException {
        Path file = state.resolve("secrets.env");
        if (!Files.exists(file)) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        Map<String, String> known = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file)) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                known.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        StringBuilder added = new StringBuilder();
        SecureRandom random = new SecureRandom();
        for (String name : stack.secrets()) {
            if (!known.containsKey(name)) {
                StringBuilder value = new StringBuilder();
                for (int i = 0; i < 32; i++) {
                    value.append(ALPHANUMERIC.charAt(random.nextInt(ALPHANUMERIC.length())));
                }
                known.put(name, value.toString());
                added.append(name).append('=').append(value).append('\n');
            }
        }
        if (added.length() > 0) {
            String existing = Files.readString(file);
            String separator = existing.isEmpty() || existing.endsWith("\n") ? "" : "\n";
            Files.writeString(file, separator + added, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        }
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        known.forEach((name, value) -> {
            String fromCaller = environment.get(name);
            secrets.put(name, fromCaller != null && !fromCaller.isEmpty() ? fromCaller : value);
        });
    }

    static boolean portInUse(int port) {
        try (java.net.Socket socket = new java.net.Socket()) {
            socket.connect(new java.net.InetSocketAddress("127.0.0.1", port), 300);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static List<String> tail(Path file, int lines) {
        try {
            List<String> all = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).lines().toList();
            return all.subList(Math.max(0, all.size() - lines), all.size());
        } catch (IOException e) {
            return List.of("(no log " + file + ")");
        }
    }
}
