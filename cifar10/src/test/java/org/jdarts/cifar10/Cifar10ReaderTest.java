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
import org.jdarts.data.DataFormatException;
import org.jdarts.data.ImageData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Cifar10ReaderTest {

    @Test
    void readsTheSampleWithBalancedClassesAndKnownPixels() throws Exception {
        ImageData data = Cifar10Reader.read(SampleData.sampleDir(), true);
        assertEquals(500, data.train().size());
        assertEquals(100, data.test().size());
        int[] fifty = new int[10];
        Arrays.fill(fifty, 50);
        assertArrayEquals(fifty, data.train().classCounts());
        int[] ten = new int[10];
        Arrays.fill(ten, 10);
        assertArrayEquals(ten, data.test().classCounts());
        // the record layout: a label byte, then the R, G and B planes, each 32x32 row by row
        byte[] train = Files.readAllBytes(SampleData.sampleDir().resolve("data_batch_1.bin"));
        byte[] test = Files.readAllBytes(SampleData.sampleDir().resolve("test_batch.bin"));
        int second = Cifar10Reader.RECORD_BYTES;
        assertEquals(train[0], data.train().label(0));
        assertEquals(train[second], data.train().label(1));
        assertEquals(train[1] & 0xff, data.train().pixel(0, 0, 0, 0));
        assertEquals(train[1 + 1024 + 5 * 32 + 7] & 0xff, data.train().pixel(0, 1, 5, 7));
        assertEquals(train[1 + 2048 + 31 * 32 + 31] & 0xff, data.train().pixel(0, 2, 31, 31));
        assertEquals(train[second + 1 + 2048 + 3 * 32 + 30] & 0xff, data.train().pixel(1, 2, 3, 30));
        assertEquals(test[0], data.test().label(0));
        assertEquals(test[1] & 0xff, data.test().pixel(0, 0, 0, 0));
        assertEquals(64, data.checksums().get("data_batch_1.bin").length());
    }

    @Test
    void truncatedFileIsRefusedNamingIt(@TempDir Path dir) throws Exception {
        SampleData.copySample(dir);
        Path file = dir.resolve("data_batch_1.bin");
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(raf.length() - 100);
        }
        DataFormatException e = assertThrows(DataFormatException.class, () -> Cifar10Reader.read(dir, true));
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
        DataFormatException e = assertThrows(DataFormatException.class, () -> Cifar10Reader.read(dir, true));
        assertEquals(file + ": record 3 (byte offset 9,219) has label 12; labels are 0-9", e.getMessage());
    }

    @Test
    void missingFilesAreNamed(@TempDir Path dir) throws Exception {
        SampleData.copySample(dir);
        Files.delete(dir.resolve("test_batch.bin"));
        assertEquals(dir.resolve("test_batch.bin") + ": missing",
                assertThrows(DataFormatException.class, () -> Cifar10Reader.read(dir, true)).getMessage());
        Files.delete(dir.resolve("data_batch_1.bin"));
        assertTrue(assertThrows(DataFormatException.class, () -> Cifar10Reader.read(dir, true)).getMessage()
                .startsWith(dir.resolve("data_batch_1.bin") + ": missing"));
        assertTrue(assertThrows(DataFormatException.class, () -> Cifar10Reader.read(dir.resolve("nope"), true))
                .getMessage().endsWith("not a folder (expected the CIFAR-10 .bin files in it)"));
    }

    @Test
    void theWholeDataSetIsRequiredUnlessPartialDataIsAskedFor(@TempDir Path dir) throws Exception {
        DataFormatException missing = assertThrows(DataFormatException.class,
                () -> Cifar10Reader.read(SampleData.sampleDir()));
        assertTrue(missing.getMessage().startsWith(SampleData.sampleDir().resolve("data_batch_2.bin") + ": missing"),
                missing.getMessage());
        assertTrue(missing.incomplete(), "reading it as partial data would work");

        // Six files of three records each: all there, but not 10,000 records.
        byte[] records = Arrays.copyOf(Files.readAllBytes(SampleData.sampleDir().resolve("test_batch.bin")),
                3 * Cifar10Reader.RECORD_BYTES);
        for (String name : Cifar10.TRAIN_FILES) {
            Files.write(dir.resolve(name), records);
        }
        Files.write(dir.resolve(Cifar10.TEST_FILE), records);
        DataFormatException short3 = assertThrows(DataFormatException.class, () -> Cifar10Reader.read(dir));
        assertEquals(dir.resolve("data_batch_1.bin") + ": 3 records; CIFAR-10 files hold 10,000 each",
                short3.getMessage());
        assertEquals(15, Cifar10Reader.read(dir, true).train().size());

        Files.delete(dir.resolve("data_batch_3.bin"));
        DataFormatException gap = assertThrows(DataFormatException.class, () -> Cifar10Reader.read(dir, true));
        assertTrue(gap.getMessage().startsWith(dir.resolve("data_batch_3.bin") + ": missing"), gap.getMessage());
        assertTrue(gap.getMessage().endsWith("partial data must start with data_batch_1.bin)"), gap.getMessage());
    }

    @Test
    void theFullDataSetReadsStrictly() throws Exception {
        ImageData full = Cifar10Reader.read(SampleData.fullDir());
        assertEquals(50_000, full.train().size());
        assertEquals(10_000, full.test().size());
        assertEquals(6, full.checksums().size());
    }

    @Test
    void aCifar100FileIsToldApartBySize(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve(Cifar10.TRAIN_FILES.get(0)), new byte[20 * 3074]);
        Files.write(dir.resolve(Cifar10.TEST_FILE), new byte[20 * 3073]);
        DataFormatException e = assertThrows(DataFormatException.class, () -> Cifar10Reader.read(dir, true));
        assertEquals(dir.resolve(Cifar10.TRAIN_FILES.get(0)) + ": 61,480 bytes is a whole number of 3,074-byte records:"
                + " CIFAR-100's layout (coarse and fine label per image), not CIFAR-10's", e.getMessage());
    }
}
