package org.jdarts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdarts.cli.testing.Cli;
import org.junit.jupiter.api.Test;

/** {@code jdarts bench search}: its layouts ({@code --profile}: {@code ProfileOptionTest}). */
class BenchSearchCommandTest {

    @Test
    void channelsLastIsAPlainChoice() {
        Cli.Result r = Cli.run("bench", "search", "--size", "quick", "--order", "first", "--warmup", "0", "--steps",
                "1", "--layout", "channels-last");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("fused edges, channels-last"), r.out());
        assertEquals("", r.err().strip(), "verified like channels-first, so no warning");
    }

    @Test
    void passesAreTimedByKindWithTheStepRatioTheyEstimate() {
        Cli.Result r = Cli.run("bench", "search", "--size", "quick", "--order", "first", "--warmup", "0", "--steps",
                "2", "--passes");
        assertEquals(0, r.exit(), r.err());
        for (String kind : new String[] {"alpha only", "weights only", "weights and alpha"}) {
            assertTrue(r.out().contains("  pass 2, " + kind + ": "), r.out());
        }
        Matcher m = Pattern.compile("passes: alpha only ([0-9.]+) s, weights only ([0-9.]+) s, both ([0-9.]+) s "
                + "\\(medians of 2\\)\nsecond order / first order estimated from the passes: ([0-9.]+)x").matcher(r.out());
        assertTrue(m.find(), r.out());
        double alpha = Double.parseDouble(m.group(1));
        double weights = Double.parseDouble(m.group(2));
        double both = Double.parseDouble(m.group(3));
        assertEquals((2 * weights + both + 2 * alpha) / (weights + alpha), Double.parseDouble(m.group(4)),
                0.05 * Double.parseDouble(m.group(4)), "the estimate printed is the one its pass times give");
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
