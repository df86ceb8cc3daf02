package org.jdarts.core.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes files so that a reader, or a process restarted after a crash, sees the old content or
 * the new one, never a part of either: the bytes go to a temporary file beside the target (created
 * with the process's umask), are checked to be all there, forced to disk, and the file is renamed
 * over the target; then the directory is forced too, so that the rename survives a power loss.
 * If anything fails, the temporary file is removed and the target is untouched.
 */
public final class AtomicFiles {

    /** Temporary files start with a dot and end with this, so that a resumed run can find stale ones. */
    public static final String TEMP_SUFFIX = ".tmp";

    /**
     * Watches atomic writes: tests use it to inject a failing disk before a rename, or a crash
     * after one. Nothing watches in normal use.
     */
    public interface Observer {
        /**
         * Called when the new content is on disk under its temporary name.
         *
         * @param file the file about to be replaced
         * @throws IOException to make the write fail
         */
        default void beforeRename(Path file) throws IOException {}

        /**
         * Called once the file is replaced.
         *
         * @param file the file just replaced
         */
        default void afterRename(Path file) {}
    }

    private static final Observer NOBODY = new Observer() {};
    private static volatile Observer observer = NOBODY;

    private AtomicFiles() {}

    /**
     * Sets the observer of every following write (for tests).
     *
     * @param watcher the observer, or null for none
     */
    public static void observe(Observer watcher) {
        observer = watcher == null ? NOBODY : watcher;
    }

    /**
     * Replaces {@code file} with {@code bytes}.
     *
     * @param file the destination
     * @param bytes the content
     * @throws IOException naming the file, if any step fails (disk full included); the old file
     *     is then intact
     */
    public static void write(Path file, byte[] bytes) throws IOException {
        try {
            replace(file, bytes);
        } catch (FileSystemException e) {
            throw e; // names the file already, and its type says what went wrong (e.g. access denied)
        } catch (IOException e) {
            throw new IOException(file + ": cannot write: " + e.getMessage(), e);
        }
        observer.afterRename(file);
    }

    private static void replace(Path file, byte[] bytes) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Path tmp = createTemp(dir, file.getFileName().toString());
        boolean moved = false;
        try {
            fill(tmp, bytes);
            observer.beforeRename(file);
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            moved = true;
            forceDirectory(dir);
        } finally {
            if (!moved) {
                Files.deleteIfExists(tmp);
            }
        }
    }

    /**
     * Writes {@code file} only if it does not exist, atomically: of several processes that try at
     * once, exactly one writes it and the others see its complete content.
     *
     * @param file the destination
     * @param bytes the content
     * @return whether this call wrote the file (false: it existed, and is left as it was)
     * @throws IOException naming the file, if any step fails
     */
    public static boolean createIfAbsent(Path file, byte[] bytes) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Path tmp = createTemp(dir, file.getFileName().toString());
        try {
            fill(tmp, bytes);
            try {
                Files.createLink(file, tmp); // fails if the file exists, unlike a rename
            } catch (FileAlreadyExistsException e) {
                return false;
            } catch (UnsupportedOperationException e) {
                if (Files.exists(file)) {
                    return false; // no hard links here: a check, then a rename that keeps an existing file
                }
                Files.move(tmp, file);
            }
            forceDirectory(dir);
            observer.afterRename(file);
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        } catch (FileSystemException e) {
            throw e;
        } catch (IOException e) {
            throw new IOException(file + ": cannot write: " + e.getMessage(), e);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Writes {@code bytes} into the empty file {@code tmp} and forces them to disk. */
    private static void fill(Path tmp, byte[] bytes) throws IOException {
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                ch.write(buffer);
            }
            ch.force(true);
            if (ch.size() != bytes.length) {
                throw new IOException(tmp + ": wrote " + ch.size() + " of " + bytes.length + " bytes");
            }
        }
    }

    /** Writes text as UTF-8, atomically. */
    public static void writeString(Path file, String text) throws IOException {
        write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes a value as pretty JSON, atomically. */
    public static void writeJson(Path file, Object value) throws IOException {
        write(file, toJson(value));
    }

    /** Returns a value as pretty JSON bytes. */
    public static byte[] toJson(Object value) {
        try {
            return Json.MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /**
     * Deletes a directory and everything below it, if it exists.
     *
     * @param dir the directory
     * @throws IOException if something cannot be deleted
     */
    public static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** Returns whether {@code name} is one of this class's temporary files. */
    public static boolean isTemporary(String name) {
        return name.startsWith(".") && name.endsWith(TEMP_SUFFIX);
    }

    /**
     * Forces a directory's entries (renames, creations, deletions) to disk. File systems that
     * cannot open a directory for that are left as they are.
     *
     * @param dir the directory
     * @throws IOException if forcing fails
     */
    public static void forceDirectory(Path dir) throws IOException {
        FileChannel ch;
        try {
            ch = FileChannel.open(dir, StandardOpenOption.READ);
        } catch (IOException | UnsupportedOperationException e) {
            return; // not supported here (e.g. some non-POSIX file systems)
        }
        try (ch) {
            ch.force(true);
        } catch (IOException e) {
            if (!"Is a directory".equals(e.getMessage())) {
                throw e;
            }
        }
    }

    private static Path createTemp(Path dir, String name) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path tmp = dir.resolve("." + name + "." + Long.toHexString(ThreadLocalRandom.current().nextLong())
                    + TEMP_SUFFIX);
            try {
                // Files.createFile applies the umask (createTempFile would force 0600).
                return Files.createFile(tmp);
            } catch (FileAlreadyExistsException e) {
                if (attempt > 10) {
                    throw e;
                }
            }
        }
    }
}
