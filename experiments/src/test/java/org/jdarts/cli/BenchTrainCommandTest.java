package org.jdarts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdarts.cli.testing.Cli;
import org.junit.jupiter.api.Test;

/**
 * {@code jdarts bench train}: seconds per training step, then the test pass's images/s
 * ({@code --profile}: {@code ProfileOptionTest}).
 */
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
}
