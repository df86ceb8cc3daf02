package org.jdarts.mnist.testing;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/**
 * Writes small data sets in MNIST's idx layout for tests: images whose pixels encode their index
 * and label, labels cycling through the ten classes.
 */
public final class IdxSample {

    /** Image side of the samples. */
    public static final int SIDE = 28;

    private IdxSample() {}

    /**
     * Writes the four idx files into {@code dir} (created if needed).
     *
     * @param dir the folder
     * @param train training images
     * @param test test images
     * @param gzip whether to gzip the files ({@code .gz} names)
     * @return {@code dir}
     * @throws IOException if a file cannot be written
     */
    public static Path write(Path dir, int train, int test, boolean gzip) throws IOException {
        return write(dir, train, test, gzip, SIDE);
    }

    /**
     * Writes the four idx files of images {@code side}×{@code side} into {@code dir}.
     *
     * @param dir the folder
     * @param train training images
     * @param test test images
     * @param gzip whether to gzip the files
     * @param side the images' height and width
     * @return {@code dir}
     * @throws IOException if a file cannot be written
     */
    public static Path write(Path dir, int train, int test, boolean gzip, int side) throws IOException {
        Files.createDirectories(dir);
        write(dir, "train", train, gzip, side);
        write(dir, "t10k", test, gzip, side);
        return dir;
    }

    /** Returns pixel (y, x) of image {@code i} as the samples store it. */
    public static int pixel(int i, int y, int x) {
        return (i * 7 + label(i) * 25 + y * 3 + x) & 0xFF;
    }

    /** Returns the label of image {@code i}. */
    public static int label(int i) {
        return i % 10;
    }

    private static void write(Path dir, String prefix, int count, boolean gzip, int side) throws IOException {
        ByteArrayOutputStream images = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(images)) {
            out.writeInt(0x00000803);
            out.writeInt(count);
            out.writeInt(side);
            out.writeInt(side);
            for (int i = 0; i < count; i++) {
                for (int y = 0; y < side; y++) {
                    for (int x = 0; x < side; x++) {
                        out.writeByte(pixel(i, y, x));
                    }
                }
            }
        }
        ByteArrayOutputStream labels = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(labels)) {
            out.writeInt(0x00000801);
            out.writeInt(count);
            for (int i = 0; i < count; i++) {
                out.writeByte(label(i));
            }
        }
        save(dir, prefix + "-images-idx3-ubyte", images.toByteArray(), gzip);
        save(dir, prefix + "-labels-idx1-ubyte", labels.toByteArray(), gzip);
    }

    private static void save(Path dir, String name, byte[] bytes, boolean gzip) throws IOException {
        if (!gzip) {
            Files.write(dir.resolve(name), bytes);
            return;
        }
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve(name + ".gz")))) {
            out.write(bytes);
        }
    }
}
