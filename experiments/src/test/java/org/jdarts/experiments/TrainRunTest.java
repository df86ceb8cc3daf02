package org.jdarts.experiments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jdarts.cifar10.testing.SampleData;
import org.jdarts.cli.AtomicFiles;
import org.jdarts.cli.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainRunTest {

    /** DARTS_V2 at C 4, L 3 with every training feature on (aux head, drop-path, cutout). */
    static TrainConfig tiny(int epochs) {
        return new TrainConfig("DARTS_V2", "test", 4, 3, epochs, 16, 64, 5, 0.05, 0, 0.9, 3e-4, 5, 16, 0.2, 0.4);
    }

    private static TrainRun quiet() {
        return new TrainRun(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
    }

    @Test
    void stoppedAndResumedTrainingEndsExactlyLikeTheUninterruptedOne(@TempDir Path dir) throws Exception {
        Path data = SampleData.sampleDir();
        double[] whole = quiet().start(tiny(2), data, "cpu", dir.resolve("whole"), false, List.of());
        quiet().stopAfter(1).start(tiny(2), data, "cpu", dir.resolve("split"), false, List.of());
        double[] resumed = quiet().resume(dir.resolve("split"), data, "cpu", List.of());
        assertEquals(whole[0], resumed[0], 0.0, "test loss");
        assertEquals(whole[1], resumed[1], 0.0, "test accuracy");
        assertEquals(Files.readAllLines(dir.resolve("whole").resolve("metrics.csv")).stream()
                        .map(l -> l.substring(0, l.lastIndexOf(','))).toList(),
                Files.readAllLines(dir.resolve("split").resolve("metrics.csv")).stream()
                        .map(l -> l.substring(0, l.lastIndexOf(','))).toList());
    }

    @Test
    void aSearchRunDirectoryTrainsWithItsOwnOperationParameters(@TempDir Path dir) throws Exception {
        Path space = dir.resolve("space.json");
        Files.writeString(space, "{\"operations\": [\"none\", \"skip_connect\", {\"op\": \"sandglass_3x3\", \"t\": 4}]}");
        SearchConfig search = new SearchConfig(space.toString(), "test", 2, 3, 1, 8, 16, 16, 16, 0.5, 3, "first",
                0.025, 0.001, 0.9, 3e-4, 5, 3e-4, 1e-3);
        Path searchRun = dir.resolve("search");
        new SearchRun(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()))
                .start(search, SampleData.sampleDir(), "cpu", searchRun, false, List.of());
        TrainConfig config = new TrainConfig(searchRun.toString(), "test", 4, 3, 1, 16, 32, 5, 0.05, 0, 0.9, 3e-4, 5,
                0, 0.2, 0.4);
        Path trainRun = dir.resolve("train");
        quiet().start(config, SampleData.sampleDir(), "cpu", trainRun, false, List.of());
        assertTrue(Files.readString(trainRun.resolve("space.json")).contains("\"t\" : 4.0"),
                Files.readString(trainRun.resolve("space.json")));
        assertEquals(GenotypeSource.resolve(searchRun.toString()).genotype(),
                GenotypeSource.ofRun(trainRun).genotype());
    }

    @Test
    void evalReproducesTheResultsFile(@TempDir Path dir) throws Exception {
        Path run = dir.resolve("run");
        quiet().start(tiny(1), SampleData.sampleDir(), "cpu", run, false, List.of());
        double accuracy = AtomicFiles.JSON.readTree(run.resolve(TrainRun.RESULTS).toFile()).get("test_accuracy").asDouble();
        Cli.Result r = Cli.run("eval", "--run", run.toString(), "--data", SampleData.sampleDir().toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains(String.format(java.util.Locale.ROOT, "test accuracy %.2f%%", 100 * accuracy)), r.out());
    }

    @Test
    void checkpointOfAnotherConfigurationIsRefused(@TempDir Path dir) throws Exception {
        Path run = dir.resolve("run");
        quiet().start(tiny(1), SampleData.sampleDir(), "cpu", run, false, List.of());
        TrainConfig other = new TrainConfig("DARTS_V2", "test", 4, 3, 1, 16, 64, 6, 0.05, 0, 0.9, 3e-4, 5, 16, 0.2, 0.4);
        AtomicFiles.writeJson(run.resolve("config.json"), other);
        Cli.Result r = Cli.run("eval", "--run", run.toString(), "--data", SampleData.sampleDir().toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("checkpoint belongs to another configuration"), r.err());
    }
}
