package org.jdarts.cifar100;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdarts.data.Augmentation;
import org.jdarts.data.Checksums;
import org.jdarts.data.DataFormatException;
import org.jdarts.data.DataSource;
import org.jdarts.data.ImageData;
import org.jdarts.data.ImageSet;
import org.jdarts.data.Normalization;
import org.jdarts.data.ReadOptions;
import org.jdarts.data.ReadOptions.Labels;

/**
 * The {@code cifar100} data source: {@code train.bin} and {@code test.bin} of CIFAR-100's binary
 * layout, records of a coarse label byte, a fine label byte and 3,072 pixel bytes. Classifies by
 * the fine labels (100 classes) or, with {@link Labels#COARSE}, the 20 superclasses. Class names
 * come from {@code fine_label_names.txt} / {@code coarse_label_names.txt} when the folder has
 * them. Normalised with the training images' mean and standard deviation; augmented as CIFAR-10
 * (4-pixel padding and crop, horizontal flips).
 */
public final class Cifar100Source implements DataSource {

    /** The source's name. */
    public static final String NAME = "cifar100";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "CIFAR-100 binary layout: train.bin, test.bin; 100 classes (--labels fine) or 20 (--labels coarse)"
                + " of 3x32x32";
    }

    @Override
    public Set<String> optionNames() {
        return Set.of("labels");
    }

    @Override
    public boolean recognizes(Path dir) {
        Path train = dir.resolve(Cifar100.TRAIN_FILE);
        try {
            return Files.isRegularFile(train) && Files.size(train) > 0
                    && Files.size(train) % Cifar100.RECORD_BYTES == 0;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public ImageData read(Path dir, ReadOptions options) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new DataFormatException(dir + ": not a folder (expected CIFAR-100's train.bin and test.bin in it)");
        }
        boolean coarse = options.labels() == Labels.COARSE;
        List<String> names = names(dir, coarse);
        Map<String, String> checksums = new LinkedHashMap<>();
        ImageSet train = readFile(dir.resolve(Cifar100.TRAIN_FILE), Cifar100.TRAIN_RECORDS, coarse, names.size(),
                options.partial(), checksums);
        ImageSet test = readFile(dir.resolve(Cifar100.TEST_FILE), Cifar100.TEST_RECORDS, coarse, names.size(),
                options.partial(), checksums);
        return new ImageData(NAME, dir, train, test, names, Normalization.of(train), new Augmentation(4, true, 0),
                checksums);
    }

    /** Returns the class names: from the folder's names file if it has one, else the published ones. */
    private static List<String> names(Path dir, boolean coarse) throws IOException {
        List<String> published = coarse ? Cifar100.COARSE_NAMES : Cifar100.FINE_NAMES;
        Path file = dir.resolve(coarse ? Cifar100.COARSE_NAMES_FILE : Cifar100.FINE_NAMES_FILE);
        if (!Files.isRegularFile(file)) {
            return published;
        }
        List<String> names = Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(String::trim)
                .filter(line -> !line.isEmpty()).toList();
        if (names.size() != published.size()) {
            throw new DataFormatException(file + ": " + names.size() + " names; CIFAR-100 has " + published.size()
                    + " " + (coarse ? "coarse" : "fine") + " labels");
        }
        return names;
    }

    private static ImageSet readFile(Path file, int published, boolean coarse, int classes, boolean partial,
            Map<String, String> checksums) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new DataFormatException(file + ": missing (CIFAR-100 has " + Cifar100.TRAIN_FILE + " and "
                    + Cifar100.TEST_FILE + ")");
        }
        byte[] bytes = Files.readAllBytes(file);
        if (bytes.length == 0 || bytes.length % Cifar100.RECORD_BYTES != 0) {
            throw new DataFormatException(String.format(
                    "%s: %,d bytes is not a whole number of %,d-byte records (truncated at record %d?)",
                    file, bytes.length, Cifar100.RECORD_BYTES, bytes.length / Cifar100.RECORD_BYTES));
        }
        int records = bytes.length / Cifar100.RECORD_BYTES;
        if (!partial && records != published) {
            throw new DataFormatException(String.format("%s: %,d records; CIFAR-100's holds %,d", file, records,
                    published), true);
        }
        int imageBytes = Cifar100.SHAPE.bytes();
        byte[] labels = new byte[records];
        byte[] pixels = new byte[records * imageBytes];
        for (int r = 0; r < records; r++) {
            int offset = r * Cifar100.RECORD_BYTES;
            int label = bytes[offset + (coarse ? 0 : 1)] & 0xFF;
            if (label >= classes) {
                throw new DataFormatException(String.format("%s: record %d (byte offset %,d) has %s label %d; labels"
                        + " are 0-%d", file, r, offset, coarse ? "coarse" : "fine", label, classes - 1));
            }
            labels[r] = (byte) label;
            System.arraycopy(bytes, offset + 2, pixels, r * imageBytes, imageBytes);
        }
        checksums.put(file.getFileName().toString(), Checksums.sha256(bytes));
        return new ImageSet(labels, pixels, Cifar100.SHAPE, classes);
    }
}
