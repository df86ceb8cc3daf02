package org.jdarts.data;

import ai.djl.ndarray.NDManager;
import ai.djl.training.dataset.Batch;
import ai.djl.training.dataset.Dataset;
import ai.djl.util.Progress;
import java.util.SplittableRandom;

/**
 * A DJL {@link Dataset} over some images of an {@link ImageSet}: batches of N×C×H×W normalised
 * floats and N int32 labels, shuffled and augmented from a seed, so that the batches of an epoch
 * are the same wherever and whenever they are produced.
 *
 * <p>Build it with {@link #builder()}; {@link #forEpoch(int)} gives the dataset of one epoch
 * (its own order and augmentation draws).
 */
public final class ImageDataset implements Dataset {

    private final ImageSet images;
    private final Normalization normalization;
    private final int[] indices;
    private final int batchSize;
    private final Augmentation augmentation;
    private final boolean shuffle;
    private final boolean dropLast;
    private final long baseSeed;
    private final int epoch;
    private final long seed;

    private ImageDataset(ImageDataset template, int epoch) {
        this(template.images, template.normalization, template.indices, template.batchSize, template.augmentation,
                template.shuffle, template.dropLast, template.baseSeed, epoch);
    }

    private ImageDataset(ImageSet images, Normalization normalization, int[] indices, int batchSize,
            Augmentation augmentation, boolean shuffle, boolean dropLast, long baseSeed, int epoch) {
        this.images = images;
        this.normalization = normalization;
        this.indices = indices;
        this.batchSize = batchSize;
        this.augmentation = augmentation;
        this.shuffle = shuffle;
        this.dropLast = dropLast;
        this.baseSeed = baseSeed;
        this.epoch = epoch;
        this.seed = new SplittableRandom(baseSeed * 0x9E3779B97F4A7C15L + epoch).nextLong();
    }

    /** Returns a builder. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the dataset of epoch {@code epoch}: same images, an order and augmentation derived
     * from the seed and the epoch.
     *
     * @param epoch the epoch, from 0
     * @return a dataset whose batches depend only on (seed, epoch)
     */
    public ImageDataset forEpoch(int epoch) {
        return new ImageDataset(this, epoch);
    }

    /** Returns the epoch this dataset's order and augmentation belong to. */
    public int epoch() {
        return epoch;
    }

    /** Returns the number of images. */
    public int size() {
        return indices.length;
    }

    /** Returns the number of batches an epoch yields. */
    public int batchCount() {
        return dropLast ? indices.length / batchSize : (indices.length + batchSize - 1) / batchSize;
    }

    /** Returns the batch size. */
    public int batchSize() {
        return batchSize;
    }

    @Override
    public Iterable<Batch> getData(NDManager manager) {
        int[] order = shuffle ? permute(indices, new SplittableRandom(seed)) : indices;
        BatchAssembler assembler = new BatchAssembler(images, normalization, augmentation);
        return () -> new ImageBatches(images, assembler, manager, order, batchSize, batchCount(), seed + 1);
    }

    @Override
    public void prepare(Progress progress) {
        // The images are already in memory.
    }

    private static int[] permute(int[] indices, SplittableRandom random) {
        int[] p = SearchSplit.permutation(indices.length, random);
        int[] out = new int[indices.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = indices[p[i]];
        }
        return out;
    }

    /** Builds a {@link ImageDataset}, validated in {@link #build()}. */
    public static final class Builder {
        private ImageSet images;
        private Normalization normalization;
        private int[] indices;
        private int batchSize;
        private Augmentation augmentation = Augmentation.NONE;
        private boolean shuffle;
        private boolean dropLast;
        private long seed;

        private Builder() {}

        /** Sets the source images (required). */
        public Builder setImages(ImageSet images) {
            this.images = images;
            return this;
        }

        /** Sets the per-channel normalisation (required; the training images' for every split). */
        public Builder setNormalization(Normalization normalization) {
            this.normalization = normalization;
            return this;
        }

        /** Restricts the dataset to these image indices (default: all). */
        public Builder optIndices(int[] indices) {
            this.indices = indices.clone();
            return this;
        }

        /** Sets the batch size (required, at least 1). */
        public Builder setBatchSize(int batchSize) {
            this.batchSize = batchSize;
            return this;
        }

        /** Sets the augmentation (default none). */
        public Builder optAugmentation(Augmentation augmentation) {
            this.augmentation = augmentation;
            return this;
        }

        /** Shuffles the order every epoch (default off). */
        public Builder optShuffle(boolean shuffle) {
            this.shuffle = shuffle;
            return this;
        }

        /** Drops a last, incomplete batch (default off). */
        public Builder optDropLast(boolean dropLast) {
            this.dropLast = dropLast;
            return this;
        }

        /** Sets the seed of the order and augmentation draws (default 0). */
        public Builder optSeed(long seed) {
            this.seed = seed;
            return this;
        }

        /** Validates and builds the dataset of epoch 0. */
        public ImageDataset build() {
            if (images == null) {
                throw new IllegalArgumentException("images are required");
            }
            if (normalization == null) {
                throw new IllegalArgumentException("a normalisation is required");
            }
            if (indices == null) {
                indices = images.allIndices();
            }
            for (int i : indices) {
                if (i < 0 || i >= images.size()) {
                    throw new IllegalArgumentException("image index " + i + " is outside 0.." + (images.size() - 1));
                }
            }
            if (batchSize < 1) {
                throw new IllegalArgumentException("batch size must be at least 1, got " + batchSize);
            }
            if (augmentation == null) {
                throw new IllegalArgumentException("augmentation must not be null");
            }
            new BatchAssembler(images, normalization, augmentation); // checks that both fit the images
            if (dropLast && indices.length < batchSize) {
                throw new IllegalArgumentException(
                        indices.length + " images make no complete batch of " + batchSize);
            }
            return new ImageDataset(images, normalization, indices, batchSize, augmentation, shuffle, dropLast, seed, 0);
        }
    }
}
