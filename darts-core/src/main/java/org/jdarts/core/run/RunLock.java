package org.jdarts.core.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.function.Consumer;
import org.jdarts.core.io.AtomicFiles;
import org.jdarts.core.io.Json;

/**
 * The lock of a run directory ({@value #FILE}): at most one process works on a run at a time.
 * Taking it creates the file atomically, complete with its holder's host, process id and start
 * time (written under a temporary name, then hard-linked, which fails if the lock exists). A lock
 * left by a process of this host that is no longer alive is taken over, with a warning.
 */
public final class RunLock implements AutoCloseable {

    /** The lock file in a run directory. */
    public static final String FILE = "run.lock";

    private final Path file;
    private boolean held = true;

    private RunLock(Path file) {
        this.file = file;
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
        ObjectNode holder = Json.MAPPER.createObjectNode();
        holder.put("host", host());
        holder.put("pid", ProcessHandle.current().pid());
        holder.put("since", Instant.now().toString());
        for (int attempt = 0; attempt < 3; attempt++) {
            Path tmp = dir.resolve("." + FILE + "." + ProcessHandle.current().pid() + AtomicFiles.TEMP_SUFFIX);
            AtomicFiles.writeJson(tmp, holder);
            try {
                Files.createLink(file, tmp);
                return new RunLock(file);
            } catch (FileAlreadyExistsException e) {
                JsonNode other = read(file);
                if (other == null) {
                    continue; // released meanwhile
                }
                if (!stale(other)) {
                    throw new RunLockedException(dir, other.path("pid").asLong(), other.path("host").asText(),
                            other.path("since").asText());
                }
                warnings.accept(dir + ": taking over the lock of process " + other.path("pid").asLong() + " on "
                        + other.path("host").asText() + " (since " + other.path("since").asText()
                        + "), which is no longer running");
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
        } catch (NoSuchFileException | java.io.FileNotFoundException e) {
            return null;
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            return Json.MAPPER.createObjectNode().put("host", "?").put("pid", -1).put("since", "?");
        }
    }

    /** A lock is stale when its holder ran on this host and is not alive. */
    private static boolean stale(JsonNode holder) {
        long pid = holder.path("pid").asLong(-1);
        return holder.path("host").asText().equals(host()) && pid > 0
                && !ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    /**
     * Tells who holds a run directory's lock, if a live process (or one on another host) does.
     *
     * @param dir the run directory
     * @return "process PID on HOST since TIME", or empty when the lock is free or stale
     * @throws IOException if the lock file cannot be read
     */
    public static java.util.Optional<String> holder(Path dir) throws IOException {
        JsonNode other = read(dir.resolve(FILE));
        if (other == null || stale(other)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of("process " + other.path("pid").asLong() + " on " + other.path("host").asText()
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

    /** Releases the lock (once). */
    @Override
    public void close() throws IOException {
        if (held) {
            held = false;
            Files.deleteIfExists(file);
        }
    }
}
