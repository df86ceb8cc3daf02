package org.jdarts.experiments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jdarts.cifar10.testing.SampleData;
import org.jdarts.cli.testing.Cli;
import org.jdarts.core.io.Json;
import org.jdarts.core.run.RunDirectory;
import org.jdarts.core.run.RunLock;
import org.jdarts.core.run.RunLockLostException;
import org.jdarts.core.run.RunLockedException;
import org.jdarts.experiments.testing.TinyRuns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Damaged files, locks, leftovers and permissions of run directories. */
class RunIntegrityTest {

    private static void flipByte(Path file, long offset) throws Exception {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.seek(offset);
            int b = f.read();
            f.seek(offset);
            f.write(b ^ 0x5A);
        }
    }

    private static void assertOneLine(Cli.Result r, String start) {
        assertEquals(2, r.exit(), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().startsWith(start), r.err());
    }

    @Test
    void aDamagedCheckpointIsRefusedByResumeEvalAndTrain(@TempDir Path dir) throws Exception {
        Path search = dir.resolve("search");
        Runs.SEARCH.start(TinyRuns.search(2), TinyRuns.at(search).stoppingAfter(1), TinyRuns.QUIET_SEARCH);
        Path checkpoint = search.resolve(RunDirectory.CHECKPOINT);
        flipByte(checkpoint, Files.size(checkpoint) / 2);
        String damaged = checkpoint + ": checksum mismatch: the checkpoint is damaged or truncated";
        assertOneLine(Cli.run("search", "--resume", search.toString()), "jdarts search: " + damaged);

        Path finished = dir.resolve("finished");
        Runs.SEARCH.start(TinyRuns.search(1), TinyRuns.at(finished), TinyRuns.QUIET_SEARCH);
        // The epochs_done field sits in the header near the start: flipping it must not go unnoticed.
        Path header = finished.resolve(RunDirectory.CHECKPOINT);
        flipByte(header, 40);
        assertOneLine(Cli.run("train", "--genotype", finished.toString(), "--data", SampleData.sampleDir().toString(),
                "--allow-partial", "--out", dir.resolve("t").toString()), "jdarts train: " + header + ": ");
        assertFalse(Files.exists(dir.resolve("t")), "nothing is written");

        Path train = dir.resolve("train");
        Runs.TRAINING.start(TinyRuns.training(1), TinyRuns.at(train), TinyRuns.QUIET_TRAINING);
        Path trained = train.resolve(RunDirectory.CHECKPOINT);
        Files.write(trained, java.util.Arrays.copyOf(Files.readAllBytes(trained), (int) Files.size(trained) - 1000));
        assertOneLine(Cli.run("eval", "--run", train.toString()), "jdarts eval: " + trained + ": checksum mismatch");
    }

    @Test
    void aSearchWhoseGenotypeFileDisagreesWithItsCheckpointIsRefused(@TempDir Path dir) throws Exception {
        Path search = dir.resolve("search");
        Runs.SEARCH.start(TinyRuns.search(1), TinyRuns.at(search), TinyRuns.QUIET_SEARCH);
        assertOneLine(Cli.run("eval", "--run", search.toString()), "jdarts eval: --run " + search
                + ": a search run directory; eval tests trained networks (train its genotype with: jdarts train"
                + " --genotype " + search + ")");
        Path genotype = search.resolve(RunDirectory.GENOTYPE);
        new RunDirectory(search).writeJson(RunDirectory.GENOTYPE,
                org.jdarts.core.genotype.GenotypeFiles.toJson(org.jdarts.core.genotype.BuiltinGenotypes.DARTS_V2));
        assertOneLine(Cli.run("params", "--genotype", search.toString()),
                "jdarts params: " + genotype + ": differs from the final genotype recorded in checkpoint.bin");
    }

    @Test
    void aSecondProcessIsRefusedAndAStaleLockIsTakenOver(@TempDir Path dir) throws Exception {
        Path run = dir.resolve("run");
        Runs.SEARCH.start(TinyRuns.search(2), TinyRuns.at(run).stoppingAfter(1), TinyRuns.QUIET_SEARCH);
        RunLock held = RunLock.acquire(run, w -> { });
        try {
            RunLockedException e = assertThrows(RunLockedException.class,
                    () -> Runs.SEARCH.resume(TinyRuns.resume(run), TinyRuns.QUIET_SEARCH));
            assertTrue(e.getMessage().startsWith(run + " is in use by process " + ProcessHandle.current().pid()),
                    e.getMessage());
            assertOneLine(Cli.run("search", "--resume", run.toString()),
                    "jdarts search: " + run + " is in use by process");
        } finally {
            held.close();
        }
        // A lock left behind by a process of this host that has ended.
        Process ended = new ProcessBuilder("true").start();
        ended.waitFor();
        Files.writeString(run.resolve(RunLock.FILE), Json.MAPPER.createObjectNode()
                .put("host", java.net.InetAddress.getLocalHost().getHostName()).put("pid", ended.pid())
                .put("since", "2026-01-01T00:00:00Z").toString());
        List<String> warnings = new ArrayList<>();
        RunListener<org.jdarts.core.search.SearchEpoch> listener = new RunListener<>() {
            @Override
            public void onWarning(String message) {
                warnings.add(message);
            }
        };
        assertEquals(RunStatus.FINISHED, Runs.SEARCH.resume(TinyRuns.resume(run), listener).status());
        assertEquals(List.of(run + ": taking over the lock of process " + ended.pid() + " on "
                + java.net.InetAddress.getLocalHost().getHostName() + " (since 2026-01-01T00:00:00Z), which is no"
                + " longer running"), warnings);
        assertFalse(Files.exists(run.resolve(RunLock.FILE)), "released at the end");
    }

    @Test
    void aRunWhoseLockAnotherProcessTookOverStopsWithoutWriting(@TempDir Path dir) throws Exception {
        Path run = dir.resolve("run");
        Path lock = run.resolve(RunLock.FILE);
        String foreign = Json.MAPPER.createObjectNode().put("host", "node-b").put("pid", 777)
                .put("since", "2026-12-08T00:00:00Z").put("token", "node-b's").toString();
        RunListener<org.jdarts.core.search.SearchEpoch> frozenThenTakenOver = new RunListener<>() {
            @Override
            public void onEpoch(org.jdarts.core.search.SearchEpoch epoch) {
                try {
                    Files.writeString(lock, foreign); // what node-b writes once this process's lease ran out
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        };
        RunLockLostException e = assertThrows(RunLockLostException.class,
                () -> Runs.SEARCH.start(TinyRuns.search(3), TinyRuns.at(run), frozenThenTakenOver));
        assertTrue(e.getMessage().startsWith(run + ": the run's lock was taken over by process 777 on node-b"),
                e.getMessage());
        assertEquals(1, new RunDirectory(run).readCheckpointHeader().epochsDone(), "epoch 2 was not committed");
        assertEquals(foreign, Files.readString(lock), "node-b's lock is left alone");
    }

    @Test
    void staleTemporaryFilesGoOnResumeAndFilesFollowTheUmask(@TempDir Path dir) throws Exception {
        Path run = dir.resolve("run");
        Runs.SEARCH.start(TinyRuns.search(2), TinyRuns.at(run).stoppingAfter(1), TinyRuns.QUIET_SEARCH);
        Path stale = run.resolve(".checkpoint.bin.1234abcd.tmp");
        Files.write(stale, new byte[0]);
        Runs.SEARCH.resume(TinyRuns.resume(run), TinyRuns.QUIET_SEARCH);
        assertFalse(Files.exists(stale));
        Path reference = Files.createFile(dir.resolve("created-with-the-umask"));
        Set<PosixFilePermission> expected = Files.getPosixFilePermissions(reference);
        for (String name : RunDirectory.files(org.jdarts.core.run.RunKind.SEARCH)) {
            assertEquals(expected, Files.getPosixFilePermissions(run.resolve(name)), name);
        }
    }

    @Test
    void aBatchLargerThanTheDataIsRefusedBeforeAnythingIsWritten(@TempDir Path dir) {
        Path out = dir.resolve("run");
        Cli.Result r = Cli.run("search", "--data", SampleData.sampleDir().toString(), "--allow-partial", "--out",
                out.toString(), "--batch-size", "10000", "--train-images", "10000", "--val-images", "10000");
        assertOneLine(r, "jdarts search: --batch-size 10000 exceeds the 250 images of a search half");
        assertFalse(Files.exists(out));
        Cli.Result missingData = Cli.run("train", "--genotype", "DARTS_V2", "--data", SampleData.sampleDir().toString(),
                "--out", out.toString());
        assertOneLine(missingData, "jdarts train: " + SampleData.sampleDir().resolve("data_batch_2.bin") + ": missing");
        assertTrue(missingData.err().strip().endsWith("--allow-partial reads a subset"), missingData.err());
        assertFalse(Files.exists(out));
    }
}
