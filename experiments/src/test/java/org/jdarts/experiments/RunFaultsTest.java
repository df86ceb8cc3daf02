package org.jdarts.experiments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jdarts.cifar10.testing.SampleData;
import org.jdarts.cli.testing.Cli;
import org.jdarts.core.io.AtomicFiles;
import org.jdarts.core.loop.DivergedException;
import org.jdarts.core.run.RunDirectory;
import org.jdarts.core.search.SearchEpoch;
import org.jdarts.experiments.testing.PoisonOperation;
import org.jdarts.experiments.testing.TinyRuns;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs that fail on the way: a diverging loss, a disk that fills up. */
class RunFaultsTest {

    @AfterEach
    void reset() {
        PoisonOperation.armed = false;
        AtomicFiles.observe(null);
    }

    private static Path poisonSpace(Path dir) throws IOException {
        Path space = dir.resolve("poison.json");
        Files.writeString(space, "{\"operations\": [\"none\", \"skip_connect\", \"poison\"]}");
        return space;
    }

    @Test
    void aNanLossStopsTheRunAndKeepsTheLastGoodCheckpoint(@TempDir Path dir) throws Exception {
        Path runDir = dir.resolve("run");
        RunListener<SearchEpoch> armAfterFirstEpoch = new RunListener<>() {
            @Override
            public void onEpoch(SearchEpoch epoch) {
                PoisonOperation.armed = true;
            }
        };
        DivergedException e = assertThrows(DivergedException.class, () -> Runs.SEARCH.start(
                TinyRuns.search(poisonSpace(dir).toString(), 3), TinyRuns.at(runDir), armAfterFirstEpoch));
        assertTrue(e.getMessage().startsWith("loss became NaN at epoch 2, step 1"), e.getMessage());
        assertTrue(e.getMessage().endsWith("the last good checkpoint (epoch 1) is kept in "
                + runDir.resolve(RunDirectory.CHECKPOINT)), e.getMessage());
        RunDirectory run = new RunDirectory(runDir);
        assertEquals(1, run.readCheckpointHeader().epochsDone());
        assertEquals(1, run.readMetrics().rows().size());
        assertFalse(run.has(RunDirectory.GENOTYPE));

        PoisonOperation.armed = false;
        RunResult resumed = Runs.SEARCH.resume(TinyRuns.resume(runDir), TinyRuns.QUIET_SEARCH);
        assertEquals(RunStatus.FINISHED, resumed.status(), "the kept checkpoint resumes");
    }

    @Test
    void aRunThatDivergesBeforeItsFirstCheckpointLeavesNothing(@TempDir Path dir) throws Exception {
        PoisonOperation.armed = true;
        Path runDir = dir.resolve("run");
        DivergedException e = assertThrows(DivergedException.class, () -> Runs.SEARCH.start(
                TinyRuns.search(poisonSpace(dir).toString(), 2), TinyRuns.at(runDir), TinyRuns.QUIET_SEARCH));
        assertTrue(e.getMessage().endsWith("no checkpoint was written"), e.getMessage());
        assertFalse(Files.exists(runDir), "the run directory it created is removed");
    }

    @Test
    void theCommandLineReportsDivergenceAsAFailureWithAHint(@TempDir Path dir) throws Exception {
        AtomicFiles.observe(new AtomicFiles.Observer() {
            @Override
            public void afterRename(Path file) {
                if (file.endsWith(RunDirectory.CHECKPOINT)) {
                    PoisonOperation.armed = true;
                }
            }
        });
        Cli.Result r = Cli.run("search", "--space", poisonSpace(dir).toString(), "--data",
                SampleData.sampleDir().toString(), "--allow-partial", "--out", dir.resolve("run").toString(), "--channels", "2",
                "--layers", "3", "--epochs", "2", "--batch-size", "8", "--train-images", "16", "--val-images", "16",
                "--eval-images", "16");
        assertEquals(1, r.exit(), r.err());
        List<String> lines = r.err().strip().lines().filter(l -> !l.startsWith("epoch ")).toList();
        assertEquals(1, lines.size(), r.err());
        assertTrue(lines.get(0).startsWith("jdarts search: loss became NaN at epoch 2"), lines.get(0));
        assertTrue(lines.get(0).endsWith("; try a lower --lr"), lines.get(0));
    }

    @Test
    void aFullDiskWhileWritingACheckpointFailsWithOneLineAndKeepsThePreviousOne(@TempDir Path dir) throws Exception {
        AtomicInteger checkpoints = new AtomicInteger();
        AtomicFiles.observe(new AtomicFiles.Observer() {
            @Override
            public void beforeRename(Path file) throws IOException {
                if (file.endsWith(RunDirectory.CHECKPOINT) && checkpoints.incrementAndGet() == 2) {
                    throw new IOException("No space left on device");
                }
            }
        });
        Path runDir = dir.resolve("run");
        Cli.Result r = Cli.run("train", "--genotype", "DARTS_V2", "--data", SampleData.sampleDir().toString(), "--allow-partial",
                "--out", runDir.toString(), "--channels", "4", "--layers", "3", "--epochs", "2", "--batch-size", "16",
                "--train-images", "32");
        AtomicFiles.observe(null);
        assertEquals(1, r.exit(), "a failure, not a usage error: " + r.err());
        List<String> lines = r.err().strip().lines().filter(l -> !l.startsWith("epoch ")).toList();
        assertEquals(List.of("jdarts train: " + runDir.resolve(RunDirectory.CHECKPOINT)
                + ": cannot write: No space left on device"), lines);
        assertEquals(1, new RunDirectory(runDir).readCheckpointHeader().epochsDone(), "the previous checkpoint");
        try (var files = Files.list(runDir)) {
            assertTrue(files.noneMatch(f -> AtomicFiles.isTemporary(f.getFileName().toString())), "no temporary file");
        }
        Cli.Result eval = Cli.run("eval", "--run", runDir.toString());
        assertEquals(0, eval.exit(), eval.err());
        assertTrue(eval.out().contains("after 1 of 2 epochs"), eval.out());
    }
}
