package org.jdarts.experiments;

import java.util.Arrays;
import org.jdarts.cifar10.Augmentation;
import org.jdarts.cifar10.Cifar10;
import org.jdarts.cifar10.CifarDataset;
import org.jdarts.cifar10.SearchSplit;
import org.jdarts.core.search.SearchData;

/**
 * The data of a search, split and checked before anything is written: the seeded search-train /
 * search-validation split of the training set, limited to the configured image counts, augmented
 * and shuffled per epoch from the seed.
 *
 * @param data the datasets the search reads
 * @param trainImages search-train images used
 * @param valImages search-validation images used by the architecture steps
 * @param evalImages search-validation images of the end-of-epoch validation
 */
record SearchSetup(SearchData data, int trainImages, int valImages, int evalImages) {

    /**
     * Splits and checks the data.
     *
     * @param config the search's configuration
     * @param cifar the data read
     * @return the setup
     * @throws IllegalArgumentException if a batch is larger than a search half
     */
    static SearchSetup of(SearchConfig config, Cifar10 cifar) {
        SearchSplit full = SearchSplit.of(cifar.train().size(), config.splitPortion(), config.seed());
        SearchSplit split = full.limit(config.trainImages(), config.valImages());
        int half = Math.min(split.train().length, split.validation().length);
        int steps = half / config.batchSize();
        if (steps < 1) {
            throw new IllegalArgumentException("batchSize " + config.batchSize() + " exceeds the " + half
                    + " images of a search half");
        }
        int[] evalIndices = Arrays.copyOf(full.validation(), Math.min(config.evalImages(), full.validation().length));
        CifarDataset train = augmented(cifar, split.train(), config, config.seed());
        CifarDataset val = augmented(cifar, split.validation(), config, config.seed() + 1);
        CifarDataset eval = CifarDataset.builder().setImages(cifar.train()).optIndices(evalIndices)
                .setBatchSize(Math.max(config.batchSize(), 64)).build();
        return new SearchSetup(new SearchData(train::forEpoch, val::forEpoch, eval, steps), split.train().length,
                split.validation().length, evalIndices.length);
    }

    private static CifarDataset augmented(Cifar10 cifar, int[] indices, SearchConfig config, long seed) {
        return CifarDataset.builder().setImages(cifar.train()).optIndices(indices).setBatchSize(config.batchSize())
                .optAugmentation(Augmentation.STANDARD).optShuffle(true).optDropLast(true).optSeed(seed).build();
    }
}
