package org.jdarts.data;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What a {@link DataSource} read from a folder: the training and test images, their class
 * names, how to normalise and augment them, and the checksums of the files they came from.
 *
 * @param source the name of the source that read them (for example {@code cifar10})
 * @param dir the folder they were read from
 * @param train the training images (searches split them into search-train and search-val)
 * @param test the test images
 * @param classNames one name per class, in label order
 * @param normalization the per-channel normalisation (the source's published values, or the
 *     training images' mean and standard deviation)
 * @param augmentation the training augmentation that suits these images (crop padding, whether a
 *     horizontal flip keeps an image in its class; no cutout)
 * @param checksums file name to SHA-256 (hex) of every file read
 * @param notes what the source ignored or skipped, one line each (none when it read everything)
 */
public record ImageData(String source, Path dir, ImageSet train, ImageSet test, List<String> classNames,
        Normalization normalization, Augmentation augmentation, Map<String, String> checksums, List<String> notes) {

    /** Data read whole, with nothing ignored. */
    public ImageData(String source, Path dir, ImageSet train, ImageSet test, List<String> classNames,
            Normalization normalization, Augmentation augmentation, Map<String, String> checksums) {
        this(source, dir, train, test, classNames, normalization, augmentation, checksums, List.of());
    }

    /** Validates that the parts fit each other and copies the collections. */
    public ImageData {
        if (!train.shape().equals(test.shape())) {
            throw new IllegalArgumentException(source + ": training images are " + train.shape() + " but test images "
                    + test.shape());
        }
        if (train.classes() != classNames.size() || test.classes() != classNames.size()) {
            throw new IllegalArgumentException(source + ": " + classNames.size() + " class names for "
                    + train.classes() + " classes");
        }
        if (normalization.channels() != train.shape().channels()) {
            throw new IllegalArgumentException(source + ": a normalisation of " + normalization.channels()
                    + " channels for " + train.shape() + " images");
        }
        augmentation.check(train.shape());
        classNames = List.copyOf(classNames);
        checksums = Map.copyOf(checksums);
        notes = List.copyOf(notes);
    }

    /** Returns the shape of every image. */
    public ImageShape shape() {
        return train.shape();
    }

    /** Returns the number of classes. */
    public int classes() {
        return classNames.size();
    }
}
