package org.jdarts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jdarts.cifar10.testing.SampleData;
import org.jdarts.core.run.RunDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A grid killed in the middle of a cell: the re-run leaves finished cells untouched and completes the rest. */
class Table9ResumeIT {

    private static final Path HOME = Path.of(System.getProperty("jdarts.home")).toAbsolutePath().normalize();

    private static List<String> grid(Path out) {
        return List.of("bash", HOME.resolve("jdarts").toString(), "experiment", "table9", "--budget", "smoke",
                "--set", "search.epochs=2", "--no-report", "--data", SampleData.sampleDir().toString(), "--out", out.toString());
    }

    /** Every file under a folder: its path to its modification time and SHA-256. */
    private static Map<String, String> fingerprint(Path dir) throws Exception {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) all.filter(Files::isRegularFile)::iterator) {
                byte[] sha = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p));
                files.put(dir.relativize(p).toString(), Files.getLastModifiedTime(p).toMillis() + " "
                        + HexFormat.of().formatHex(sha));
            }
        }
        return files;
    }

    @Test
    void aKilledGridResumesWithoutTouchingItsFinishedCells(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("grid");
        Process first = new ProcessBuilder(grid(out)).redirectErrorStream(true)
                .redirectOutput(dir.resolve("first.log").toFile()).start();
        Path midCell = out.resolve("darts-ir/search-1").resolve(RunDirectory.CHECKPOINT);
        for (int i = 0; i < 15_000 && !Files.exists(midCell); i++) { // up to 5 minutes on a busy machine
            assertTrue(first.isAlive(), "the grid ended before " + midCell + " appeared: "
                    + Files.readString(dir.resolve("first.log")));
            Thread.sleep(20);
        }
        first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        assertTrue(Files.exists(midCell), "never reached the middle of the darts-ir search");
        assertFalse(Files.exists(out.resolve("darts-ir/search-1").resolve(RunDirectory.GENOTYPE)), "killed mid-cell");
        Map<String, String> finished = fingerprint(out.resolve("darts"));
        assertTrue(finished.containsKey("search-1/genotype.json") && finished.containsKey("search-1-train-1/results.json"),
                finished.keySet().toString());
        Thread.sleep(1100); // a rewrite would now show in the modification times

        List<String> command = new ArrayList<>(grid(out));
        Process again = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("again.log").toFile()).start();
        assertTrue(again.waitFor(600, TimeUnit.SECONDS), "the re-run did not end");
        String log = Files.readString(dir.resolve("again.log"));
        assertEquals(0, again.exitValue(), log);
        assertEquals(finished, fingerprint(out.resolve("darts")), "finished cells untouched");
        assertTrue(log.contains("cell 1 of 6 (--index 0): darts search 1: skipped, already finished"), log);
        assertTrue(log.contains("resuming after epoch 1 of 2"), log);
        assertTrue(log.contains("6 of 6 cells finished"), log);
        assertTrue(Files.readString(out.resolve("darts-ir/search-1").resolve(RunDirectory.PROVENANCE))
                .contains("\"resumptions\" : [ {"), "the stopped cell was resumed, not restarted");
    }
}
