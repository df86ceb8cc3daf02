package org.jdarts.experiments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jdarts.core.run.Metric;
import org.jdarts.cifar10.testing.SampleData;
import org.jdarts.cli.testing.Cli;
import org.jdarts.core.io.Json;
import org.jdarts.core.run.RunDirectory;
import org.jdarts.core.train.TrainEpoch;
import org.jdarts.experiments.testing.FolderSnapshot;
import org.jdarts.experiments.testing.TinyRuns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainRunTest {

    private static List<String> withoutSeconds(Path metrics) throws Exception {
        return Files.readAllLines(metrics).stream().map(l -> l.substring(0, l.lastIndexOf(','))).toList();
    }

    @Test
    void stoppedAndResumedTrainingEndsExactlyLikeTheUninterruptedOne(@TempDir Path dir) throws Exception {
        RunResult whole = Runs.TRAINING.start(TinyRuns.training(2), TinyRuns.at(dir.resolve("whole")),
                TinyRuns.QUIET_TRAINING);
        Runs.TRAINING.start(TinyRuns.training(2), TinyRuns.at(dir.resolve("split")).stoppingAfter(1), TinyRuns.QUIET_TRAINING);
        RunResult resumed = Runs.TRAINING.resume(TinyRuns.resume(dir.resolve("split")), TinyRuns.QUIET_TRAINING);
        assertEquals(whole.metric(Metric.TEST_LOSS), resumed.metric(Metric.TEST_LOSS), 0.0, "test loss");
        assertEquals(whole.metric(Metric.TEST_ACC), resumed.metric(Metric.TEST_ACC), 0.0, "test accuracy");
        assertEquals(withoutSeconds(dir.resolve("whole").resolve(RunDirectory.METRICS)),
                withoutSeconds(dir.resolve("split").resolve(RunDirectory.METRICS)));
        assertEquals(Files.readString(dir.resolve("whole").resolve(RunDirectory.RESULTS)),
                Files.readString(dir.resolve("split").resolve(RunDirectory.RESULTS)));
    }

    @Test
    void aSearchRunDirectoryTrainsWithItsOwnOperationParameters(@TempDir Path dir) throws Exception {
        Path space = dir.resolve("space.json");
        Files.writeString(space, "{\"operations\": [\"none\", \"skip_connect\", {\"op\": \"sandglass_3x3\", \"t\": 4}]}");
        Path searchRun = dir.resolve("search");
        Runs.SEARCH.start(TinyRuns.search(space.toString(), 1), TinyRuns.at(searchRun), TinyRuns.QUIET_SEARCH);
        Path trainRun = dir.resolve("train");
        Runs.TRAINING.start(TinyRuns.training(searchRun.toString(), 1), TinyRuns.at(trainRun), TinyRuns.QUIET_TRAINING);
        assertTrue(Files.readString(trainRun.resolve(RunDirectory.SPACE)).contains("\"t\" : 4.0"),
                Files.readString(trainRun.resolve(RunDirectory.SPACE)));
        assertEquals(GenotypeSource.resolve(searchRun.toString()).genotype(),
                GenotypeSource.ofRun(trainRun).genotype());
    }

    @Test
    void evalReproducesTheResultsFileFromTheRunDirectoryOrTheCheckpointFile(@TempDir Path dir) throws Exception {
        Path run = dir.resolve("run");
        Runs.TRAINING.start(TinyRuns.training(1), TinyRuns.at(run), TinyRuns.QUIET_TRAINING);
        double accuracy = Json.MAPPER.readTree(run.resolve(RunDirectory.RESULTS).toFile()).get("test_accuracy")
                .asDouble();
        String expected = String.format(java.util.Locale.ROOT, "test accuracy %.2f%%", 100 * accuracy);
        Cli.Result byDir = Cli.run("eval", "--run", run.toString());
        assertEquals(0, byDir.exit(), byDir.err());
        assertTrue(byDir.out().contains(expected), byDir.out());
        Cli.Result byFile = Cli.run("eval", "--run", run.resolve(RunDirectory.CHECKPOINT).toString(), "--data",
                SampleData.sampleDir().toString(), "--allow-partial");
        assertEquals(0, byFile.exit(), byFile.err());
        assertTrue(byFile.out().contains(expected), byFile.out());
    }

    @Test
    void checkpointOfAnotherConfigurationIsRefused(@TempDir Path dir) throws Exception {
        Path run = dir.resolve("run");
        Runs.TRAINING.start(TinyRuns.training(1), TinyRuns.at(run), TinyRuns.QUIET_TRAINING);
        TrainConfig other = TinyRuns.training("DARTS_V2", 1).toBuilder().optSeed(6).build();
        new RunDirectory(run).writeJson(RunDirectory.CONFIG, other);
        Cli.Result r = Cli.run("eval", "--run", run.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("checkpoint belongs to another configuration"), r.err());
    }

    @Test
    void aTrainingStoppedInsideAnEpochResumesToTheSameResults(@TempDir Path dir) throws Exception {
        RunResult whole = Runs.TRAINING.start(TinyRuns.training(2), TinyRuns.at(dir.resolve("whole")),
                TinyRuns.QUIET_TRAINING);
        int[] steps = {0};
        RunListener<TrainEpoch> stopAfterFiveSteps = new RunListener<>() {
            @Override
            public void onStep(int epoch, int step, int count, org.jdarts.core.loop.StepResult result) {
                steps[0]++;
            }

            @Override
            public boolean stopRequested() {
                return steps[0] == 5; // inside epoch 2 (4 steps per epoch)
            }
        };
        Path split = dir.resolve("split");
        assertEquals(RunStatus.INTERRUPTED, Runs.TRAINING.start(TinyRuns.training(2), TinyRuns.at(split),
                stopAfterFiveSteps).status());
        RunResult resumed = Runs.TRAINING.resume(TinyRuns.resume(split), TinyRuns.QUIET_TRAINING);
        assertEquals(whole.metric(Metric.TEST_LOSS), resumed.metric(Metric.TEST_LOSS), 0.0,
                "drop-path draws and batches skipped exactly");
        assertEquals(withoutSeconds(dir.resolve("whole").resolve(RunDirectory.METRICS)),
                withoutSeconds(split.resolve(RunDirectory.METRICS)));
    }

    @Test
    void aRefusedResumptionLeavesEveryFileAsItWas(@TempDir Path dir) throws Exception {
        Path run = dir.resolve("run");
        Runs.TRAINING.start(TinyRuns.training(2), TinyRuns.at(run).stoppingAfter(1), TinyRuns.QUIET_TRAINING);
        Path genotype = run.resolve(RunDirectory.GENOTYPE);
        Files.writeString(genotype, Files.readString(genotype).replace("sep_conv_3x3", "max_pool_3x3"));
        java.util.Map<String, String> before = FolderSnapshot.of(run);
        for (int attempt = 0; attempt < 2; attempt++) {
            org.jdarts.core.io.CorruptFileException e = org.junit.jupiter.api.Assertions.assertThrows(
                    org.jdarts.core.io.CorruptFileException.class,
                    () -> Runs.TRAINING.resume(TinyRuns.resume(run), TinyRuns.QUIET_TRAINING));
            assertTrue(e.getMessage().startsWith(genotype + ": changed since the run started (SHA-256 "),
                    e.getMessage());
            assertEquals(before, FolderSnapshot.of(run), "no resumption recorded, no file rewritten");
        }
        Cli.Result eval = Cli.run("eval", "--run", run.toString());
        assertEquals(2, eval.exit());
        assertTrue(eval.err().startsWith("jdarts eval: " + genotype + ": changed since the run started"), eval.err());
        Path report = dir.resolve("report");
        org.jdarts.reports.Reports.writeRun(run, report, java.util.EnumSet.of(org.jdarts.reports.ReportFormat.MARKDOWN),
                org.jdarts.reports.NetworkCosts.NONE);
        assertTrue(Files.readString(report.resolve("report.md")).contains("Warning: genotype.json was changed after"
                + " the run wrote it"), "the report says so");
        // a run from before input checksums were recorded: the checkpoint itself refuses the other genotype
        Path provenance = run.resolve(RunDirectory.PROVENANCE);
        com.fasterxml.jackson.databind.node.ObjectNode p = (com.fasterxml.jackson.databind.node.ObjectNode)
                Json.MAPPER.readTree(provenance.toFile());
        p.remove("inputChecksums");
        Files.writeString(provenance, p.toString());
        before = FolderSnapshot.of(run);
        org.jdarts.core.io.CorruptFileException old = org.junit.jupiter.api.Assertions.assertThrows(
                org.jdarts.core.io.CorruptFileException.class,
                () -> Runs.TRAINING.resume(TinyRuns.resume(run), TinyRuns.QUIET_TRAINING));
        assertTrue(old.getMessage().contains("genotype or search space differs from the checkpoint's"), old.getMessage());
        assertEquals(before, FolderSnapshot.of(run));
    }
}
