package org.jdarts.experiments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jdarts.core.genotype.GenotypeFiles;
import org.jdarts.core.run.AlphaHistory;
import org.jdarts.core.run.MetricsCsv;
import org.jdarts.core.run.Provenance;
import org.jdarts.core.run.RunDirectory;
import org.jdarts.experiments.testing.TinyRuns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchRunTest {

    @Test
    void stoppedAndResumedRunEndsExactlyLikeTheUninterruptedOne(@TempDir Path dir) throws Exception {
        Path whole = dir.resolve("whole");
        RunResult expected = Runs.SEARCH.start(TinyRuns.search(3), TinyRuns.at(whole), TinyRuns.QUIET_SEARCH);
        assertEquals(RunStatus.FINISHED, expected.status());

        Path split = dir.resolve("split");
        RunResult stopped = Runs.SEARCH.start(TinyRuns.search(3), TinyRuns.at(split).stoppingAfter(1),
                TinyRuns.QUIET_SEARCH);
        assertEquals(RunStatus.STOPPED, stopped.status());
        RunDirectory run = new RunDirectory(split);
        assertEquals(1, run.readCheckpointHeader().epochsDone());
        assertFalse(run.has(RunDirectory.GENOTYPE), "an unfinished run has no final genotype");
        RunResult resumed = Runs.SEARCH.resume(TinyRuns.resume(split), TinyRuns.QUIET_SEARCH);

        assertEquals(expected.genotype(), resumed.genotype());
        assertEquals(Files.readString(whole.resolve(RunDirectory.ALPHAS)), Files.readString(split.resolve(RunDirectory.ALPHAS)),
                "softmax α of every epoch must be identical");
        assertEquals(3, run.readAlphas().epochs().size());
        assertEquals(3, run.readMetrics().rows().size());
        assertEquals(expected.genotype(), GenotypeFiles.resolve(split.toString()));
        Provenance provenance = run.readProvenance();
        assertEquals(1, provenance.resumptions().size(), "the resumption is appended");
        assertTrue(provenance.commandLine().isEmpty(), "the original command line is kept");
    }

    @Test
    void aFusedAndAPerEdgeSearchEndWithTheSameGenotypeAndAlpha(@TempDir Path dir) throws Exception {
        SearchConfig config = TinyRuns.search("darts-sandglass", 1);
        RunResult fused = Runs.SEARCH.start(config, TinyRuns.at(dir.resolve("fused")), TinyRuns.QUIET_SEARCH);
        RunResult perEdge = Runs.SEARCH.start(config, TinyRuns.at(dir.resolve("per-edge")).perEdge(),
                TinyRuns.QUIET_SEARCH);
        assertEquals(perEdge.genotype(), fused.genotype());
        List<AlphaHistory.Epoch> a = new RunDirectory(dir.resolve("fused")).readAlphas().epochs();
        List<AlphaHistory.Epoch> b = new RunDirectory(dir.resolve("per-edge")).readAlphas().epochs();
        assertEquals(1, a.size());
        double largest = 0;
        double spread = 0;
        for (int e = 0; e < a.size(); e++) {
            double[][][] x = {a.get(e).weights().normal(), a.get(e).weights().reduce()};
            double[][][] y = {b.get(e).weights().normal(), b.get(e).weights().reduce()};
            for (int t = 0; t < 2; t++) {
                for (int i = 0; i < x[t].length; i++) {
                    for (int j = 0; j < x[t][i].length; j++) {
                        largest = Math.max(largest, Math.abs(x[t][i][j] - y[t][i][j]));
                        spread = Math.max(spread, Math.abs(x[t][i][j] - x[t][i][0]));
                    }
                }
            }
        }
        assertTrue(largest <= 1e-5, "softmax(α) of the two searches differ by up to " + largest);
        assertTrue(spread > 1e-4, "α must have moved away from uniform for the comparison to mean anything");
    }

    @Test
    void resumingAFinishedRunChangesNothing(@TempDir Path dir) throws Exception {
        Path runDir = dir.resolve("run");
        Runs.SEARCH.start(TinyRuns.search(1), TinyRuns.at(runDir), TinyRuns.QUIET_SEARCH);
        String provenance = Files.readString(runDir.resolve(RunDirectory.PROVENANCE));
        long modified = Files.getLastModifiedTime(runDir.resolve(RunDirectory.METRICS)).toMillis();
        RunResult again = Runs.SEARCH.resume(TinyRuns.resume(runDir), TinyRuns.QUIET_SEARCH);
        assertEquals(RunStatus.ALREADY_FINISHED, again.status());
        assertEquals(provenance, Files.readString(runDir.resolve(RunDirectory.PROVENANCE)));
        assertEquals(modified, Files.getLastModifiedTime(runDir.resolve(RunDirectory.METRICS)).toMillis());
    }

    @Test
    void runDirectoryHoldsEveryPromisedFile(@TempDir Path dir) throws Exception {
        Path runDir = dir.resolve("run");
        Path data = TinyRuns.at(runDir).dataDir().toAbsolutePath().normalize();
        Path relative = Path.of("").toAbsolutePath().relativize(data); // as a user types it, from here
        Runs.SEARCH.start(TinyRuns.search(1), new RunRequest(runDir, relative, true,
                ai.djl.Device.cpu(), true, false, Integer.MAX_VALUE, List.of("search")), TinyRuns.QUIET_SEARCH);
        RunDirectory run = new RunDirectory(runDir);
        for (String f : RunDirectory.files(org.jdarts.core.run.RunKind.SEARCH)) {
            assertTrue(run.has(f), f);
        }
        Provenance provenance = run.readProvenance();
        assertTrue(provenance.pytorch().startsWith("PyTorch 2.7.1"), provenance.toString());
        assertEquals(64, provenance.dataChecksums().get("data_batch_1.bin").length());
        assertEquals(64, provenance.spaceSha256().length());
        assertTrue(provenance.plugins().entrySet().stream().anyMatch(e -> e.getKey().endsWith(".jar")
                && e.getKey().contains("conv-factorized-plugin") && e.getValue().matches("[0-9a-f]{64}")),
                "the example plug-in's jar with its SHA-256: " + provenance.plugins());
        assertEquals(List.of("search"), provenance.commandLine());
        assertTrue(provenance.finished() != null);
        assertEquals(data.toString(), provenance.dataDir(), "recorded absolute, so that a resume or eval elsewhere"
                + " finds it");
        MetricsCsv.Table metrics = run.readMetrics();
        assertEquals(MetricsCsv.SEARCH_COLUMNS.stream().map(MetricsCsv.Column::name).toList(), metrics.columns());
        assertEquals(1, metrics.rows().size());
        AlphaHistory alphas = run.readAlphas();
        double[] firstEdge = alphas.epochs().get(0).weights().normal()[0];
        assertEquals(14, alphas.edges().size());
        assertEquals(1.0, java.util.Arrays.stream(firstEdge).sum(), 1e-6, "softmax rows sum to one");
        assertTrue(Files.readString(run.file(RunDirectory.GENOTYPE_TEXT)).startsWith("Genotype(normal=[("));
    }

    @Test
    void aSearchStoppedInItsFirstEpochReportsNoGenotypeAndResumes(@TempDir Path dir) throws Exception {
        int[] steps = {0};
        RunListener<org.jdarts.core.search.SearchEpoch> stopAtOnce = new RunListener<>() {
            @Override
            public void onStep(int epoch, int step, int count, org.jdarts.core.loop.StepResult result) {
                steps[0]++;
            }

            @Override
            public boolean stopRequested() {
                return steps[0] == 1; // after the first of the epoch's 2 steps
            }
        };
        RunResult stopped = Runs.SEARCH.start(TinyRuns.search(1), TinyRuns.at(dir), stopAtOnce);
        assertEquals(RunStatus.INTERRUPTED, stopped.status());
        assertEquals(0, stopped.epochsDone());
        assertNull(stopped.genotype());
        assertNull(stopped.last());
        assertTrue(Files.isRegularFile(dir.resolve(RunDirectory.CHECKPOINT)), "the steps done are checkpointed");
        RunResult resumed = Runs.SEARCH.resume(TinyRuns.resume(dir), TinyRuns.QUIET_SEARCH);
        assertEquals(RunStatus.FINISHED, resumed.status());
    }

    @Test
    void aSearchStoppedBeforeItsFirstStepResumesAsIfItHadNotStopped(@TempDir Path dir) throws Exception {
        RunListener<org.jdarts.core.search.SearchEpoch> stopAtStartUp = new RunListener<>() {
            @Override
            public boolean stopRequested() {
                return true; // a signal during start-up (data, provenance, network)
            }
        };
        Path stopped = dir.resolve("stopped");
        RunResult r = Runs.SEARCH.start(TinyRuns.search(1), TinyRuns.at(stopped), stopAtStartUp);
        assertEquals(RunStatus.INTERRUPTED, r.status());
        assertTrue(Files.isRegularFile(stopped.resolve(RunDirectory.CHECKPOINT)), "the initial state is checkpointed");
        assertEquals(RunStatus.FINISHED, Runs.SEARCH.resume(TinyRuns.resume(stopped), TinyRuns.QUIET_SEARCH).status());
        Path straight = dir.resolve("straight");
        Runs.SEARCH.start(TinyRuns.search(1), TinyRuns.at(straight), TinyRuns.QUIET_SEARCH);
        assertEquals(Files.readString(straight.resolve(RunDirectory.ALPHAS)),
                Files.readString(stopped.resolve(RunDirectory.ALPHAS)), "the same α as a run that was not stopped");
    }
}
