package org.jdarts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
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
