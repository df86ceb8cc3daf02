package org.jdarts.experiments;

import java.util.Arrays;
import org.jdarts.core.search.SearchData;
import org.jdarts.data.ImageData;
import org.jdarts.data.ImageDataset;
import org.jdarts.data.ImageShape;
import org.jdarts.data.SearchSplit;
import org.jdarts.space.ConfigException;

/**
 * The data of a search, split and checked before anything is written: the seeded search-train /
 * search-validation split of the training set, limited to the configured image counts, augmented
 * and shuffled per epoch from the seed.
 *
 * @param data the datasets the search reads
 * @param trainImages search-train images used
 * @param valImages search-validation images used by the architecture steps
 * @param evalImages search-validation images of the end-of-epoch validation
 * @param images the shape of the images
 * @param classes the number of classes
 */
record SearchSetup(SearchData data, int trainImages, int valImages, int evalImages, ImageShape images, int classes) {

    /**
     * Splits and checks the data.
     *
     * @param config the search's configuration
     * @param data the data read
     * @return the setup
     * @throws IllegalArgumentException if a batch is larger than a search half or the images are
     *     too small for the network
     */
    static SearchSetup of(SearchConfig config, ImageData data) {
        ImageSizes.check(data.shape(), false);
        SearchSplit full = SearchSplit.of(data.train().size(), config.splitPortion(), config.seed());
        SearchSplit split = full.limit(config.trainImages(), config.valImages());
        int half = Math.min(split.train().length, split.validation().length);
        int steps = half / config.batchSize();
        if (steps < 1) {
            throw new ConfigException("batchSize", config.batchSize() + " exceeds the " + half
                    + " images of a search half");
        }
        int[] evalIndices = Arrays.copyOf(full.validation(), Math.min(config.evalImages(), full.validation().length));
        ImageDataset train = augmented(data, split.train(), config, config.seed());
        ImageDataset val = augmented(data, split.validation(), config, config.seed() + 1);
        ImageDataset eval = ImageDataset.builder().setImages(data.train()).setNormalization(data.normalization())
                .optIndices(evalIndices)
                .setBatchSize(Math.max(config.batchSize(), 64)).build();
        return new SearchSetup(new SearchData(train::forEpoch, val::forEpoch, eval, steps), split.train().length,
                split.validation().length, evalIndices.length, data.shape(), data.classes());
    }

    private static ImageDataset augmented(ImageData data, int[] indices, SearchConfig config, long seed) {
        return ImageDataset.builder().setImages(data.train()).setNormalization(data.normalization())
                .optIndices(indices).setBatchSize(config.batchSize()).optAugmentation(data.augmentation())
                .optShuffle(true).optDropLast(true).optSeed(seed).build();
    }
}
