package org.jdarts.experiments;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jdarts.cifar10.Cifar10;
import org.jdarts.cli.AtomicFiles;

/**
 * Run-directory bookkeeping shared by searches and training runs: creating them without ever
 * overwriting something that is not a jdarts run, and what resuming one reads back.
 */
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

    /**
     * Reads the configuration of a run directory that is to be resumed, with its checkpoint present.
     *
     * @param runDir the run directory
     * @param type the configuration record
     * @param kind "search" or "training", for messages
     * @return the configuration
     * @throws IllegalArgumentException if it is not such a run, has no checkpoint yet, or its config is unreadable
     */
    static <C> C readResumable(Path runDir, Class<C> type, String kind) {
        C config = readConfig(runDir, type, "--resume " + runDir, kind);
        if (!Files.isRegularFile(runDir.resolve(SearchRunFiles.CHECKPOINT))) {
            throw new IllegalArgumentException("--resume " + runDir + ": no checkpoint yet (the run stopped during"
                    + " its first epoch); start it again with --force");
        }
        return config;
    }

    /**
     * Reads a run directory's {@code config.json}.
     *
     * @param runDir the run directory
     * @param type the configuration record
     * @param subject what the message starts with (the flag and directory)
     * @param kind "search" or "training", for messages
     * @return the configuration
     * @throws IllegalArgumentException if there is none or it cannot be read
     */
    static <C> C readConfig(Path runDir, Class<C> type, String subject, String kind) {
        Path file = runDir.resolve(SearchRunFiles.CONFIG);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(subject + ": no " + SearchRunFiles.CONFIG + " (not a jdarts " + kind
                    + " run directory)");
        }
        try {
            return AtomicFiles.JSON.readValue(file.toFile(), type);
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": not a valid " + kind + " configuration: "
                    + e.getMessage().lines().findFirst().orElse(""), e);
        }
    }

    /**
     * Checks that a resumed run reads the data it started with and records the resumption.
     *
     * @param runDir the run directory
     * @param data the data just read
     * @param dataDir where it was read from
     * @param device the device of the resumed run
     * @param args the resuming command line
     * @return the updated provenance (also written to the run directory)
     * @throws IOException if the provenance cannot be read or written
     */
    static Provenance resumeProvenance(Path runDir, Cifar10 data, Path dataDir, String device, List<String> args)
            throws IOException {
        Path file = runDir.resolve(SearchRunFiles.PROVENANCE);
        Provenance previous = AtomicFiles.JSON.readValue(file.toFile(), Provenance.class);
        if (!data.checksums().equals(previous.dataChecksums())) {
            throw new IllegalArgumentException("--data " + dataDir + ": its files differ from those the run started"
                    + " with (" + previous.dataDir() + "); see " + SearchRunFiles.PROVENANCE);
        }
        Provenance provenance = previous.resumedNow(args, device);
        AtomicFiles.writeJson(file, provenance);
        return provenance;
    }

    /**
     * Returns the data rows of a metrics CSV for epochs 1 … {@code epochs} (rows written after the
     * last checkpoint are dropped on resume).
     *
     * @param metrics the CSV, whose first column is the epoch
     * @param epochs the last epoch to keep
     * @return the rows, without the header; none if the file does not exist
     * @throws IOException if it cannot be read
     */
    static List<String> metricRowsUpTo(Path metrics, int epochs) throws IOException {
        List<String> rows = new ArrayList<>();
        if (!Files.exists(metrics)) {
            return rows;
        }
        List<String> lines = Files.readAllLines(metrics);
        for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
            if (!line.isBlank() && Integer.parseInt(line.substring(0, line.indexOf(','))) <= epochs) {
                rows.add(line);
            }
        }
        return rows;
    }
}
