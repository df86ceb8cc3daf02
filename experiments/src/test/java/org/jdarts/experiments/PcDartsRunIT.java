package org.jdarts.experiments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.jdarts.cifar10.testing.SampleData;
import org.jdarts.cli.testing.Cli;
import org.jdarts.core.io.Json;
import org.jdarts.core.run.MetricsCsv;
import org.jdarts.core.run.RunDirectory;
import org.jdarts.core.run.SearchMonitors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PC-DARTS end to end in a process of its own (the built launcher, the machine's own instruction
 * set): its options in config.json, monitors with the Hessian estimate, and the refusal of one
 * channel per edge, with which the weights turned NaN (docs/engine-notes.md).
 */
class PcDartsRunIT {

    @Test
    void pcDartsRunsAndIsRecordedWithItsOptions(@TempDir Path dir) throws Exception {
        Path run = dir.resolve("pc");
        Cli.Result r = Cli.launch("search", "--space", "darts-sandglass", "--method", "pc-darts", "--method-option",
                "k=2", "--hessian-every", "2", "--data", SampleData.sampleDir().toString(), "--allow-partial",
                "--out", run.toString(), "--channels", "4", "--layers", "3", "--epochs", "2", "--batch-size", "8",
                "--train-images", "16", "--val-images", "16", "--eval-images", "16", "--seed", "3", "--no-report");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("edges leaving a node evaluated together"), r.out());
        JsonNode written = Json.MAPPER.readTree(run.resolve(RunDirectory.CONFIG).toFile());
        assertEquals("pc-darts", written.path("method").asText());
        assertEquals(2, written.path("methodOptions").path("k").asInt());
        MetricsCsv.Table monitors = MetricsCsv.read(run.resolve(RunDirectory.MONITORS));
        assertEquals(2, monitors.rows().size());
        assertTrue(Double.isFinite(monitors.rows().get(1).get(SearchMonitors.HESSIAN)), "an estimate after the last");
    }

    @Test
    void oneChannelPerEdgeIsRefused(@TempDir Path dir) throws Exception {
        Cli.Result r = Cli.launch("search", "--method", "pc-darts", "--method-option", "k=2", "--channels", "2",
                "--data", SampleData.sampleDir().toString(), "--allow-partial", "--out", dir.resolve("x").toString());
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().strip().startsWith("jdarts search: --channels 2 leaves 1 channel per edge with method"
                + " pc-darts's k 2; use at least 4"), r.err());
    }
}
