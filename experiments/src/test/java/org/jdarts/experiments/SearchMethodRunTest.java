package org.jdarts.experiments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jdarts.core.io.Json;
import org.jdarts.core.run.MetricsCsv;
import org.jdarts.core.run.RunDirectory;
import org.jdarts.core.run.SearchMonitors;
import org.jdarts.experiments.testing.TinyRuns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every search method runs end to end through the run lifecycle: its name and options in
 * config.json, monitors.csv after every epoch with the Hessian eigenvalue where asked, an early
 * stop sealed as a finished run.
 */
class SearchMethodRunTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"darts-minus", "sdarts-rs", "beta-darts"}) // pc-darts: PcDartsRunIT
    void aMethodRunsAndIsRecordedWithItsOptions(String method, @TempDir Path dir) throws Exception {
        Map<String, Object> options = Map.of();
        SearchConfig config = TinyRuns.search("darts-sandglass", 2).toBuilder().optMethod(method, options)
                .optHessianEvery(2).build();
        RunPlan[] plan = new RunPlan[1];
        RunResult r = Runs.SEARCH.start(config, TinyRuns.at(dir), new RunListener<>() {
            @Override
            public void onStart(RunPlan p) {
                plan[0] = p;
            }
        });
        assertEquals(RunStatus.FINISHED, r.status());
        assertTrue(plan[0].details().stream().anyMatch(line -> line.contains(SearchJob.FUSED_EDGES)),
                "these methods fuse the edges leaving a node: " + plan[0].details());
        JsonNode written = Json.MAPPER.readTree(dir.resolve(RunDirectory.CONFIG).toFile());
        assertEquals(method, written.path("method").asText());
        assertTrue(written.path("methodOptions").size() > 0, "the options with their defaults: " + written);
        assertEquals(2, written.path("hessianEvery").asInt());
        MetricsCsv.Table monitors = MetricsCsv.read(dir.resolve(RunDirectory.MONITORS));
        assertEquals(SearchMonitors.COLUMNS.stream().map(MetricsCsv.Column::name).toList(), monitors.columns());
        assertEquals(2, monitors.rows().size());
        assertTrue(Double.isNaN(monitors.rows().get(0).get(SearchMonitors.HESSIAN)), "no estimate after epoch 1");
        assertTrue(Double.isFinite(monitors.rows().get(1).get(SearchMonitors.HESSIAN)), "an estimate after the last");
        double entropy = monitors.rows().get(1).get("entropy_normal");
        assertTrue(entropy > 0 && entropy <= Math.log(9) + 1e-9, "mean entropy in (0, ln 9]: " + entropy);
    }

    @Test
    void dartsWithoutMonitorsWritesTheConfigurationOfRunsMadeBeforeMethodsExisted() throws Exception {
        SearchConfig plain = TinyRuns.search(1);
        String json = new String(org.jdarts.core.io.AtomicFiles.toJson(plain), java.nio.charset.StandardCharsets.UTF_8);
        assertFalse(json.contains("method") || json.contains("hessianEvery") || json.contains("earlyStopSkips"), json);
        assertEquals(plain.fingerprint(), plain.toBuilder().optMethod("darts", Map.of()).build().fingerprint());
        assertNull(plain.toBuilder().optMethod("darts", Map.of()).build().method().name());
    }

    @Test
    void theEigenvalueEstimateLeavesTheSearchExactlyAsItWas(@TempDir Path dir) throws Exception {
        SearchConfig config = TinyRuns.search("darts-sandglass", 2);
        Runs.SEARCH.start(config, TinyRuns.at(dir.resolve("plain")), TinyRuns.QUIET_SEARCH);
        Runs.SEARCH.start(config.toBuilder().optHessianEvery(1).build(), TinyRuns.at(dir.resolve("estimated")),
                TinyRuns.QUIET_SEARCH);
        assertEquals(Files.readString(dir.resolve("plain").resolve(RunDirectory.ALPHAS)),
                Files.readString(dir.resolve("estimated").resolve(RunDirectory.ALPHAS)));
        MetricsCsv.Table plain = MetricsCsv.read(dir.resolve("plain").resolve(RunDirectory.METRICS));
        MetricsCsv.Table estimated = MetricsCsv.read(dir.resolve("estimated").resolve(RunDirectory.METRICS));
        assertEquals(plain.column("val_loss")[1], estimated.column("val_loss")[1], "BatchNorm statistics restored");
        MetricsCsv.Table monitors = MetricsCsv.read(dir.resolve("estimated").resolve(RunDirectory.MONITORS));
        assertTrue(Double.isFinite(monitors.rows().get(0).get(SearchMonitors.HESSIAN)));
    }

    @Test
    void anEarlyStopSealsTheRunWithTheGenotypeOfTheEpochBeforeAndResumingChangesNothing(@TempDir Path dir)
            throws Exception {
        // a space of none and skip_connect: every derived edge is a skip, so epoch 1 triggers the stop
        Path space = dir.resolve("skips.json");
        Files.writeString(space, "{\"name\": \"skips\", \"operations\": [\"none\", \"skip_connect\"]}");
        Path runDir = dir.resolve("run");
        SearchConfig config = TinyRuns.search(space.toString(), 3).toBuilder().optEarlyStopSkips(2).build();
        RunResult r = Runs.SEARCH.start(config, TinyRuns.at(runDir), TinyRuns.QUIET_SEARCH);
        assertEquals(RunStatus.FINISHED, r.status());
        assertEquals(1, r.epochsDone(), "ended after the first epoch of 3");
        RunDirectory run = new RunDirectory(runDir);
        assertNotNull(run.readProvenance().finished());
        assertEquals(r.genotype(), run.readGenotype());
        String provenance = Files.readString(runDir.resolve(RunDirectory.PROVENANCE));
        RunResult again = Runs.SEARCH.resume(TinyRuns.resume(runDir), TinyRuns.QUIET_SEARCH);
        assertEquals(RunStatus.ALREADY_FINISHED, again.status());
        assertEquals(1, again.epochsDone(), "the console tells an early stop by epochs done < epochs");
        assertEquals(r.genotype(), again.genotype());
        assertEquals(provenance, Files.readString(runDir.resolve(RunDirectory.PROVENANCE)));
        assertEquals(List.of(8.0), List.of(MetricsCsv.read(runDir.resolve(RunDirectory.MONITORS))
                .rows().get(0).get("skip_normal")));
    }
}
