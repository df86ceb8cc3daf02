package org.jdarts.experiments;

import org.jdarts.data.ImageData;
import org.jdarts.data.ImageDataset;
import org.jdarts.data.ImageShape;
import org.jdarts.data.SearchSplit;
import org.jdarts.space.ConfigException;

/**
 * The data of a training run: the training images (all, or a seeded subset of the configured
 * size) augmented with the source's crop and flip and with cutout and shuffled per epoch from the seed, and the test set.
 *
 * @param train the training batches of epoch 0 ({@link ImageDataset#forEpoch} gives the others)
 * @param test the test batches
 * @param trainImages the training images used
 * @param images the shape of the images
 * @param classes the number of classes
 */
record TrainSetup(ImageDataset train, ImageDataset test, int trainImages, ImageShape images, int classes) {

    /** Test batches hold this many images. */
    static final int TEST_BATCH = 200;

    /**
     * Selects and checks the data.
     *
     * @param config the run's configuration
     * @param data the data read
     * @return the setup
     * @throws IllegalArgumentException if the batch is larger than the training images or the
     *     images are too small for the network
     */
    static TrainSetup of(TrainConfig config, ImageData data) {
        ImageSizes.check(data.shape(), config.auxiliaryHead());
        int size = data.train().size();
        int[] indices = size <= config.trainImages() ? data.train().allIndices()
                : SearchSplit.of(size, (double) config.trainImages() / size, config.seed()).train();
        if (indices.length < config.batchSize()) {
            throw new ConfigException("batchSize", config.batchSize() + " exceeds the " + indices.length
                    + " training images");
        }
        ConfigException.require(config.cutout() <= data.shape().height() && config.cutout() <= data.shape().width(),
                "cutout", "must be at most the image side, " + Math.min(data.shape().height(), data.shape().width())
                        + ", got " + config.cutout());
        ImageDataset train = ImageDataset.builder().setImages(data.train()).setNormalization(data.normalization())
                .optIndices(indices).setBatchSize(config.batchSize())
                .optAugmentation(data.augmentation().withCutout(config.cutout()))
                .optShuffle(true).optDropLast(true).optSeed(config.seed()).build();
        return new TrainSetup(train, testSet(data), indices.length, data.shape(), data.classes());
    }

    /** Returns the test set as batches. */
    static ImageDataset testSet(ImageData data) {
        return ImageDataset.builder().setImages(data.test()).setNormalization(data.normalization())
                .setBatchSize(TEST_BATCH).build();
    }
}
