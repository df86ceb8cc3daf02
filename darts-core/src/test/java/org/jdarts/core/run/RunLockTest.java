package org.jdarts.core.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jdarts.core.io.Json;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Run-directory locks as leases: which locks are stale, on which host, and the heartbeat. */
class RunLockTest {

    @TempDir
    Path dir;

    private final List<String> warnings = new ArrayList<>();

    @AfterEach
    void defaultLease() {
        System.clearProperty(RunLock.LEASE_PROPERTY);
    }

    private Path forge(String host, long pid, String processStart) throws Exception {
        var node = Json.MAPPER.createObjectNode().put("host", host).put("pid", pid).put("since", "2026-12-01T00:00:00Z");
        if (processStart != null) {
            node.put("processStart", processStart).put("token", "someone-else");
        }
        return Files.writeString(dir.resolve(RunLock.FILE), node.toString());
    }

    private String takeOver() throws Exception {
        try (RunLock lock = RunLock.acquire(dir, warnings::add)) {
            assertEquals(1, warnings.size(), warnings.toString());
            return warnings.get(0);
        }
    }

    @Test
    void aLockNamingThisProcessThatItDoesNotHoldIsStale() throws Exception {
        forge(RunLock.host(), ProcessHandle.current().pid(), null);
        assertTrue(takeOver().endsWith("which names this process but is not held by it (an earlier process with the"
                + " same id)"), warnings.toString());
    }

    @Test
    void aReusedProcessIdIsStale() throws Exception {
        Process sleeper = new ProcessBuilder("sleep", "30").start();
        try {
            forge(RunLock.host(), sleeper.pid(), "2001-01-01T00:00:00Z");
            assertTrue(takeOver().contains("whose process id now belongs to a process started at "), warnings.toString());
            String started = sleeper.info().startInstant().orElseThrow().toString();
            forge(RunLock.host(), sleeper.pid(), started);
            assertThrows(RunLockedException.class, () -> RunLock.acquire(dir, warnings::add), "its own process is alive");
        } finally {
            sleeper.destroy();
        }
    }

    @Test
    void anotherHostsLockIsHonouredUntilItsLeaseRunsOut() throws Exception {
        Path lock = forge("node-a", 4242, "2026-12-01T00:00:00Z");
        RunLockedException held = assertThrows(RunLockedException.class, () -> RunLock.acquire(dir, warnings::add));
        assertTrue(held.getMessage().startsWith(dir + " is in use by process 4242 on node-a"), held.getMessage());
        Files.setLastModifiedTime(lock, FileTime.from(Instant.now().minus(Duration.ofSeconds(61))));
        assertTrue(takeOver().matches(".*whose lease ran out \\(not renewed for 6[1-9] s; the lease is 60 s\\)"),
                warnings.toString());
    }

    @Test
    void aHeldLockIsRenewedAndNotTakenOverInThisProcess() throws Exception {
        System.setProperty(RunLock.LEASE_PROPERTY, "0.4");
        try (RunLock lock = RunLock.acquire(dir, warnings::add)) {
            Thread.sleep(1200);
            Duration quiet = Duration.between(Files.getLastModifiedTime(dir.resolve(RunLock.FILE)).toInstant(),
                    Instant.now());
            assertTrue(quiet.toMillis() < 400, "touched within the lease: " + quiet);
            assertTrue(RunLock.holder(dir).isPresent());
            assertThrows(RunLockedException.class, () -> RunLock.acquire(dir, warnings::add));
        }
        assertTrue(Files.notExists(dir.resolve(RunLock.FILE)));
        assertEquals(List.of(), warnings);
    }

    @Test
    void aHolderWhoseLockWasTakenOverStopsWritingAndLeavesTheNewLockAlone() throws Exception {
        System.setProperty(RunLock.LEASE_PROPERTY, "0.4");
        try (RunLock lock = RunLock.acquire(dir, warnings::add)) {
            lock.requireHeld();
            // what another host writes after this process's lease ran out unrenewed (say it was frozen)
            Path taken = forge("node-b", 777, "2026-12-08T00:00:00Z");
            String foreign = Files.readString(taken);
            Thread.sleep(400); // a renewal or two find it
            assertTrue(lock.lost(), "the heartbeat noticed");
            RunLockLostException e = assertThrows(RunLockLostException.class, lock::requireHeld);
            assertEquals(dir + ": the run's lock was taken over by process 777 on node-b since 2026-12-01T00:00:00Z"
                    + " after this process did not renew it for longer than the lease (0.4 s); stopping without writing"
                    + " (the other process goes on with the run)", e.getMessage());
            lock.close();
            assertEquals(foreign, Files.readString(taken), "the new holder's lock is neither touched nor removed");
        }
    }

    @Test
    void aCheckFindsATakeOverBeforeTheHeartbeatDoes() throws Exception {
        try (RunLock lock = RunLock.acquire(dir, warnings::add)) {
            forge("node-b", 777, "2026-12-08T00:00:00Z");
            assertThrows(RunLockLostException.class, lock::requireHeld);
            assertTrue(lock.lost());
        }
        assertTrue(Files.exists(dir.resolve(RunLock.FILE)));
    }

    @Test
    void aBadLeaseIsNamed() {
        System.setProperty(RunLock.LEASE_PROPERTY, "soon");
        assertEquals("JDARTS_LOCK_LEASE must be a positive number of seconds, got 'soon'",
                assertThrows(IllegalArgumentException.class, RunLock::lease).getMessage());
    }
}
