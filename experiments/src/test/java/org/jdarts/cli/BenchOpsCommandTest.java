package org.jdarts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jdarts.cli.testing.Cli;
import org.junit.jupiter.api.Test;

/** {@code jdarts bench ops}: a table of every operation at every place, and a check against whole networks. */
class BenchOpsCommandTest {

    @Test
    void printsEveryOperationAtEveryPlaceAndChecksTheEstimate() {
        Cli.Result r = Cli.run("bench", "ops", "--space", "darts", "--channels", "4", "--layers", "3",
                "--input", "1x12x12", "--rounds", "3", "--check", "1");
        assertEquals(0, r.exit(), r.err());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.get(0).startsWith("bench ops: darts space, C 4, L 3, 10 classes, 1x12x12 images, batch 1,"
                + " inference, device cpu;"), lines.get(0));
        String header = lines.stream().filter(l -> l.startsWith("operation")).findFirst().orElseThrow();
        for (String place : List.of("C 4 s1 12x12", "C 8 s2 12x12", "C 8 s1 6x6", "C 16 s2 6x6", "C 16 s1 3x3")) {
            assertTrue(header.contains(place), header);
        }
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("none") && l.contains("0 (zero)")), r.out());
        assertTrue(lines.stream().anyMatch(l -> l.matches("sep_conv_3x3\\s+\\d+\\.\\d{3} \\[.*")), r.out());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("calibration over 6 whole networks: latency = ")), r.out());
        assertTrue(lines.stream().anyMatch(l -> l.matches("  random seed 1: estimated \\d+\\.\\d\\d ms, measured .*")),
                r.out());
        assertTrue(r.err().contains("timing 7 operations at 5 places and 6 whole networks on cpu: 3 rounds of 41 "
                + "passes"), r.err());
        assertTrue(r.err().contains("latency table cached in "), r.err());
    }

    @Test
    void badValuesAreOneLineWithExitCodeTwo() {
        Cli.Result input = Cli.run("bench", "ops", "--input", "3x32x16");
        assertEquals(2, input.exit());
        assertEquals("jdarts bench ops: --input must be square images of at least 8x8 with at least 1 channel, got"
                + " '3x32x16'", input.err().strip());
        Cli.Result rounds = Cli.run("bench", "ops", "--rounds", "2");
        assertEquals(2, rounds.exit());
        assertEquals("jdarts bench ops: --rounds must be at least 3 and --check at least 0", rounds.err().strip());
    }
}
