package org.jdarts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jdarts.cli.testing.Cli;
import org.jdarts.core.io.Json;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code --profile FILE} of {@code jdarts bench search} and {@code bench train} (one shared option):
 * an extra, untimed step after the warm-up recorded as a Chrome trace of libtorch's operators, and a
 * folder that cannot take the trace refused before any step.
 */
class ProfileOptionTest {

    /** Each bench with the layout it is asked for and the step names its lines use. */
    @ParameterizedTest(name = "bench {0}")
    @CsvSource({"search, auto, first, 'fused edges, channels-first'", "train, channels-last, quick, 'channels-last'"})
    void theProfiledStepIsWrittenAsAChromeTraceAndNotTimed(String bench, String layout, String step, String header,
            @TempDir Path dir) throws Exception {
        Path trace = dir.resolve("step.json");
        List<String> args = new ArrayList<>(List.of("bench", bench, "--size", "quick", "--warmup", "0", "--steps", "1",
                "--layout", layout, "--profile", trace.toString()));
        if (bench.equals("search")) {
            args.addAll(List.of("--order", "first"));
        }
        Cli.Result r = Cli.run(args.toArray(String[]::new));
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains(header + ", allocator "), r.out());
        assertTrue(r.out().contains(step + " step 1 (profiled)"), r.out());
        assertTrue(r.out().contains(step + " step 2: "), "the step after the profiled one is timed: " + r.out());
        assertFalse(r.err().contains("warning"), r.err());
        JsonNode json = Json.MAPPER.readTree(trace.toFile());
        boolean backward = false;
        for (JsonNode e : json.isArray() ? json : json.path("traceEvents")) {
            backward |= e.path("name").asText().equals("aten::convolution_backward");
        }
        assertTrue(backward, "the trace holds libtorch's convolutions, backward pass included");
    }

    @ParameterizedTest(name = "bench {0}")
    @CsvSource({"search", "train"})
    void aProfileInAFolderThatDoesNotExistIsRefusedBeforeAnyStep(String bench, @TempDir Path dir) {
        Path trace = dir.resolve("missing").resolve("step.json");
        Cli.Result r = Cli.run("bench", bench, "--size", "quick", "--profile", trace.toString());
        assertEquals(2, r.exit(), r.err());
        assertEquals("jdarts bench " + bench + ": --profile " + trace + ": " + trace.getParent()
                + " is not a writable folder; give a file in one that exists", r.err().strip());
        assertFalse(r.out().contains("step 1"), r.out());
    }
}
