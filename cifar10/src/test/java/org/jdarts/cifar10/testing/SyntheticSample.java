package org.jdarts.cifar10.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.jdarts.cifar10.Cifar10;
import org.jdarts.cifar10.Cifar10Reader;

/**
 * Writes a small CIFAR-10 folder in the official binary layout, laid out like the project's
 * shared sample: {@code data_batch_1.bin} with 50 records per class (shuffled),
 * {@code test_batch.bin} with 10 per class, {@code batches.meta.txt} and {@code SHA256SUMS}. Each
 * class has its own colour, stripe direction and frequency under seeded noise, so small networks
 * can learn it; the bytes depend on nothing but the code.
 */
public final class SyntheticSample {

    /** Training records per class. */
    public static final int TRAIN_PER_CLASS = 50;

    /** Test records per class. */
    public static final int TEST_PER_CLASS = 10;

    private static final int SIDE = 32;

    private SyntheticSample() {}

    /**
     * Writes the sample into {@code dir}.
     *
     * @param dir an existing folder
     * @return {@code dir}
     */
    public static Path write(Path dir) {
        try {
            Files.write(dir.resolve(Cifar10.TRAIN_FILES.get(0)), records(TRAIN_PER_CLASS, 1));
            Files.write(dir.resolve(Cifar10.TEST_FILE), records(TEST_PER_CLASS, 2));
            Files.writeString(dir.resolve("batches.meta.txt"), String.join("\n", Cifar10.CLASS_NAMES) + "\n",
                    StandardCharsets.US_ASCII);
            StringBuilder sums = new StringBuilder();
            for (String name : List.of("batches.meta.txt", Cifar10.TRAIN_FILES.get(0), Cifar10.TEST_FILE)) {
                sums.append(sha256(dir.resolve(name))).append("  ").append(name).append('\n');
            }
            Files.writeString(dir.resolve("SHA256SUMS"), sums, StandardCharsets.US_ASCII);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] records(int perClass, long seed) {
        Random random = new Random(seed);
        List<Integer> labels = new ArrayList<>();
        for (int c = 0; c < Cifar10.CLASS_NAMES.size(); c++) {
            for (int i = 0; i < perClass; i++) {
                labels.add(c);
            }
        }
        Collections.shuffle(labels, random);
        byte[] out = new byte[labels.size() * Cifar10Reader.RECORD_BYTES];
        int at = 0;
        for (int label : labels) {
            out[at++] = (byte) label;
            double angle = Math.PI * label / Cifar10.CLASS_NAMES.size();
            double frequency = 0.2 + 0.05 * label;
            for (int channel = 0; channel < 3; channel++) {
                double base = 40 + 20 * ((label * (channel + 3)) % 10);
                for (int y = 0; y < SIDE; y++) {
                    for (int x = 0; x < SIDE; x++) {
                        double stripe = Math.sin(frequency * (x * Math.cos(angle) + y * Math.sin(angle)));
                        double value = base + 40 * stripe + 30 * random.nextGaussian();
                        out[at++] = (byte) Math.max(0, Math.min(255, Math.round(value)));
                    }
                }
            }
        }
        return out;
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
