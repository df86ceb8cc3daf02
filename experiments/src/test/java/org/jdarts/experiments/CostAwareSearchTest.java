package org.jdarts.experiments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jdarts.core.cost.CostKind;
import org.jdarts.core.cost.OperationCosts;
import org.jdarts.core.genotype.Genotype;
import org.jdarts.core.genotype.GenotypeFiles;
import org.jdarts.core.io.AtomicFiles;
import org.jdarts.core.io.CorruptFileException;
import org.jdarts.core.network.NetworkShape;
import org.jdarts.core.run.MetricsCsv;
import org.jdarts.core.run.RunDirectory;
import org.jdarts.experiments.testing.TinyRuns;
import org.jdarts.data.CacheLocation;
import org.jdarts.data.Checksums;
import org.jdarts.space.ConfigException;
import org.jdarts.space.SearchSpace;
import org.jdarts.space.SearchSpaces;
import org.jdarts.space.op.OperationRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A search with a cost term: recorded in its configuration and monitors, and resumed exactly. */
class CostAwareSearchTest {

    private static SearchConfig withTarget(int epochs) {
        return TinyRuns.search("darts-sandglass", epochs).toBuilder()
                .optCost(new CostBudget("params", null, 1.5e6, null, null, null)).build();
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
    void aLatencySearchKeepsItsTableAndResumesWithItWhenTheCacheIsGone(@TempDir Path dir) throws Exception {
        String before = System.getProperty(CacheLocation.PROPERTY);
        System.setProperty(CacheLocation.PROPERTY, dir.resolve("cache").toString());
        try {
            SearchConfig config = TinyRuns.search("darts-sandglass", 3).toBuilder()
                    .optCost(new CostBudget("latency", null, 6.0, 8, 5, null)).build();
            Path whole = dir.resolve("whole");
            List<String> notes = new ArrayList<>();
            Runs.SEARCH.start(config, TinyRuns.at(whole), new RunListener<>() {
                @Override
                public void onNote(String message) {
                    notes.add(message);
                }
            });
            assertTrue(notes.stream().anyMatch(n -> n.startsWith("timing 8 operations at 5 places and 6 whole "
                    + "networks on cpu")), notes.toString());
            LatencyFile kept = LatencyFile.read(whole.resolve(LatencyFile.NAME));
            assertEquals("cpu", kept.identity().get("device"));
            assertEquals("C 8, L 5, 10 classes, 3x32x32 images", kept.identity().get("network"));
            String provenance = Files.readString(whole.resolve(RunDirectory.PROVENANCE));
            assertTrue(provenance.contains("\"" + LatencyFile.NAME + "\" : \"" + Checksums.sha256(
                    whole.resolve(LatencyFile.NAME)) + "\""), provenance);

            Path split = dir.resolve("split");
            notes.clear();
            Runs.SEARCH.start(config, TinyRuns.at(split).stoppingAfter(1), new RunListener<>() {
                @Override
                public void onNote(String message) {
                    notes.add(message);
                }
            });
            assertTrue(notes.get(0).startsWith("latency table from "), "the second search reads the cache: " + notes);
            AtomicFiles.deleteTree(dir.resolve("cache"));
            Runs.SEARCH.resume(TinyRuns.resume(split), TinyRuns.QUIET_SEARCH);
            assertFalse(Files.exists(dir.resolve("cache")), "the resumed search measured nothing");
            for (String file : List.of(RunDirectory.ALPHAS, RunDirectory.MONITORS)) {
                assertEquals(Files.readString(whole.resolve(file)), Files.readString(split.resolve(file)), file);
            }
            MetricsCsv.Table monitors = MetricsCsv.read(whole.resolve(RunDirectory.MONITORS));
            double derived = monitors.column("cost_derived")[2];
            Genotype last = GenotypeFiles.resolve(whole.resolve(RunDirectory.GENOTYPE).toString());
            SearchSpace space = SearchSpaces.resolve("darts-sandglass", OperationRegistry.load());
            OperationCosts costs = OperationCosts.count(space.names(), space.zeroOperations(),
                    n -> space.find(n).orElseThrow(), new NetworkShape(8, 5, 10), 3, 32).withLatency(kept.table());
            assertEquals(costs.of(CostKind.LATENCY, last), derived, 1e-5 * derived,
                    "monitors.csv records the table's estimate of the derived genotype");

            Files.writeString(split.resolve(LatencyFile.NAME), Files.readString(split.resolve(LatencyFile.NAME))
                    .replaceFirst("\"median\" : [0-9.E-]+", "\"median\" : 99.0"));
            CorruptFileException changed = assertThrows(CorruptFileException.class,
                    () -> Runs.SEARCH.resume(TinyRuns.resume(split).stoppingAfter(1), TinyRuns.QUIET_SEARCH));
            assertTrue(changed.getMessage().contains("latency.json: changed since the run started"), changed.getMessage());
        } finally {
            if (before == null) {
                System.clearProperty(CacheLocation.PROPERTY);
            } else {
                System.setProperty(CacheLocation.PROPERTY, before);
            }
        }
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
                () -> new CostBudget(null, 1.0, null, null, null, null)).field());
        assertEquals("cost", assertThrows(ConfigException.class,
                () -> new CostBudget("params", 1.0, 2e6, null, null, null)).field());
        assertEquals("cost", assertThrows(ConfigException.class,
                () -> new CostBudget("energy", 1.0, null, null, null, null)).field());
        assertEquals("costWeight", assertThrows(ConfigException.class,
                () -> new CostBudget("macs", -1.0, null, null, null, null)).field());
        assertEquals("costDevice", assertThrows(ConfigException.class,
                () -> new CostBudget("macs", 1.0, null, null, null, "cpu")).field());
        assertEquals("costDevice", assertThrows(ConfigException.class,
                () -> new CostBudget("latency", 1.0, null, null, null, "tpu")).field());
        CostBudget b = new CostBudget("macs", null, 3e8, null, null, null);
        assertEquals(36, b.costChannels());
        assertEquals(20, b.costLayers());
        assertNull(b.costDevice());
        assertEquals("cpu", new CostBudget("latency", null, 4.0, null, null, null).costDevice());
    }
}
