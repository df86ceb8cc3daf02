package org.jdarts.experiments;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.jdarts.core.io.AtomicFiles;
import org.jdarts.core.run.RunDirectory;
import org.jdarts.core.run.RunKind;
import org.jdarts.core.run.RunLock;
import org.jdarts.reports.page.ReportDirectory;

/**
 * Creating a run directory, and undoing it: never over something that is not a jdarts run, and
 * leaving nothing behind when a new run fails before its first checkpoint.
 */
final class NewRunDirectory {

    private NewRunDirectory() {}

    /**
     * Removes the files a new run of that kind created, and the directory if it is then empty.
     *
     * @param dir the run directory
     * @param kind the run's kind
     */
    static void discard(RunDirectory dir, RunKind kind) {
        for (String name : RunDirectory.files(kind)) {
            try {
                Files.deleteIfExists(dir.file(name));
            } catch (IOException ignored) {
                // best effort: the failure being reported matters more
            }
        }
        try (var left = Files.list(dir.path())) {
            if (left.findAny().isEmpty()) {
                Files.deleteIfExists(dir.path());
            }
        } catch (IOException ignored) {
            // best effort
        }
    }

    /**
     * Makes {@code dir} ready for a new run and takes its lock: creates it, or accepts it empty, or
     * with {@code force} deletes the files (and the report) of an existing run directory of the same kind (unless
     * another process holds its lock).
     *
     * @param dir the run directory
     * @param kind the run's kind
     * @param force whether an existing run directory may be replaced
     * @param warnings told about a stale lock taken over
     * @return the lock
     * @throws IOException if the directory cannot be created
     */
    static RunLock prepare(RunDirectory dir, RunKind kind, boolean force, Consumer<String> warnings)
            throws IOException {
        Path path = dir.path();
        if (Files.exists(path) && !Files.isDirectory(path)) {
            throw new RunDirectoryException(path, RunDirectoryException.Reason.IS_A_FILE,
                    path + " is a file, not a directory");
        }
        boolean existed = Files.isDirectory(path);
        Files.createDirectories(path);
        RunLock lock = RunLock.acquire(path, warnings);
        try {
            check(dir, kind, force, existed);
            return lock;
        } catch (IOException | RuntimeException e) {
            lock.close();
            if (!existed) {
                Files.deleteIfExists(path);
            }
            throw e;
        }
    }

    private static void check(RunDirectory dir, RunKind kind, boolean force, boolean existed) throws IOException {
        Path path = dir.path();
        if (existed) {
            boolean empty;
            try (var entries = Files.list(path)) {
                empty = entries.allMatch(p -> p.getFileName().toString().equals(RunLock.FILE));
            }
            if (!empty) {
                if (!force) {
                    throw new RunDirectoryException(path, RunDirectoryException.Reason.EXISTS,
                            path + " already exists; resume it, or replace it");
                }
                RunKind existing = kindOf(dir);
                if (existing == null) {
                    throw new RunDirectoryException(path, RunDirectoryException.Reason.NOT_A_RUN,
                            path + " is not a jdarts run directory (no " + RunDirectory.CONFIG + " of a search or a"
                                    + " training run); refusing to replace it");
                }
                if (existing != kind) {
                    throw new RunDirectoryException(path, RunDirectoryException.Reason.NOT_A_RUN,
                            path + " holds a " + existing + " run; refusing to replace it with a " + kind
                                    + " run (give another directory)");
                }
                for (String name : RunDirectory.files(kind)) {
                    Files.deleteIfExists(dir.file(name));
                }
                ReportDirectory.delete(dir.file(RunDirectory.REPORT));
                removeStaleTemporaryFiles(dir);
            }
        }
    }

    /** Returns the kind of run a directory's configuration describes, or null if it describes none. */
    private static RunKind kindOf(RunDirectory dir) {
        if (!dir.has(RunDirectory.CONFIG)) {
            return null;
        }
        try {
            return dir.kind();
        } catch (RuntimeException e) {
            return null; // not JSON, or neither kind's configuration
        }
    }

    /** Removes the temporary files a killed writer left in the run directory. */
    static void removeStaleTemporaryFiles(RunDirectory dir) throws IOException {
        try (var entries = Files.list(dir.path())) {
            for (Path p : (Iterable<Path>) entries::iterator) {
                if (AtomicFiles.isTemporary(p.getFileName().toString())) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}
