package org.jdarts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jdarts.cifar10.testing.SampleData;
import org.jdarts.cli.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataCheckCommandTest {

    @Test
    void printsPerClassCountsAndVerifiesChecksums() {
        Cli.Result r = Cli.run("data", "check", "--data", SampleData.sampleDir().toString(), "--allow-partial");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("  0 airplane        50      10"), r.out());
        assertTrue(r.out().contains("  9 truck           50      10"), r.out());
        assertTrue(r.out().contains("checksums: 3 of 3 listed files match SHA256SUMS"), r.out());
        Cli.Result info = Cli.run("data", "info", "--data", SampleData.sampleDir().toString(), "--allow-partial");
        assertEquals(r.out(), info.out(), "info is check's other name");
    }

    @Test
    void truncatedCopyFailsWithOneLineAndExitCodeTwo(@TempDir Path dir) throws Exception {
        SampleData.copySample(dir);
        try (RandomAccessFile f = new RandomAccessFile(dir.resolve("data_batch_1.bin").toFile(), "rw")) {
            f.setLength(f.length() - 1);
        }
        Cli.Result r = Cli.run("data", "check", "--data", dir.toString(), "--allow-partial");
        assertEquals(2, r.exit());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().startsWith("jdarts data check: " + dir.resolve("data_batch_1.bin")), r.err());
    }

    @Test
    void aSubsetIsRefusedUnlessAllowed() {
        Cli.Result r = Cli.run("data", "check", "--data", SampleData.sampleDir().toString());
        assertEquals(2, r.exit());
        assertEquals("jdarts data check: " + SampleData.sampleDir().resolve("data_batch_2.bin") + ": missing (CIFAR-10"
                + " has data_batch_1.bin, data_batch_2.bin, data_batch_3.bin, data_batch_4.bin, data_batch_5.bin and"
                + " test_batch.bin); --allow-partial reads a subset", r.err().strip());
    }

    @Test
    void aFileThatSha256SumsListsMustBeThere(@TempDir Path dir) throws Exception {
        SampleData.copySample(dir);
        Files.copy(SampleData.sampleDir().resolve("SHA256SUMS"), dir.resolve("SHA256SUMS"));
        Cli.Result r = Cli.run("data", "check", "--data", dir.toString(), "--allow-partial");
        assertEquals(2, r.exit(), "batches.meta.txt is listed but was not copied");
        assertEquals("jdarts data check: " + dir.resolve("batches.meta.txt") + ": missing, though "
                + dir.resolve("SHA256SUMS") + " lists it", r.err().strip());
        Files.copy(SampleData.sampleDir().resolve("batches.meta.txt"), dir.resolve("batches.meta.txt"));
        assertEquals(0, Cli.run("data", "check", "--data", dir.toString(), "--allow-partial").exit());
    }

    @Test
    void theFullDataSetHasAllItsFiles() {
        Cli.Result r = Cli.run("data", "check", "--data", SampleData.fullDir().toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("train: 50,000 images; test: 10,000 images"), r.out());
        assertTrue(r.out().contains("checksums: 7 of 7 listed files match SHA256SUMS"), r.out());
    }
}
