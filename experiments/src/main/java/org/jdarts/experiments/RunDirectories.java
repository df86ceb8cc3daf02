package org.jdarts.experiments;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Creates run directories without ever overwriting something that is not a jdarts run. */
final class RunDirectories {

    private RunDirectories() {}

    /**
     * Makes {@code runDir} ready for a new run: creates it, or accepts it empty, or with
     * {@code force} deletes the given run files from an existing run directory.
     *
     * @param runDir the directory given to --out
     * @param force whether --force was given
     * @param runFiles the files a run of this kind writes (the first is its config.json)
     * @throws IOException if it cannot be created
     * @throws IllegalArgumentException if it exists and may not be overwritten
     */
    static void prepare(Path runDir, boolean force, List<String> runFiles) throws IOException {
        if (Files.exists(runDir) && !Files.isDirectory(runDir)) {
            throw new IllegalArgumentException("--out " + runDir + " is a file, not a directory");
        }
        if (Files.isDirectory(runDir)) {
            boolean empty;
            try (var entries = Files.list(runDir)) {
                empty = entries.findAny().isEmpty();
            }
            if (!empty) {
                if (!force) {
                    throw new IllegalArgumentException("--out " + runDir + " already exists; continue it with --resume "
                            + runDir + " or overwrite it with --force");
                }
                if (!Files.isRegularFile(runDir.resolve(runFiles.get(0)))) {
                    throw new IllegalArgumentException("--force: " + runDir + " is not a jdarts run directory (no "
                            + runFiles.get(0) + "); refusing to overwrite it");
                }
                for (String name : runFiles) {
                    Files.deleteIfExists(runDir.resolve(name));
                }
            }
        }
        Files.createDirectories(runDir);
    }
}
