package org.jdarts.experiments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jdarts.core.run.MetricsCsv;
import org.jdarts.core.run.RunDirectory;
import org.jdarts.experiments.testing.TinyRuns;
import org.jdarts.space.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A search with a cost term: recorded in its configuration and monitors, and resumed exactly. */
class CostAwareSearchTest {

    private static SearchConfig withTarget(int epochs) {
        return TinyRuns.search("darts-sandglass", epochs).toBuilder()
                .optCost(new CostBudget("params", null, 1.5e6, null, null)).build();
    }

    @Test
    void aStoppedAndResumedTargetedSearchEndsExactlyLikeTheUninterruptedOne(@TempDir Path dir) throws Exception {
        Path whole = dir.resolve("whole");
        Runs.SEARCH.start(withTarget(3), TinyRuns.at(whole), TinyRuns.QUIET_SEARCH);
        Path split = dir.resolve("split");
        Runs.SEARCH.start(withTarget(3), TinyRuns.at(split).stoppingAfter(1), TinyRuns.QUIET_SEARCH);
        Runs.SEARCH.resume(TinyRuns.resume(split), TinyRuns.QUIET_SEARCH);
        for (String file : List.of(RunDirectory.ALPHAS, RunDirectory.MONITORS)) {
            assertEquals(Files.readString(whole.resolve(file)), Files.readString(split.resolve(file)), file);
        }
        MetricsCsv.Table monitors = MetricsCsv.read(whole.resolve(RunDirectory.MONITORS));
        double[] weight = monitors.column("cost_weight");
        double[] derived = monitors.column("cost_derived");
        double[] expected = monitors.column("cost_expected");
        assertEquals(1, weight[0], 0, "the first epoch's weight");
        double excess = derived[0] / 1.5e6 - 1;
        assertEquals(Math.min(1e3, Math.max(1e-3, Math.exp(3 * excess))), weight[1], 1e-5 * weight[1],
                "the second epoch's weight follows the first epoch's derived cost");
        assertTrue(expected[0] > 1e5 && derived[0] > 1e5, "costs at C 36, L 20: " + expected[0] + ", " + derived[0]);
        String config = Files.readString(whole.resolve(RunDirectory.CONFIG));
        assertTrue(config.contains("\"costTarget\" : 1500000.0"), config);
    }

    @Test
    void aSearchWithoutACostTermWritesNothingOfIt(@TempDir Path dir) throws Exception {
        Path plain = dir.resolve("plain");
        Runs.SEARCH.start(TinyRuns.search(1), TinyRuns.at(plain), TinyRuns.QUIET_SEARCH);
        assertFalse(Files.readString(plain.resolve(RunDirectory.CONFIG)).contains("cost"));
        assertFalse(Files.readString(plain.resolve(RunDirectory.MONITORS)).contains("cost"));
    }

    @Test
    void aBudgetNeedsAKindAndExactlyOneOfWeightAndTarget() {
        assertEquals("cost", assertThrows(ConfigException.class,
                () -> new CostBudget(null, 1.0, null, null, null)).field());
        assertEquals("cost", assertThrows(ConfigException.class,
                () -> new CostBudget("params", 1.0, 2e6, null, null)).field());
        assertEquals("cost", assertThrows(ConfigException.class,
                () -> new CostBudget("latency", 1.0, null, null, null)).field());
        assertEquals("costWeight", assertThrows(ConfigException.class,
                () -> new CostBudget("macs", -1.0, null, null, null)).field());
        CostBudget b = new CostBudget("macs", null, 3e8, null, null);
        assertEquals(36, b.costChannels());
        assertEquals(20, b.costLayers());
    }
}
