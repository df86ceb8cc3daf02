package org.jdarts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdarts.cli.testing.Cli;
import org.junit.jupiter.api.Test;

/** {@code jdarts bench predict} times one-image and batched classification and says what it ran. */
class BenchPredictCommandTest {

    @Test
    void aQuickRunPrintsLatencyAndThroughput() {
        Cli.Result r = Cli.run("bench", "predict", "--size", "quick", "--runs", "4", "--warmup", "1", "--steps", "2",
                "--batch", "8");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("bench predict: DARTS_V2 (quick size, random weights), C 16, L 6,"
                + " 3x32x32 images, device cpu"), r.out());
        Matcher single = Pattern.compile("batch 1: median (\\d+\\.\\d\\d) ms, p95 (\\d+\\.\\d\\d) ms \\(4 runs\\)")
                .matcher(r.out());
        assertTrue(single.find(), r.out());
        assertTrue(Double.parseDouble(single.group(1)) > 0);
        assertTrue(Double.parseDouble(single.group(2)) >= Double.parseDouble(single.group(1)), r.out());
        assertTrue(r.out().contains("batch 8: median "), r.out());
        assertTrue(r.out().contains(" per batch (2 batches), "), r.out());
    }

    @Test
    void badValuesAreOneLine() {
        Cli.Result r = Cli.run("bench", "predict", "--size", "huge");
        assertEquals(2, r.exit());
        assertEquals("jdarts bench predict: --size huge: give paper or quick", r.err().strip());
        Cli.Result runs = Cli.run("bench", "predict", "--runs", "1");
        assertEquals(2, runs.exit());
        assertEquals("jdarts bench predict: --runs must be at least 2 and --batch at least 1", runs.err().strip());
    }
}
