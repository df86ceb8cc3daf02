package org.jdarts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.regex.Pattern;
import org.jdarts.cli.testing.Cli;
import org.jdarts.imagefolder.testing.ImageFolderSample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchDataCommandTest {

    @Test
    void anImageFolderIsTimedDecodedThenCached(@TempDir Path dir) throws Exception {
        Path images = ImageFolderSample.classes(dir.resolve("photos"), 5, 24);
        Cli.Result r = Cli.run("bench", "data", "--data", images.toString(), "--reads", "3", "--epochs", "1",
                "--batch-size", "4");
        assertEquals(0, r.exit(), r.err());
        assertTrue(Pattern.compile("(?m)^read 1: 20 images in .* \\(empty decode cache\\)$").matcher(r.out()).find(),
                r.out());
        assertTrue(Pattern.compile("(?m)^read 3: 20 images in .* \\(cached\\)$").matcher(r.out()).find(), r.out());
        assertTrue(Pattern.compile("(?m)^later reads: median [0-9.]+ s, [0-9.]+x faster than the first$")
                .matcher(r.out()).find(), r.out());
        assertTrue(r.out().contains("batches: median: "), r.out());
    }

    @Test
    void badCountsAreUsageErrors(@TempDir Path dir) throws Exception {
        Path images = ImageFolderSample.classes(dir.resolve("photos"), 2, 12);
        Cli.Result r = Cli.run("bench", "data", "--data", images.toString(), "--reads", "0");
        assertEquals(2, r.exit());
        assertEquals("jdarts bench data: --batch-size, --epochs and --reads must be at least 1", r.err().strip());
    }
}
