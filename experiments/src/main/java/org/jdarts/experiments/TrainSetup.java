package org.jdarts.experiments;

import org.jdarts.cifar10.Augmentation;
import org.jdarts.cifar10.Cifar10;
import org.jdarts.cifar10.CifarDataset;
import org.jdarts.cifar10.SearchSplit;

/**
 * The data of a training run: the training images (all, or a seeded subset of the configured
 * size) augmented with crop, flip and cutout and shuffled per epoch from the seed, and the test set.
 *
 * @param train the training batches of epoch 0 ({@link CifarDataset#forEpoch} gives the others)
 * @param test the test batches
 * @param trainImages the training images used
 */
record TrainSetup(CifarDataset train, CifarDataset test, int trainImages) {

    /** Test batches hold this many images. */
    static final int TEST_BATCH = 200;

    /**
     * Selects and checks the data.
     *
     * @param config the run's configuration
     * @param cifar the data read
     * @return the setup
     * @throws IllegalArgumentException if the batch is larger than the training images
     */
    static TrainSetup of(TrainConfig config, Cifar10 cifar) {
        int size = cifar.train().size();
        int[] indices = size <= config.trainImages() ? cifar.train().allIndices()
                : SearchSplit.of(size, (double) config.trainImages() / size, config.seed()).train();
        if (indices.length < config.batchSize()) {
            throw new IllegalArgumentException("batchSize " + config.batchSize() + " exceeds the " + indices.length
                    + " training images");
        }
        CifarDataset train = CifarDataset.builder().setImages(cifar.train()).optIndices(indices)
                .setBatchSize(config.batchSize()).optAugmentation(Augmentation.STANDARD.withCutout(config.cutout()))
                .optShuffle(true).optDropLast(true).optSeed(config.seed()).build();
        return new TrainSetup(train, testSet(cifar), indices.length);
    }

    /** Returns the test set as batches. */
    static CifarDataset testSet(Cifar10 cifar) {
        return CifarDataset.builder().setImages(cifar.test()).setBatchSize(TEST_BATCH).build();
    }
}
