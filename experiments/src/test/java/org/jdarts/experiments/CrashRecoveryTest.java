package org.jdarts.experiments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jdarts.core.io.AtomicFiles;
import org.jdarts.core.run.RunDirectory;
import org.jdarts.core.run.RunLock;
import org.jdarts.experiments.testing.TinyRuns;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A crash right after any file write of an epoch (and of sealing) is resumed to exactly the files
 * of the uninterrupted run, but for {@code seconds}: the checkpoint carries the journal from which
 * the per-epoch files are rewritten, and a finished but unsealed run seals itself.
 */
class CrashRecoveryTest {

    /** Thrown by the test hook to stop a run dead right after a write, as a crash would. */
    static final class SimulatedCrash extends Error {
        private static final long serialVersionUID = 1L;

        SimulatedCrash(Path file) {
            super("crash after writing " + file);
        }
    }

    /** Counts the writes of run files and crashes after the n-th one (from 1). */
    private static class CrashAfter implements AtomicFiles.Observer {
        private final int n;
        final List<String> written = new ArrayList<>();

        CrashAfter(int n) {
            this.n = n;
        }

        @Override
        public void afterRename(Path file) {
            if (file.getFileName().toString().startsWith(".")) {
                return; // the lock's own temporary file
            }
            written.add(file.getFileName().toString());
            if (written.size() == n) {
                throw new SimulatedCrash(file);
            }
        }
    }

    @AfterEach
    void reset() {
        AtomicFiles.observe(null);
    }

    private static final List<String> COMPARED = List.of(RunDirectory.ALPHAS, RunDirectory.GENOTYPES,
            RunDirectory.GENOTYPE, RunDirectory.GENOTYPE_TEXT, RunDirectory.RESULTS);

    private static String withoutSeconds(Path metrics) throws IOException {
        StringBuilder sb = new StringBuilder();
        Files.readAllLines(metrics).forEach(l -> sb.append(l, 0, l.lastIndexOf(',')).append('\n'));
        return sb.toString();
    }

    private static void assertSameFiles(Path expected, Path actual) throws IOException {
        for (String name : COMPARED) {
            if (Files.exists(expected.resolve(name))) {
                assertEquals(Files.readString(expected.resolve(name)), Files.readString(actual.resolve(name)), name);
            }
        }
        assertEquals(withoutSeconds(expected.resolve(RunDirectory.METRICS)),
                withoutSeconds(actual.resolve(RunDirectory.METRICS)));
        try (Stream<Path> files = Files.list(actual)) {
            assertEquals(List.of(), files.map(f -> f.getFileName().toString())
                    .filter(n -> AtomicFiles.isTemporary(n) || n.equals(RunLock.FILE)).toList(),
                    "no temporary file and no lock left");
        }
    }

    @Test
    void aSearchCrashedAfterAnyWriteOfItsLastEpochResumesToTheSameFiles(@TempDir Path dir) throws Exception {
        Path whole = dir.resolve("whole");
        CrashAfter count = new CrashAfter(Integer.MAX_VALUE);
        AtomicFiles.observe(count);
        Runs.SEARCH.start(TinyRuns.search(2), TinyRuns.at(whole), TinyRuns.QUIET_SEARCH);
        AtomicFiles.observe(null);
        List<String> writes = count.written;
        // config, space, provenance, then per epoch: checkpoint, metrics, alphas, genotypes, monitors; then sealing.
        int lastEpochStart = writes.lastIndexOf(RunDirectory.CHECKPOINT);
        assertEquals(List.of(RunDirectory.CHECKPOINT, RunDirectory.METRICS, RunDirectory.ALPHAS, RunDirectory.GENOTYPES,
                RunDirectory.MONITORS, RunDirectory.GENOTYPE, RunDirectory.GENOTYPE_TEXT, RunDirectory.PROVENANCE),
                writes.subList(lastEpochStart, writes.size()));
        for (int n = lastEpochStart + 1; n <= writes.size(); n++) {
            Path run = dir.resolve("crash-" + n);
            AtomicFiles.observe(new CrashAfter(n));
            assertThrows(SimulatedCrash.class,
                    () -> Runs.SEARCH.start(TinyRuns.search(2), TinyRuns.at(run), TinyRuns.QUIET_SEARCH));
            AtomicFiles.observe(null);
            RunResult resumed = Runs.SEARCH.resume(TinyRuns.resume(run), TinyRuns.QUIET_SEARCH);
            assertEquals(n == writes.size() ? RunStatus.ALREADY_FINISHED : RunStatus.FINISHED, resumed.status(),
                    "after write " + n + " (" + writes.get(n - 1) + ")");
            assertSameFiles(whole, run);
        }
    }

    @Test
    void aTrainingCrashedBetweenItsLastCheckpointAndItsResultsSealsOnResume(@TempDir Path dir) throws Exception {
        Path whole = dir.resolve("whole");
        Runs.TRAINING.start(TinyRuns.training(2), TinyRuns.at(whole), TinyRuns.QUIET_TRAINING);
        Path run = dir.resolve("crashed");
        CrashAfter crash = new CrashAfter(Integer.MAX_VALUE) {
            @Override
            public void afterRename(Path file) {
                super.afterRename(file);
                if (file.endsWith(RunDirectory.CHECKPOINT) && written.stream()
                        .filter(RunDirectory.CHECKPOINT::equals).count() == 2) {
                    throw new SimulatedCrash(file);
                }
            }
        };
        AtomicFiles.observe(crash);
        assertThrows(SimulatedCrash.class,
                () -> Runs.TRAINING.start(TinyRuns.training(2), TinyRuns.at(run), TinyRuns.QUIET_TRAINING));
        AtomicFiles.observe(null);
        RunResult resumed = Runs.TRAINING.resume(TinyRuns.resume(run), TinyRuns.QUIET_TRAINING);
        assertEquals(RunStatus.FINISHED, resumed.status(), "it seals itself");
        assertSameFiles(whole, run);
    }
}
