package org.jdarts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.jdarts.cli.testing.Cli;
import org.jdarts.core.io.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jdarts bench search --profile}: an extra, untimed step recorded as a Chrome trace of libtorch's operators. */
class BenchSearchCommandTest {

    @Test
    void aProfiledStepIsWrittenAsAChromeTraceAndNotTimed(@TempDir Path dir) throws Exception {
        Path trace = dir.resolve("step.json");
        Cli.Result r = Cli.run("bench", "search", "--size", "quick", "--order", "first", "--warmup", "0", "--steps",
                "1", "--profile", trace.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("first step 1 (profiled)") && r.out().contains("over 1 steps"), r.out());
        assertTrue(r.out().contains("fused edges, channels-first"), "auto means channels-first: " + r.out());
        assertFalse(r.err().contains("warning"), r.err());
        JsonNode json = Json.MAPPER.readTree(trace.toFile());
        JsonNode events = json.isArray() ? json : json.path("traceEvents");
        boolean convolution = false;
        for (JsonNode e : events) {
            convolution |= e.path("name").asText().startsWith("aten::") && e.path("name").asText().contains("conv");
        }
        assertTrue(convolution, "the trace holds libtorch's convolutions");
    }

    @Test
    void aProfileInAFolderThatDoesNotExistIsRefusedBeforeAnyStep(@TempDir Path dir) {
        Path trace = dir.resolve("missing").resolve("step.json");
        Cli.Result r = Cli.run("bench", "search", "--size", "quick", "--profile", trace.toString());
        assertEquals(2, r.exit(), r.err());
        assertEquals("jdarts bench search: --profile " + trace + ": " + trace.getParent()
                + " is not a writable folder; give a file in one that exists", r.err().strip());
        assertFalse(r.out().contains("step 1"), r.out());
    }

    @Test
    void channelsLastIsAPlainChoice() {
        Cli.Result r = Cli.run("bench", "search", "--size", "quick", "--order", "first", "--warmup", "0", "--steps",
                "1", "--layout", "channels-last");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("fused edges, channels-last"), r.out());
        assertEquals("", r.err().strip(), "verified like channels-first, so no warning");
    }

    @Test
    void anUnknownLayoutIsRefusedNamingTheValidOnes() {
        Cli.Result r = Cli.run("bench", "search", "--size", "quick", "--layout", "nhwc");
        assertEquals(2, r.exit(), r.err());
        assertEquals("jdarts bench search: --layout must be auto, channels-first or channels-last, got 'nhwc'",
                r.err().strip());
    }

    @Test
    void withBothOrdersEachTraceGetsTheOrdersName() {
        assertEquals(Path.of("/tmp/step-first.json"), BenchSearchCommand.suffixed(Path.of("/tmp/step.json"), "first"));
        assertEquals(Path.of("trace-second"), BenchSearchCommand.suffixed(Path.of("trace"), "second"));
    }
}
