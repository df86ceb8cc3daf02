package org.jdarts.cifar10;

import java.util.List;
import java.util.Map;

/**
 * The CIFAR-10 training and test sets, with the SHA-256 of every file they were read from.
 *
 * @param train the 50,000 training images (or fewer in a sample)
 * @param test the 10,000 test images (or fewer in a sample)
 * @param checksums file name to SHA-256 (hex) of the files read
 */
public record Cifar10(ImageSet train, ImageSet test, Map<String, String> checksums) {

    /** The official class names, in label order. */
    public static final List<String> CLASS_NAMES = List.of(
            "airplane", "automobile", "bird", "cat", "deer", "dog", "frog", "horse", "ship", "truck");

    /** The training files of the official binary layout. */
    public static final List<String> TRAIN_FILES = List.of(
            "data_batch_1.bin", "data_batch_2.bin", "data_batch_3.bin", "data_batch_4.bin", "data_batch_5.bin");

    /** The test file of the official binary layout. */
    public static final String TEST_FILE = "test_batch.bin";

    /** Copies the checksum map. */
    public Cifar10 {
        checksums = Map.copyOf(checksums);
    }
}
