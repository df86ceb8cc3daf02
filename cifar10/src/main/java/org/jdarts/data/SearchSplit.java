package org.jdarts.data;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * A seeded split of the training set into the search-train part (weights) and the
 * search-validation part (architecture parameters). DARTS uses half of the 50,000 images for each.
 *
 * @param train indices of the search-train images
 * @param validation indices of the search-validation images
 */
public record SearchSplit(int[] train, int[] validation) {

    /**
     * Splits {@code size} images: a seeded permutation, of which the first {@code portion} go to
     * search-train and the rest to search-validation.
     *
     * @param size the number of training images
     * @param portion the fraction for search-train, in (0, 1)
     * @param seed the permutation's seed
     * @return the split, identical for identical arguments
     */
    public static SearchSplit of(int size, double portion, long seed) {
        if (!(portion > 0 && portion < 1)) {
            throw new IllegalArgumentException("split portion must be in (0, 1), got " + portion);
        }
        int[] order = permutation(size, new SplittableRandom(seed));
        int cut = (int) Math.round(size * portion);
        if (cut == 0 || cut == size) {
            throw new IllegalArgumentException("split portion " + portion + " of " + size + " images leaves a part empty");
        }
        return new SearchSplit(Arrays.copyOfRange(order, 0, cut), Arrays.copyOfRange(order, cut, size));
    }

    /**
     * Returns the first {@code n} indices of each part (the quick preset searches on a subset).
     *
     * @param trainSize images kept for search-train
     * @param validationSize images kept for search-validation
     * @return the smaller split
     */
    public SearchSplit limit(int trainSize, int validationSize) {
        return new SearchSplit(Arrays.copyOf(train, Math.min(trainSize, train.length)),
                Arrays.copyOf(validation, Math.min(validationSize, validation.length)));
    }

    /** Returns a Fisher–Yates permutation of 0 … size−1. */
    static int[] permutation(int size, SplittableRandom random) {
        int[] order = new int[size];
        Arrays.setAll(order, i -> i);
        for (int i = size - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SearchSplit s && Arrays.equals(train, s.train) && Arrays.equals(validation, s.validation);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(train) + Arrays.hashCode(validation);
    }

    @Override
    public String toString() {
        return "SearchSplit[train=" + train.length + ", validation=" + validation.length + "]";
    }
}
