package org.jdarts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdarts.cli.testing.Cli;
import org.jdarts.experiments.RunRequest;
import org.jdarts.experiments.Runs;
import org.jdarts.experiments.testing.TinyRuns;
import org.jdarts.mnist.testing.IdxSample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jdarts params}: counts at CIFAR-10's shape, at a run's recorded shape, or at the shape given. */
class ParamsCommandTest {

    private static final Pattern COUNTS = Pattern.compile("([0-9,]+) parameters .*, ([0-9,]+) multiply-adds per (\\S+)"
            + " image");

    private static long[] counts(Cli.Result r) {
        assertEquals(0, r.exit(), r.err());
        Matcher m = COUNTS.matcher(r.out());
        assertTrue(m.find(), r.out());
        return new long[] {Long.parseLong(m.group(1).replace(",", "")), Long.parseLong(m.group(2).replace(",", ""))};
    }

    @Test
    void dartsV2HasTheReferenceCountAndAnotherShapeChangesStemClassifierAndMultiplyAdds() {
        long[] cifar = counts(Cli.run("params", "--genotype", "DARTS_V2"));
        assertEquals(3_349_342, cifar[0], "the DARTS reference's count");
        long[] grey = counts(Cli.run("params", "--genotype", "DARTS_V2", "--image-size", "64", "--image-channels", "1",
                "--classes", "5"));
        // the stem loses 2 input channels of 108 3x3 filters; the classifier (576 features) 5 outputs and biases
        assertEquals(cifar[0] - 2 * 108 * 9 - 5 * 576 - 5, grey[0]);
        assertTrue(grey[1] > 3.9 * cifar[1] && grey[1] < 4.0 * cifar[1], "4x the pixels: " + grey[1] + " / " + cifar[1]);
    }

    @Test
    void aSearchRunIsCountedAtTheShapeOfItsImages(@TempDir Path dir) throws Exception {
        Path data = IdxSample.write(dir.resolve("fashion-mnist"), 40, 10, true);
        Path run = dir.resolve("run");
        Runs.SEARCH.start(TinyRuns.search(1), RunRequest.of(run, data).withPartialData(), TinyRuns.QUIET_SEARCH);
        Cli.Result r = Cli.run("params", "--genotype", run.toString(), "--channels", "8", "--layers", "5");
        counts(r);
        assertTrue(r.out().contains("10 classes") && r.out().contains("per 1×28×28 image"), r.out());
        assertTrue(Cli.run("params", "--genotype", run.toString(), "--image-size", "32").out()
                .contains("per 1×32×32 image"), "an option wins over the run's shape");
    }

    @Test
    void badShapesAreUsageErrors() {
        Cli.Result r = Cli.run("params", "--genotype", "DARTS_V2", "--classes", "1");
        assertEquals(2, r.exit());
        assertEquals("jdarts params: --classes must be at least 2, got 1", r.err().strip());
    }
}
