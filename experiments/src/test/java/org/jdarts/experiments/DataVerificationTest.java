package org.jdarts.experiments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jdarts.cifar10.testing.SampleData;
import org.jdarts.cli.testing.Cli;
import org.jdarts.core.run.RunDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A data folder's SHA256SUMS is checked by every run before it writes anything, and recorded. */
class DataVerificationTest {

    private static String[] tinySearch(Path data, Path out) {
        return new String[] {"search", "--data", data.toString(), "--out", out.toString(), "--channels", "2",
            "--layers", "3", "--epochs", "1", "--batch-size", "8", "--train-images", "16", "--val-images", "16",
            "--eval-images", "16", "--allow-partial", "--no-report"};
    }

    @Test
    void aFlippedByteOrAWrongListedChecksumStopsTheRunBeforeItWritesAnything(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("data");
        SampleData.copySample(Files.createDirectories(data));
        Files.copy(SampleData.sampleDir().resolve("SHA256SUMS"), data.resolve("SHA256SUMS"));
        Files.copy(SampleData.sampleDir().resolve("batches.meta.txt"), data.resolve("batches.meta.txt"));
        Path good = dir.resolve("good");
        Cli.Result ok = Cli.run(tinySearch(data, good));
        assertEquals(0, ok.exit(), ok.err());
        assertEquals("3 of 3 listed files match SHA256SUMS",
                new RunDirectory(good).readProvenance().dataVerified());
        try (RandomAccessFile f = new RandomAccessFile(data.resolve("data_batch_1.bin").toFile(), "rw")) {
            f.seek(5000);
            int b = f.read();
            f.seek(5000);
            f.write(b ^ 0xFF);
        }
        Path bad = dir.resolve("bad");
        Cli.Result refused = Cli.run(tinySearch(data, bad));
        assertEquals(2, refused.exit());
        assertEquals(1, refused.err().strip().lines().count(), refused.err());
        assertEquals(true, refused.err().startsWith("jdarts search: " + data.resolve("data_batch_1.bin") + ": SHA-256 "),
                refused.err());
        assertFalse(Files.exists(bad), "nothing written");
    }

    @Test
    void aFolderWithoutTheListIsNotVerifiedAndSaysSo(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("data");
        SampleData.copySample(Files.createDirectories(data));
        Path out = dir.resolve("run");
        assertEquals(0, Cli.run(tinySearch(data, out)).exit());
        assertNull(new RunDirectory(out).readProvenance().dataVerified());
    }
}
