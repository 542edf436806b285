package com.zivah.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** README command 1 as an operator meets it, while the e2e stack is running. */
@ExtendWith(LocalStack.class)
class LauncherTest {

    @Test
    void aSecondUpSaysTheStackIsAlreadyRunning() throws Exception {
        LocalStack.LauncherRun run = LocalStack.launcher(null, "up", "--no-build");
        assertEquals(0, run.exit(), run.output());
        assertTrue(run.output().contains("already running"), run.output());
    }

    @Test
    void statusShowsEveryComponentHealthyWithItsMemory() throws Exception {
        LocalStack.LauncherRun run = LocalStack.launcher(null, "status");
        assertEquals(0, run.exit(), run.output());
        for (String component : new String[] {"postgres", "kafka", "keycloak", "greenmail", "catalog-service",
                "quote-service", "notification-service", "web-frontend", "gateway"}) {
            assertTrue(run.output().lines().anyMatch(l -> l.matches(component + " +\\d+ +healthy +\\d+ .*")),
                    component + " not healthy:\n" + run.output());
        }
    }

    @Test
    void aCrashedProcessIsReportedAndTheNextUpStartsItAgain() throws Exception {
        Path home = LocalStack.home();
        long pid = Long.parseLong(Files.readString(home.resolve("run/gateway.pid")).strip());
        ProcessHandle gateway = ProcessHandle.of(pid).orElseThrow();
        new ProcessBuilder("kill", "-KILL", String.valueOf(pid)).start().waitFor();
        gateway.onExit().get(30, TimeUnit.SECONDS);

        LocalStack.LauncherRun status = LocalStack.launcher(null, "status");
        assertEquals(1, status.exit(), status.output());
        assertTrue(status.output().lines().anyMatch(l -> l.matches("gateway +" + pid + " +crashed .*")), status.output());
        assertTrue(status.output().contains(home.resolve("logs/gateway.log").toString()), "names the log:\n" + status.output());

        LocalStack.LauncherRun up = LocalStack.launcher(null, "up", "--no-build");
        assertEquals(0, up.exit(), up.output());
        assertTrue(up.output().contains("crashed: gateway"), up.output());
        assertTrue(up.output().contains("ZIVAH is up"), up.output());
        assertTrue(Files.exists(home.resolve("logs/gateway.crashed.log")), "the crashed process's log is kept");
        LocalStack.LauncherRun again = LocalStack.launcher(null, "status");
        assertEquals(0, again.exit(), again.output());
    }

    @Test
    void aTakenPortIsNamedAndNothingIsStarted() throws Exception {
        // another state dir on the same ports: every port is taken by the running stack
        Path other = Files.createTempDirectory("zivah-other-");
        LocalStack.LauncherRun run = LocalStack.launcher(other, "up", "--no-build");
        assertNotEquals(0, run.exit(), run.output());
        assertTrue(run.output().matches("(?s).*port \\d+ \\(needed by [a-z-]+\\) is already in use.*"), run.output());
        assertFalse(Files.exists(other.resolve("run/postgres.pid")), "nothing may be started");
        LocalStack.LauncherRun status = LocalStack.launcher(null, "status");
        assertEquals(0, status.exit(), "the running stack is untouched:\n" + status.output());
    }
}
