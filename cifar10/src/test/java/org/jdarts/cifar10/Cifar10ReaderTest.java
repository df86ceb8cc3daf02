package org.jdarts.cifar10;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.jdarts.cifar10.testing.SampleData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Cifar10ReaderTest {

    @Test
    void readsTheSampleWithBalancedClassesAndKnownPixels() throws Exception {
        Cifar10 data = Cifar10Reader.read(SampleData.sampleDir());
        assertEquals(500, data.train().size());
        assertEquals(100, data.test().size());
        int[] fifty = new int[10];
        Arrays.fill(fifty, 50);
        assertArrayEquals(fifty, data.train().classCounts());
        int[] ten = new int[10];
        Arrays.fill(ten, 10);
        assertArrayEquals(ten, data.test().classCounts());
        // First record of data_batch_1.bin: a dog (5); R(0,0) = 27, G(5,7) = 89, B(31,31) = 107.
        assertEquals(5, data.train().label(0));
        assertEquals(27, data.train().pixel(0, 0, 0, 0));
        assertEquals(89, data.train().pixel(0, 1, 5, 7));
        assertEquals(107, data.train().pixel(0, 2, 31, 31));
        assertEquals(8, data.test().label(0));
        assertEquals(156, data.test().pixel(0, 0, 0, 0));
        assertEquals(64, data.checksums().get("data_batch_1.bin").length());
    }

    @Test
    void truncatedFileIsRefusedNamingIt(@TempDir Path dir) throws Exception {
        SampleData.copySample(dir);
        Path file = dir.resolve("data_batch_1.bin");
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(raf.length() - 100);
        }
        Cifar10FormatException e = assertThrows(Cifar10FormatException.class, () -> Cifar10Reader.read(dir));
        assertTrue(e.getMessage().startsWith(file + ": 1,536,400 bytes is not a whole number of 3073-byte records"),
                e.getMessage());
    }

    @Test
    void badLabelIsRefusedNamingFileAndRecord(@TempDir Path dir) throws Exception {
        SampleData.copySample(dir);
        Path file = dir.resolve("test_batch.bin");
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(3L * Cifar10Reader.RECORD_BYTES);
            raf.write(12);
        }
        Cifar10FormatException e = assertThrows(Cifar10FormatException.class, () -> Cifar10Reader.read(dir));
        assertEquals(file + ": record 3 (byte offset 9,219) has label 12; labels are 0-9", e.getMessage());
    }

    @Test
    void missingFilesAreNamed(@TempDir Path dir) throws Exception {
        SampleData.copySample(dir);
        Files.delete(dir.resolve("test_batch.bin"));
        assertEquals(dir.resolve("test_batch.bin") + ": missing",
                assertThrows(Cifar10FormatException.class, () -> Cifar10Reader.read(dir)).getMessage());
        Files.delete(dir.resolve("data_batch_1.bin"));
        assertTrue(assertThrows(Cifar10FormatException.class, () -> Cifar10Reader.read(dir)).getMessage()
                .startsWith(dir.resolve("data_batch_1.bin") + ": missing"));
        assertTrue(assertThrows(Cifar10FormatException.class, () -> Cifar10Reader.read(dir.resolve("nope")))
                .getMessage().endsWith("not a folder (expected the CIFAR-10 .bin files in it)"));
    }
}
