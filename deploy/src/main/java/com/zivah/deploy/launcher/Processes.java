package com.zivah.deploy.launcher;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Process plumbing of the local stack (Linux): each component runs as the leader of its own session
 * ({@code setsid}), so stopping its process group stops everything it spawned; a pid file records it.
 */
final class Processes {

    private final Path run;
    private final List<String> ownMarkers;

    /** @param ownMarkers a process is ours only if its command line names one of these (stale pid files) */
    Processes(Path run, List<String> ownMarkers) {
        this.run = run;
        this.ownMarkers = ownMarkers;
    }

    Path pidFile(String name) {
        return run.resolve(name + ".pid");
    }

    Optional<Long> recordedPid(String name) {
        try {
            return Optional.of(Long.parseLong(Files.readString(pidFile(name)).strip()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The recorded process exists AND is one of ours (a stale pid file may name an unrelated process). */
    boolean alive(String name) {
        return recordedPid(name).map(this::ours).orElse(false);
    }

    boolean ours(long pid) {
        if (!ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
            return false;
        }
        String cmdline = cmdline(pid);
        return ownMarkers.stream().anyMatch(cmdline::contains);
    }

    static String cmdline(long pid) {
        try {
            return new String(Files.readAllBytes(Path.of("/proc", String.valueOf(pid), "cmdline")), StandardCharsets.UTF_8)
                    .replace('\0', ' ');
        } catch (IOException e) {
            return "";
        }
    }

    /** Starts {@code command} in a new session, output to {@code log}, with exactly {@code env} added. */
    long launch(String name, List<String> command, Map<String, String> env, List<String> withheld, Path log)
            throws IOException {
        List<String> full = new ArrayList<>();
        full.add("setsid");
        full.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(full)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .redirectInput(new File("/dev/null"));
        withheld.forEach(builder.environment()::remove); // no inherited secret: each process gets only its own
        builder.environment().putAll(env);
        long pid = builder.start().pid();
        Files.writeString(pidFile(name), pid + "\n");
        return pid;
    }

    /** SIGTERM to the process group; SIGKILL after {@code graceMillis}; also members left by a dead leader. */
    void stopGroup(long pgid, long graceMillis) throws InterruptedException {
        signalGroup("TERM", pgid);
        long deadline = System.currentTimeMillis() + graceMillis;
        while (groupAlive(pgid) && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        if (groupAlive(pgid)) {
            signalGroup("KILL", pgid);
            while (groupAlive(pgid)) {
                Thread.sleep(50);
            }
        }
    }

    void signalGroup(String signal, long pgid) {
        if (groupAlive(pgid)) {
            exec("kill", "-" + signal, "--", "-" + pgid);
        }
    }

    /** Some process of ours is still in process group {@code pgid}. */
    boolean groupAlive(long pgid) {
        return ProcessHandle.allProcesses().anyMatch(p -> processGroup(p.pid()) == pgid && ours(p.pid()));
    }

    static long processGroup(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[2]); // state ppid pgrp
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** Resident memory in MB of the given sessions, or -1. */
    static long rssMb(List<Long> sessions) {
        StringBuilder sids = new StringBuilder();
        sessions.forEach(s -> sids.append(sids.length() == 0 ? "" : ",").append(s));
        String out = exec("ps", "-o", "rss=", "--sid", sids.toString());
        long kb = out.lines().map(String::strip).filter(l -> l.matches("\\d+")).mapToLong(Long::parseLong).sum();
        return kb == 0 ? -1 : kb / 1024;
    }

    static String exec(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor();
            return out;
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}
