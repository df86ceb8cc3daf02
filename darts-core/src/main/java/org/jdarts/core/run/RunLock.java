package org.jdarts.core.run;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.jdarts.core.io.AtomicFiles;
import org.jdarts.core.io.Json;

/**
 * The lock of a run directory ({@value #FILE}): at most one process works on a run at a time.
 * Taking it creates the file atomically, complete with its holder's host, process id, process
 * start time and a random token (written under a temporary name, then hard-linked, which fails if
 * the lock exists). The lock is a lease: while it is held, its file's modification time is touched
 * every quarter of the lease, and a lock whose file was not touched for longer than the lease
 * ({@value #DEFAULT_LEASE_SECONDS} s, or {@value #LEASE_VARIABLE} seconds) is stale on any host (a
 * killed pod, a dead node), as is, on this host, a lock whose process is not alive, whose process
 * id now belongs to a process started at another time (a reused id), or that names this process
 * without being held by it (a restarted container, which usually gets the same id). A stale lock
 * is taken over, with a warning.
 */
public final class RunLock implements AutoCloseable {

    /** The lock file in a run directory. */
    public static final String FILE = "run.lock";

    /** The environment variable that sets the lease, in seconds. */
    public static final String LEASE_VARIABLE = "JDARTS_LOCK_LEASE";

    /** The system property that sets the lease, in seconds (wins over the variable). */
    public static final String LEASE_PROPERTY = "jdarts.lock.lease";

    /** The lease unless one is set. */
    public static final long DEFAULT_LEASE_SECONDS = 60;

    /** The tokens of the locks this process holds. */
    private static final Set<String> HELD = ConcurrentHashMap.newKeySet();

    private static final ScheduledExecutorService HEARTBEAT = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "jdarts-lock-heartbeat");
        t.setDaemon(true);
        return t;
    });

    private final Path file;
    private final String token;
    private final ScheduledFuture<?> heartbeat;
    private boolean held = true;
    private volatile String lostTo;

    private RunLock(Path file, String token, Duration lease) {
        this.file = file;
        this.token = token;
        HELD.add(token);
        long period = Math.max(100, lease.toMillis() / 4);
        this.heartbeat = HEARTBEAT.scheduleAtFixedRate(this::touch, period, period, TimeUnit.MILLISECONDS);
    }

    /** Returns the lease: {@value #LEASE_PROPERTY}, else {@value #LEASE_VARIABLE}, else {@value #DEFAULT_LEASE_SECONDS} s. */
    public static Duration lease() {
        String value = System.getProperty(LEASE_PROPERTY);
        if (value == null || value.isBlank()) {
            value = System.getenv(LEASE_VARIABLE);
        }
        if (value == null || value.isBlank()) {
            return Duration.ofSeconds(DEFAULT_LEASE_SECONDS);
        }
        try {
            double seconds = Double.parseDouble(value.trim());
            if (seconds > 0) {
                return Duration.ofMillis((long) (seconds * 1000));
            }
        } catch (NumberFormatException e) {
            // falls through
        }
        throw new IllegalArgumentException(LEASE_VARIABLE + " must be a positive number of seconds, got '" + value + "'");
    }

    /**
     * Takes the lock of a run directory.
     *
     * @param dir the run directory (which must exist)
     * @param warnings told when a stale lock is taken over
     * @return the lock, to close when done
     * @throws RunLockedException if another live process holds it
     * @throws IOException if the lock cannot be written
     */
    public static RunLock acquire(Path dir, Consumer<String> warnings) throws IOException {
        Path file = dir.resolve(FILE);
        Duration lease = lease();
        String token = UUID.randomUUID().toString();
        ObjectNode holder = Json.MAPPER.createObjectNode();
        holder.put("host", host());
        holder.put("pid", ProcessHandle.current().pid());
        holder.put("since", Instant.now().toString());
        startOf(ProcessHandle.current()).ifPresent(s -> holder.put("processStart", s));
        holder.put("token", token);
        holder.put("leaseSeconds", lease.toMillis() / 1000.0);
        for (int attempt = 0; attempt < 3; attempt++) {
            Path tmp = dir.resolve("." + FILE + "." + ProcessHandle.current().pid() + AtomicFiles.TEMP_SUFFIX);
            AtomicFiles.writeJson(tmp, holder);
            try {
                Files.createLink(file, tmp);
                return new RunLock(file, token, lease);
            } catch (FileAlreadyExistsException e) {
                JsonNode other = read(file);
                if (other == null) {
                    continue; // released meanwhile
                }
                Optional<String> stale = staleness(file, other, lease);
                if (stale.isEmpty()) {
                    throw new RunLockedException(dir, other.path("pid").asLong(), other.path("host").asText(),
                            other.path("since").asText());
                }
                warnings.accept(dir + ": taking over the lock of process " + other.path("pid").asLong() + " on "
                        + other.path("host").asText() + " (since " + other.path("since").asText() + "), "
                        + stale.get());
                Files.deleteIfExists(file);
            } finally {
                Files.deleteIfExists(tmp);
            }
        }
        throw new IOException(file + ": cannot take the lock");
    }

    private static JsonNode read(Path file) throws IOException {
        try {
            return Json.MAPPER.readTree(file.toFile());
        } catch (NoSuchFileException | FileNotFoundException e) {
            return null;
        } catch (JacksonException e) {
            return Json.MAPPER.createObjectNode().put("host", "?").put("pid", -1).put("since", "?");
        }
    }

    /**
     * Returns why a lock is stale (as the end of a sentence), or empty if its holder may be alive.
     *
     * @param file the lock file
     * @param holder its content
     * @param lease the lease
     */
    private static Optional<String> staleness(Path file, JsonNode holder, Duration lease) throws IOException {
        String token = holder.path("token").asText("");
        if (!token.isEmpty() && HELD.contains(token)) {
            return Optional.empty(); // this process holds it
        }
        Duration quiet;
        try {
            quiet = Duration.between(Files.getLastModifiedTime(file).toInstant(), Instant.now());
        } catch (NoSuchFileException e) {
            return Optional.of("which was released");
        }
        if (quiet.compareTo(lease) > 0) {
            return Optional.of("whose lease ran out (not renewed for " + quiet.toSeconds() + " s; the lease is "
                    + lease.toSeconds() + " s)");
        }
        if (!holder.path("host").asText().equals(host())) {
            return Optional.empty();
        }
        long pid = holder.path("pid").asLong(-1);
        if (pid <= 0) {
            return Optional.empty();
        }
        if (pid == ProcessHandle.current().pid()) {
            return Optional.of("which names this process but is not held by it (an earlier process with the same id)");
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (process.isEmpty()) {
            return Optional.of("which is no longer running");
        }
        String recorded = holder.path("processStart").asText("");
        Optional<String> actual = startOf(process.get());
        if (!recorded.isEmpty() && actual.isPresent() && !actual.get().equals(recorded)) {
            return Optional.of("whose process id now belongs to a process started at " + actual.get());
        }
        return Optional.empty();
    }

    private static Optional<String> startOf(ProcessHandle process) {
        return process.info().startInstant().map(Instant::toString);
    }

    /**
     * Tells who holds a run directory's lock, if a process that may be alive does.
     *
     * @param dir the run directory
     * @return "process PID on HOST since TIME", or empty when the lock is free or stale
     * @throws IOException if the lock file cannot be read
     */
    public static Optional<String> holder(Path dir) throws IOException {
        Path file = dir.resolve(FILE);
        JsonNode other = read(file);
        if (other == null || staleness(file, other, lease()).isPresent()) {
            return Optional.empty();
        }
        return Optional.of("process " + other.path("pid").asLong() + " on " + other.path("host").asText()
                + " since " + other.path("since").asText());
    }

    /** Returns this machine's name, or "unknown": what lock holders and provenance record. */
    public static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "unknown";
        }
    }

    /**
     * Renews the lease: touches the lock file if it is still this lock's, otherwise notes who took
     * it over (its lease ran out while this process was not renewing it, say frozen or cut off) and
     * stops renewing.
     */
    private void touch() {
        try {
            if (held && lostTo == null) {
                Optional<String> other = takenOverBy();
                if (other.isPresent()) {
                    lostTo = other.get();
                    heartbeat.cancel(false);
                } else {
                    Files.setLastModifiedTime(file, FileTime.from(Instant.now()));
                }
            }
        } catch (IOException | RuntimeException e) {
            // the next beat tries again
        }
    }

    /** Returns who holds the lock file now if not this lock ("nobody" when the file is gone). */
    private Optional<String> takenOverBy() throws IOException {
        JsonNode now = read(file);
        if (now == null) {
            return Optional.of("nobody (its file was removed)");
        }
        if (token.equals(now.path("token").asText())) {
            return Optional.empty();
        }
        return Optional.of("process " + now.path("pid").asLong() + " on " + now.path("host").asText() + " since "
                + now.path("since").asText());
    }

    /**
     * Checks, before a write, that this process still holds the lock: that no other process took it
     * over after the lease ran out unrenewed.
     *
     * @throws RunLockLostException naming the process that holds it now
     * @throws IOException if the lock file cannot be read
     */
    public void requireHeld() throws IOException {
        String other = lostTo;
        if (other == null) {
            other = takenOverBy().orElse(null);
        }
        if (other != null) {
            lostTo = other;
            throw new RunLockLostException(file.getParent(), other, lease());
        }
    }

    /** Returns whether another process took this lock over (found by a renewal or a check). */
    public boolean lost() {
        return lostTo != null;
    }

    /** Releases the lock (once); a lock another process took over is left to that process. */
    @Override
    public void close() throws IOException {
        if (held) {
            held = false;
            heartbeat.cancel(false);
            HELD.remove(token);
            if (lostTo == null && takenOverBy().isEmpty()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
