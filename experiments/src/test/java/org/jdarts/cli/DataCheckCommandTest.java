package org.jdarts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Path;
import org.jdarts.cifar10.testing.SampleData;
import org.jdarts.cli.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataCheckCommandTest {

    @Test
    void printsPerClassCountsAndVerifiesChecksums() {
        Cli.Result r = Cli.run("data", "check", "--data", SampleData.sampleDir().toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("  0 airplane        50      10"), r.out());
        assertTrue(r.out().contains("  9 truck           50      10"), r.out());
        assertTrue(r.out().contains("checksums: 2 of 2 files match SHA256SUMS"), r.out());
    }

    @Test
    void truncatedCopyFailsWithOneLineAndExitCodeTwo(@TempDir Path dir) throws Exception {
        SampleData.copySample(dir);
        try (RandomAccessFile f = new RandomAccessFile(dir.resolve("data_batch_1.bin").toFile(), "rw")) {
            f.setLength(f.length() - 1);
        }
        Cli.Result r = Cli.run("data", "check", "--data", dir.toString());
        assertEquals(2, r.exit());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().startsWith("jdarts data check: " + dir.resolve("data_batch_1.bin")), r.err());
    }
}
