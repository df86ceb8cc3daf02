package org.jdarts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jdarts.cifar10.testing.SampleData;
import org.jdarts.core.io.Json;
import org.jdarts.core.run.Journal;
import org.jdarts.core.run.RunDirectory;
import org.jdarts.core.run.RunLock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Separate {@code jdarts} processes: SIGTERM in the middle of an epoch (the step finishes, a
 * checkpoint is written, exit 75, resume ends exactly like an uninterrupted run), two processes on
 * one run directory, and the same command twice giving the same results.
 */
class RunSignalsIT {

    private static final Path HOME = Path.of(System.getProperty("jdarts.home")).toAbsolutePath().normalize();

    /** A search of 6 steps per epoch on the sample into {@code out}. */
    private static List<String> search(Path out, String... more) {
        List<String> args = new ArrayList<>(List.of("bash", HOME.resolve("jdarts").toString(), "search", "--data",
                SampleData.sampleDir().toString(), "--allow-partial", "--channels", "2", "--layers", "3",
                "--batch-size", "8", "--train-images", "48", "--val-images", "48", "--eval-images", "16",
                "--seed", "4", "--out", out.toString()));
        args.addAll(List.of(more));
        return args;
    }

    private static List<String> resume(Path run) {
        return List.of("bash", HOME.resolve("jdarts").toString(), "search", "--resume", run.toString());
    }

    private static Process start(List<String> command, Path log) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().remove("JDARTS_PLUGINS");
        return pb.start();
    }

    private static int finish(Process p) throws Exception {
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "the process did not end");
        return p.exitValue();
    }

    private static void waitFor(Path file, Process p) throws Exception {
        for (int i = 0; i < 1200 && !Files.exists(file); i++) {
            assertTrue(p.isAlive(), "the process ended before " + file + " appeared");
            Thread.sleep(50);
        }
        assertTrue(Files.exists(file), file + " never appeared");
    }

    private static String withoutSeconds(Path metrics) throws Exception {
        StringBuilder sb = new StringBuilder();
        Files.readAllLines(metrics).forEach(l -> sb.append(l, 0, l.lastIndexOf(',')).append('\n'));
        return sb.toString();
    }

    private static void assertSameResults(Path a, Path b) throws Exception {
        for (String name : List.of(RunDirectory.ALPHAS, RunDirectory.GENOTYPES, RunDirectory.GENOTYPE)) {
            assertEquals(Files.readString(a.resolve(name)), Files.readString(b.resolve(name)), name);
        }
        assertEquals(withoutSeconds(a.resolve(RunDirectory.METRICS)), withoutSeconds(b.resolve(RunDirectory.METRICS)));
    }

    @Test
    void sigtermWritesACheckpointAndTheResumedRunEqualsTheUninterruptedOne(@TempDir Path dir) throws Exception {
        Path whole = dir.resolve("whole");
        assertEquals(0, finish(start(search(whole, "--epochs", "2"), dir.resolve("whole.log"))),
                Files.readString(dir.resolve("whole.log")));
        Path again = dir.resolve("again");
        assertEquals(0, finish(start(search(again, "--epochs", "2"), dir.resolve("again.log"))));
        assertSameResults(whole, again); // the same command twice, two processes

        Path run = dir.resolve("run");
        Path log = dir.resolve("run.log");
        Process p = start(search(run, "--epochs", "2"), log);
        for (int i = 0; i < 1200 && !Files.readString(log).contains("epoch 2/2 ["); i++) {
            assertTrue(p.isAlive(), Files.readString(log));
            Thread.sleep(50);
        }
        p.destroy(); // SIGTERM, after the first step of epoch 2
        int exit = finish(p);
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertEquals(75, exit, output);
        assertTrue(output.contains("SIGTERM: stopping after the current step with a checkpoint"), output);
        assertTrue(output.contains("continue with: jdarts search --resume " + run), output);
        Journal journal = Journal.fromJson(new RunDirectory(run).readCheckpointHeader().journal());
        assertEquals(1, journal.size(), output);
        assertTrue(journal.partial() != null && journal.partial().step() > 0, "stopped inside epoch 2: " + output);
        assertTrue(!Files.exists(run.resolve(RunLock.FILE)), "the lock is released");

        assertEquals(0, finish(start(resume(run), dir.resolve("resume.log"))),
                Files.readString(dir.resolve("resume.log")));
        assertSameResults(whole, run);
        assertEquals(1, Json.MAPPER.readTree(run.resolve(RunDirectory.PROVENANCE).toFile()).get("resumptions").size());
    }

    @Test
    void aSecondProcessOnTheSameRunIsRefused(@TempDir Path dir) throws Exception {
        Path run = dir.resolve("run");
        Process first = start(search(run, "--epochs", "30"), dir.resolve("first.log"));
        try {
            waitFor(run.resolve(RunDirectory.CHECKPOINT), first);
            Path log = dir.resolve("second.log");
            int exit = finish(start(resume(run), log));
            String out = Files.readString(log).strip();
            assertEquals(2, exit, out);
            assertTrue(out.startsWith("jdarts search: " + run + " is in use by process " + first.pid()), out);
            assertEquals(1, out.lines().count(), out);
            int forced = finish(start(search(run, "--force", "--epochs", "2"), log));
            assertEquals(2, forced, Files.readString(log));
            assertTrue(Files.readString(log).contains("is in use by process " + first.pid()));
        } finally {
            first.destroy();
            finish(first);
        }
        assertTrue(new File(run.toFile(), RunDirectory.CONFIG).isFile(), "the first run's files are untouched");
    }
}
