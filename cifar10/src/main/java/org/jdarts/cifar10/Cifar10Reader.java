package org.jdarts.cifar10;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdarts.data.Checksums;
import org.jdarts.data.DataFormatException;
import org.jdarts.data.ImageData;
import org.jdarts.data.ImageSet;

/**
 * Reads CIFAR-10 in its official binary layout: {@code data_batch_1.bin} … {@code data_batch_5.bin}
 * and {@code test_batch.bin}, records of one label byte followed by 3,072 pixel bytes.
 *
 * <p>By default the folder must hold the whole data set: the five training files and the test
 * file, 10,000 records each. Partial data (a subset, such as the test suite's sample with only
 * {@code data_batch_1.bin}) is read only when asked for: the training files present must then be
 * the first ones, and any whole number of records is accepted. Any problem fails the whole read
 * with a {@link DataFormatException} naming the file and record; nothing partially read is
 * returned.
 */
public final class Cifar10Reader {

    /** Bytes per record: the label and the pixels. */
    public static final int RECORD_BYTES = 1 + Cifar10.SHAPE.bytes();

    /** Bytes per record of CIFAR-100's binary layout (two labels), told apart by file size. */
    static final int CIFAR100_RECORD_BYTES = RECORD_BYTES + 1;

    /** Records in each file of the official data set. */
    public static final int RECORDS_PER_FILE = 10_000;

    private Cifar10Reader() {}

    /**
     * Reads the whole data set.
     *
     * @param dir the folder holding the {@code .bin} files
     * @return both sets, the class names, the reference's normalisation and augmentation, and the
     *     files' checksums
     * @throws DataFormatException if a file is missing, holds other than 10,000 records, or is corrupt
     * @throws IOException if a file cannot be read
     */
    public static ImageData read(Path dir) throws IOException {
        return read(dir, false);
    }

    /**
     * Reads the training and test sets of a folder.
     *
     * @param dir the folder holding the {@code .bin} files
     * @param partial whether a subset is acceptable (the first training files, any record counts)
     * @return both sets, the class names, the reference's normalisation and augmentation, and the
     *     files' checksums
     * @throws DataFormatException if a file is missing, truncated or holds a bad label
     * @throws IOException if a file cannot be read
     */
    public static ImageData read(Path dir, boolean partial) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new DataFormatException(dir + ": not a folder (expected the CIFAR-10 .bin files in it)");
        }
        Map<String, String> checksums = new LinkedHashMap<>();
        List<Path> trainFiles = new ArrayList<>();
        for (String name : Cifar10.TRAIN_FILES) {
            Path file = dir.resolve(name);
            if (Files.exists(file)) {
                trainFiles.add(file);
            }
        }
        int present = trainFiles.size();
        boolean prefix = present > 0 && trainFiles.get(present - 1).endsWith(Cifar10.TRAIN_FILES.get(present - 1));
        if (!prefix || (!partial && present < Cifar10.TRAIN_FILES.size())) {
            String firstMissing = Cifar10.TRAIN_FILES.stream()
                    .filter(name -> !Files.exists(dir.resolve(name))).findFirst().orElseThrow();
            throw new DataFormatException(dir.resolve(firstMissing) + ": missing (CIFAR-10 has "
                    + String.join(", ", Cifar10.TRAIN_FILES) + " and " + Cifar10.TEST_FILE
                    + (partial ? "; partial data must start with data_batch_1.bin)" : ")"), prefix);
        }
        Path testFile = dir.resolve(Cifar10.TEST_FILE);
        if (!Files.exists(testFile)) {
            throw new DataFormatException(testFile + ": missing");
        }
        ImageSet train = readFiles(trainFiles, checksums, partial);
        ImageSet test = readFiles(List.of(testFile), checksums, partial);
        return new ImageData(Cifar10Source.NAME, dir, train, test, Cifar10.CLASS_NAMES, Cifar10.NORMALIZATION,
                Cifar10.AUGMENTATION, checksums);
    }

    /**
     * Reads and concatenates record files.
     *
     * @param files the files, in order
     * @param checksums receives the SHA-256 of each file, by file name
     * @param partial whether a file may hold other than 10,000 records
     * @return the images of all files
     * @throws IOException naming the file and record of the first problem
     */
    public static ImageSet readFiles(List<Path> files, Map<String, String> checksums, boolean partial)
            throws IOException {
        ByteArrayOutputStream labels = new ByteArrayOutputStream();
        ByteArrayOutputStream pixels = new ByteArrayOutputStream();
        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length > 0 && bytes.length % RECORD_BYTES != 0 && bytes.length % CIFAR100_RECORD_BYTES == 0) {
                throw new DataFormatException(String.format("%s: %,d bytes is a whole number of %,d-byte records:"
                        + " CIFAR-100's layout (coarse and fine label per image), not CIFAR-10's", file, bytes.length,
                        CIFAR100_RECORD_BYTES));
            }
            if (bytes.length == 0 || bytes.length % RECORD_BYTES != 0) {
                throw new DataFormatException(String.format(
                        "%s: %,d bytes is not a whole number of %d-byte records (truncated at record %d?)",
                        file, bytes.length, RECORD_BYTES, bytes.length / RECORD_BYTES));
            }
            int records = bytes.length / RECORD_BYTES;
            if (!partial && records != RECORDS_PER_FILE) {
                throw new DataFormatException(String.format("%s: %,d records; CIFAR-10 files hold %,d each", file,
                        records, RECORDS_PER_FILE), true);
            }
            for (int r = 0; r < records; r++) {
                int offset = r * RECORD_BYTES;
                int label = bytes[offset] & 0xFF;
                if (label >= Cifar10.CLASS_NAMES.size()) {
                    throw new DataFormatException(String.format(
                            "%s: record %d (byte offset %,d) has label %d; labels are 0-9", file, r, offset, label));
                }
                labels.write(label);
                pixels.write(bytes, offset + 1, Cifar10.SHAPE.bytes());
            }
            checksums.put(file.getFileName().toString(), Checksums.sha256(bytes));
        }
        return new ImageSet(labels.toByteArray(), pixels.toByteArray(), Cifar10.SHAPE, Cifar10.CLASS_NAMES.size());
    }
}
