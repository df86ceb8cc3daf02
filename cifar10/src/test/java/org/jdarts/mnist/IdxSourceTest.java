package org.jdarts.mnist;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jdarts.data.DataFormatException;
import org.jdarts.data.ImageData;
import org.jdarts.data.ImageShape;
import org.jdarts.data.ReadOptions;
import org.jdarts.mnist.testing.IdxSample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdxSourceTest {

    /** Where Debian's dataset-fashion-mnist package installs the real data (.ci/run installs it). */
    static final Path DEBIAN_FASHION_MNIST = Path.of("/usr/share/datasets/fashion-mnist");

    @TempDir
    Path tmp;

    @Test
    void readsGzippedAndPlainFilesAlike() throws IOException {
        for (boolean gzip : new boolean[] {true, false}) {
            Path dir = IdxSample.write(tmp.resolve("mnist-" + gzip), 30, 20, gzip);
            ImageData data = new MnistSource().read(dir, ReadOptions.PARTIAL);
            assertEquals("mnist", data.source());
            assertEquals(new ImageShape(1, 28, 28), data.shape());
            assertEquals(30, data.train().size());
            assertEquals(20, data.test().size());
            assertEquals(IdxSample.label(13), data.train().label(13));
            assertEquals(IdxSample.pixel(13, 5, 27), data.train().pixel(13, 0, 5, 27));
            assertEquals(IdxSample.pixel(19, 27, 0), data.test().pixel(19, 0, 27, 0));
            assertArrayEquals(new int[] {3, 3, 3, 3, 3, 3, 3, 3, 3, 3}, data.train().classCounts());
            assertEquals(4, data.checksums().size());
            assertFalse(data.augmentation().flip(), "a mirrored digit is no digit");
        }
    }

    @Test
    void normalisesWithTheTrainingImagesStatistics() throws IOException {
        Path dir = IdxSample.write(tmp.resolve("mnist"), 10, 10, true);
        ImageData data = new MnistSource().read(dir, ReadOptions.PARTIAL);
        double sum = 0;
        double squares = 0;
        int n = 0;
        for (int i = 0; i < 10; i++) {
            for (int y = 0; y < 28; y++) {
                for (int x = 0; x < 28; x++) {
                    double v = IdxSample.pixel(i, y, x) / 255.0;
                    sum += v;
                    squares += v * v;
                    n++;
                }
            }
        }
        double mean = sum / n;
        assertEquals(mean, data.normalization().mean()[0], 1e-6);
        assertEquals(Math.sqrt(squares / n - mean * mean), data.normalization().std()[0], 1e-5);
    }

    @Test
    void aSubsetIsRefusedUnlessPartialDataIsAllowed() throws IOException {
        Path dir = IdxSample.write(tmp.resolve("fashion"), 30, 20, true);
        DataFormatException e = assertThrows(DataFormatException.class,
                () -> new FashionMnistSource().read(dir, ReadOptions.WHOLE));
        assertEquals(dir.resolve("train-images-idx3-ubyte.gz") + ": 30 images; fashion-mnist has 60,000",
                e.getMessage());
        assertTrue(e.incomplete());
    }

    @Test
    void anIdxFileWithTheWrongMagicNumberIsRefusedNamingIt() throws IOException {
        Path dir = IdxSample.write(tmp.resolve("mnist"), 10, 10, false);
        Path labels = dir.resolve("train-labels-idx1-ubyte");
        Files.copy(dir.resolve("t10k-images-idx3-ubyte"), labels, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        DataFormatException e = assertThrows(DataFormatException.class,
                () -> new MnistSource().read(dir, ReadOptions.PARTIAL));
        assertEquals(labels + ": magic number 0x00000803; an idx label file starts with 0x00000801", e.getMessage());
    }

    @Test
    void aTruncatedFileIsRefusedNamingTheImage() throws IOException {
        Path dir = IdxSample.write(tmp.resolve("mnist"), 10, 10, false);
        Path images = dir.resolve("t10k-images-idx3-ubyte");
        try (RandomAccessFile f = new RandomAccessFile(images.toFile(), "rw")) {
            f.setLength(16 + 28 * 28 * 4 + 100);
        }
        DataFormatException e = assertThrows(DataFormatException.class,
                () -> new MnistSource().read(dir, ReadOptions.PARTIAL));
        assertEquals(images + ": truncated at image 4 of 10", e.getMessage());
    }

    @Test
    void labelsThatDoNotMatchTheImagesAreRefused() throws IOException {
        Path dir = IdxSample.write(tmp.resolve("mnist"), 10, 10, false);
        IdxSample.write(tmp.resolve("other"), 12, 10, false);
        Files.copy(tmp.resolve("other/train-labels-idx1-ubyte"), dir.resolve("train-labels-idx1-ubyte"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        DataFormatException e = assertThrows(DataFormatException.class,
                () -> new MnistSource().read(dir, ReadOptions.PARTIAL));
        assertEquals(dir.resolve("train-labels-idx1-ubyte") + ": 12 labels for the 10 images of "
                + "train-images-idx3-ubyte", e.getMessage());
    }

    @Test
    void aMissingFileIsNamed() throws IOException {
        Path dir = IdxSample.write(tmp.resolve("mnist"), 10, 10, true);
        Files.delete(dir.resolve("t10k-labels-idx1-ubyte.gz"));
        DataFormatException e = assertThrows(DataFormatException.class,
                () -> new MnistSource().read(dir, ReadOptions.PARTIAL));
        assertEquals(dir.resolve("t10k-labels-idx1-ubyte")
                + ": missing (neither it nor t10k-labels-idx1-ubyte.gz exists)", e.getMessage());
    }

    @Test
    void aFolderNamedFashionIsFashionMnistAndAnyOtherMnist() throws IOException {
        Path fashion = IdxSample.write(tmp.resolve("Fashion_MNIST"), 10, 10, true);
        Path digits = IdxSample.write(tmp.resolve("digits"), 10, 10, true);
        assertTrue(new FashionMnistSource().recognizes(fashion));
        assertFalse(new MnistSource().recognizes(fashion));
        assertTrue(new MnistSource().recognizes(digits));
        assertFalse(new FashionMnistSource().recognizes(digits));
        assertFalse(new MnistSource().recognizes(tmp));
    }

    @Test
    void readsDebiansFashionMnist() throws IOException {
        assumeTrue(Files.isDirectory(DEBIAN_FASHION_MNIST), "Fashion-MNIST is not installed at " + DEBIAN_FASHION_MNIST
                + " (apt-get install dataset-fashion-mnist); skipped");
        ImageData data = new FashionMnistSource().read(DEBIAN_FASHION_MNIST, ReadOptions.WHOLE);
        assertEquals(60_000, data.train().size());
        assertEquals(10_000, data.test().size());
        assertEquals(new ImageShape(1, 28, 28), data.shape());
        int[] perClass = new int[10];
        java.util.Arrays.fill(perClass, 6000);
        assertArrayEquals(perClass, data.train().classCounts());
        java.util.Arrays.fill(perClass, 1000);
        assertArrayEquals(perClass, data.test().classCounts());
        assertEquals("Ankle boot", data.classNames().get(9));
        // Fashion-MNIST's training mean and standard deviation, as commonly quoted: 0.2860, 0.3530
        assertEquals(0.2860, data.normalization().mean()[0], 1e-4);
        assertEquals(0.3530, data.normalization().std()[0], 1e-4);
        assertTrue(data.augmentation().flip());
    }
}
