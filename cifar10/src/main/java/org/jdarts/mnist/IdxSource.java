package org.jdarts.mnist;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jdarts.data.Augmentation;
import org.jdarts.data.DataFormatException;
import org.jdarts.data.DataSource;
import org.jdarts.data.ImageData;
import org.jdarts.data.ImageSet;
import org.jdarts.data.ImageShape;
import org.jdarts.data.Normalization;
import org.jdarts.data.ReadOptions;

/**
 * A data set in MNIST's idx layout: {@code train-images-idx3-ubyte}, {@code train-labels-idx1-ubyte},
 * {@code t10k-images-idx3-ubyte}, {@code t10k-labels-idx1-ubyte}, each gzipped ({@code .gz}) or
 * not; grayscale images, normalised with the training images' mean and standard deviation.
 * MNIST and Fashion-MNIST share the layout, so a folder is told apart by its name.
 */
abstract class IdxSource implements DataSource {

    static final String TRAIN_IMAGES = "train-images-idx3-ubyte";
    static final String TRAIN_LABELS = "train-labels-idx1-ubyte";
    static final String TEST_IMAGES = "t10k-images-idx3-ubyte";
    static final String TEST_LABELS = "t10k-labels-idx1-ubyte";
    static final int TRAIN_COUNT = 60_000;
    static final int TEST_COUNT = 10_000;

    /** Returns the class names, in label order. */
    abstract List<String> classNames();

    /** Returns whether a mirrored image still shows its class. */
    abstract boolean flipKeepsClass();

    /** Returns whether a folder's name says it holds Fashion-MNIST. */
    static boolean namedFashion(Path dir) {
        Path name = dir.toAbsolutePath().normalize().getFileName();
        return name != null && name.toString().toLowerCase(Locale.ROOT).contains("fashion");
    }

    /** Returns whether {@code dir} holds the four idx files. */
    static boolean hasIdxFiles(Path dir) {
        return IdxReader.find(dir, TRAIN_IMAGES) != null && IdxReader.find(dir, TRAIN_LABELS) != null
                && IdxReader.find(dir, TEST_IMAGES) != null && IdxReader.find(dir, TEST_LABELS) != null;
    }

    @Override
    public ImageData read(Path dir, ReadOptions options) throws IOException {
        Map<String, String> checksums = new LinkedHashMap<>();
        ImageSet train = readSet(dir, TRAIN_IMAGES, TRAIN_LABELS, TRAIN_COUNT, options, checksums);
        ImageSet test = readSet(dir, TEST_IMAGES, TEST_LABELS, TEST_COUNT, options, checksums);
        if (!train.shape().equals(test.shape())) {
            throw new DataFormatException(dir + ": training images are " + train.shape() + " but test images "
                    + test.shape());
        }
        return new ImageData(name(), dir, train, test, classNames(), Normalization.of(train),
                new Augmentation(4, flipKeepsClass(), 0), checksums);
    }

    private ImageSet readSet(Path dir, String imagesName, String labelsName, int wholeCount, ReadOptions options,
            Map<String, String> checksums) throws IOException {
        Path imagesFile = require(dir, imagesName);
        Path labelsFile = require(dir, labelsName);
        IdxReader.Images images = IdxReader.readImages(imagesFile, checksums);
        byte[] labels = IdxReader.readLabels(labelsFile, checksums);
        if (labels.length != images.count()) {
            throw new DataFormatException(labelsFile + ": " + labels.length + " labels for the " + images.count()
                    + " images of " + imagesFile.getFileName());
        }
        if (!options.partial() && images.count() != wholeCount) {
            throw new DataFormatException(String.format("%s: %,d images; %s has %,d", imagesFile, images.count(),
                    name(), wholeCount), true);
        }
        int classes = classNames().size();
        for (int i = 0; i < labels.length; i++) {
            if ((labels[i] & 0xFF) >= classes) {
                throw new DataFormatException(String.format("%s: label %d of image %d; labels are 0-%d", labelsFile,
                        labels[i] & 0xFF, i, classes - 1));
            }
        }
        return new ImageSet(labels, images.pixels(), new ImageShape(1, images.rows(), images.columns()), classes);
    }

    private static Path require(Path dir, String name) throws DataFormatException {
        Path file = IdxReader.find(dir, name);
        if (file == null) {
            throw new DataFormatException(dir.resolve(name) + ": missing (neither it nor " + name + ".gz exists)");
        }
        return file;
    }
}
