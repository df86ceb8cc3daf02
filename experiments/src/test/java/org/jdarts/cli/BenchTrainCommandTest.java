package org.jdarts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdarts.cli.testing.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jdarts bench train}: seconds per training step, then the test pass's images/s. */
class BenchTrainCommandTest {

    @Test
    void printsTheStepsAndTheTestPassThroughput() {
        Cli.Result r = Cli.run("bench", "train", "--size", "quick", "--warmup", "0", "--steps", "1");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("quick size: DARTS_V2, C 16, L 6, batch 96"), r.out());
        Matcher test = Pattern.compile("quick size: test pass \\(inference mode, batch 200\\): ([0-9.]+) images/s")
                .matcher(r.out());
        assertTrue(test.find(), r.out());
        assertTrue(Double.parseDouble(test.group(1)) > 0, r.out());
        assertTrue(r.out().contains("peak resident memory"), r.out());
        assertEquals("", r.err().strip());
    }

    @Test
    void profilesOneExtraStepInTheLayoutAsked(@TempDir Path dir) throws Exception {
        Path trace = dir.resolve("train.json");
        Cli.Result r = Cli.run("bench", "train", "--size", "quick", "--warmup", "0", "--steps", "1", "--layout",
                "channels-last", "--profile", trace.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains(", channels-last, allocator "), r.out());
        assertTrue(r.out().contains("quick step 1 (profiled)"), r.out());
        assertTrue(r.out().contains("quick step 2: "), r.out());
        assertTrue(Files.readString(trace).contains("aten::convolution_backward"), "the trace holds the backward pass");
    }

    @Test
    void aProfileInAMissingFolderIsAUsageError() {
        Cli.Result r = Cli.run("bench", "train", "--size", "quick", "--profile", "/nonexistent/folder/t.json");
        assertEquals(2, r.exit(), r.out());
        assertTrue(r.err().strip().startsWith("jdarts bench train: --profile /nonexistent/folder/t.json: "), r.err());
    }
}
