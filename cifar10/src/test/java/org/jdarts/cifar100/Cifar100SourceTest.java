package org.jdarts.cifar100;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jdarts.cifar10.Cifar10Source;
import org.jdarts.data.DataFormatException;
import org.jdarts.data.ImageData;
import org.jdarts.data.ReadOptions;
import org.jdarts.data.ReadOptions.Labels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Cifar100SourceTest {

    @TempDir
    Path tmp;

    /** Writes records whose fine label is {@code r % 100}, coarse label {@code r % 20}, pixels {@code r}. */
    private static Path write(Path file, int records) throws IOException {
        Files.createDirectories(file.getParent());
        byte[] bytes = new byte[records * Cifar100.RECORD_BYTES];
        for (int r = 0; r < records; r++) {
            int offset = r * Cifar100.RECORD_BYTES;
            bytes[offset] = (byte) (r % 20);
            bytes[offset + 1] = (byte) (r % 100);
            java.util.Arrays.fill(bytes, offset + 2, offset + Cifar100.RECORD_BYTES, (byte) r);
        }
        return Files.write(file, bytes);
    }

    private Path sample(int train, int test) throws IOException {
        Path dir = tmp.resolve("cifar-100-binary");
        write(dir.resolve("train.bin"), train);
        write(dir.resolve("test.bin"), test);
        return dir;
    }

    @Test
    void fineAndCoarseLabelsAreRead() throws IOException {
        Path dir = sample(230, 40);
        assertTrue(new Cifar100Source().recognizes(dir), "recognised by record size");
        assertFalse(new Cifar10Source().recognizes(dir), "not CIFAR-10's record size");
        ImageData fine = new Cifar100Source().read(dir, ReadOptions.PARTIAL);
        assertEquals(100, fine.classes());
        assertEquals("apple", fine.classNames().get(0));
        assertEquals(230, fine.train().size());
        assertEquals(40, fine.test().size());
        assertEquals(123 % 100, fine.train().label(123));
        assertEquals(123, fine.train().pixel(123, 2, 31, 31), "pixels follow both label bytes");
        assertEquals(List.of("test.bin", "train.bin"), fine.checksums().keySet().stream().sorted().toList());
        ImageData coarse = new Cifar100Source().read(dir, ReadOptions.PARTIAL.withLabels(Labels.COARSE));
        assertEquals(20, coarse.classes());
        assertEquals("aquatic_mammals", coarse.classNames().get(0));
        assertEquals(123 % 20, coarse.train().label(123));
    }

    @Test
    void theFoldersNamesFilesNameTheClasses() throws IOException {
        Path dir = sample(20, 20);
        StringBuilder names = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            names.append("group").append(i).append('\n');
        }
        Files.writeString(dir.resolve("coarse_label_names.txt"), names + "\n");
        assertEquals("group3", new Cifar100Source().read(dir, ReadOptions.PARTIAL.withLabels(Labels.COARSE))
                .classNames().get(3));
        Files.writeString(dir.resolve("fine_label_names.txt"), names);
        assertEquals(dir.resolve("fine_label_names.txt") + ": 20 names; CIFAR-100 has 100 fine labels",
                assertThrows(DataFormatException.class, () -> new Cifar100Source().read(dir, ReadOptions.PARTIAL))
                        .getMessage());
    }

    @Test
    void aSubsetNeedsPartialAndACifar10FileIsNotRecognised() throws IOException {
        Path dir = sample(100, 10);
        DataFormatException whole = assertThrows(DataFormatException.class,
                () -> new Cifar100Source().read(dir, ReadOptions.WHOLE));
        assertEquals(dir.resolve("train.bin") + ": 100 records; CIFAR-100's holds 50,000", whole.getMessage());
        assertTrue(whole.incomplete());
        Path ten = tmp.resolve("ten");
        Files.createDirectories(ten);
        Files.write(ten.resolve("train.bin"), new byte[3073 * 3]);
        Files.write(ten.resolve("test.bin"), new byte[3073 * 3]);
        assertFalse(new Cifar100Source().recognizes(ten));
        assertEquals(ten.resolve("train.bin") + ": 9,219 bytes is not a whole number of 3,074-byte records"
                + " (truncated at record 2?)", assertThrows(DataFormatException.class,
                        () -> new Cifar100Source().read(ten, ReadOptions.PARTIAL)).getMessage());
    }

    @Test
    void theLabelSetIsRecordedAndRestored() {
        ReadOptions coarse = ReadOptions.WHOLE.withLabels(Labels.COARSE);
        Map<String, String> recorded = coarse.toMap(new Cifar100Source());
        assertEquals(Map.of("labels", "coarse"), recorded);
        assertEquals(coarse, ReadOptions.fromMap(recorded, false));
        assertEquals("labels must be fine or coarse, got 'medium'",
                assertThrows(IllegalArgumentException.class, () -> Labels.parse("medium")).getMessage());
    }
}
