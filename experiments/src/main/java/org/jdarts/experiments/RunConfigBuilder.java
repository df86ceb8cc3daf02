package org.jdarts.experiments;

import org.jdarts.space.ConfigException;

/**
 * What the builders of a search's and a training run's configuration share: the preset, the
 * network's size, the data budget, the seed and the weights' SGD settings, each defaulting to the
 * preset's (or the builder's) value unless set.
 *
 * @param <B> the concrete builder, returned by every setter
 * @param <P> the kind of preset it starts from
 */
public abstract class RunConfigBuilder<B extends RunConfigBuilder<B, P>, P extends RunPreset> {

    /** The preset the values not set are taken from. */
    protected P preset;

    /** C, or null for the preset's. */
    protected Integer channels;
    /** L, or null for the preset's. */
    protected Integer layers;
    /** Epochs, or null for the preset's. */
    protected Integer epochs;
    /** Images per batch, or null for the preset's. */
    protected Integer batchSize;
    /** Training images per epoch, or null for the preset's. */
    protected Integer trainImages;
    /** The seed. */
    protected long seed;
    /** The SGD settings, or null for the preset's. */
    protected SgdSettings sgd;
    /** The initial learning rate overriding the SGD settings', or null. */
    protected Double lr;

    /**
     * Creates the builder.
     *
     * @param defaultPreset the preset unless one is set
     * @param defaultSeed the seed unless one is set
     */
    protected RunConfigBuilder(P defaultPreset, long defaultSeed) {
        this.preset = defaultPreset;
        this.seed = defaultSeed;
    }

    /** Returns this builder as its concrete type. */
    @SuppressWarnings("unchecked")
    protected final B self() {
        return (B) this;
    }

    /** Sets the preset whose values those not set otherwise take (default: quick). */
    public B optPreset(P starting) {
        this.preset = starting;
        return self();
    }

    /** Sets C, the channels of the first cells (default: the preset's). */
    public B optChannels(int c) {
        this.channels = c;
        return self();
    }

    /** Sets L, the number of cells (default: the preset's). */
    public B optLayers(int l) {
        this.layers = l;
        return self();
    }

    /** Sets the epochs (default: the preset's). */
    public B optEpochs(int n) {
        this.epochs = n;
        return self();
    }

    /** Sets the images per batch (default: the preset's). */
    public B optBatchSize(int n) {
        this.batchSize = n;
        return self();
    }

    /** Sets the training images used per epoch (default: the preset's). */
    public B optTrainImages(int n) {
        this.trainImages = n;
        return self();
    }

    /** Sets the seed of initialisation, data order and augmentation. */
    public B optSeed(long value) {
        this.seed = value;
        return self();
    }

    /** Sets the weights' SGD settings (default: the preset's). */
    public B optSgd(SgdSettings settings) {
        this.sgd = settings;
        return self();
    }

    /** Sets the initial learning rate of the weights, keeping the other SGD settings. */
    public B optLr(double value) {
        this.lr = value;
        return self();
    }

    /**
     * Checks what every configuration needs before it is built: its subject and a preset.
     *
     * @param subject the search space or genotype
     * @param field its field's name
     * @throws ConfigException naming the field that is missing
     */
    protected final void requireSubject(String subject, String field) {
        ConfigException.require(subject != null && !subject.isBlank(), field, "is required");
        ConfigException.require(preset != null, "preset", "is required");
    }

    /** Returns C as set, else the preset's. */
    protected final int channels() {
        return or(channels, preset.channels());
    }

    /** Returns L as set, else the preset's. */
    protected final int layers() {
        return or(layers, preset.layers());
    }

    /** Returns the epochs as set, else the preset's. */
    protected final int epochs() {
        return or(epochs, preset.epochs());
    }

    /** Returns the batch size as set, else the preset's. */
    protected final int batchSize() {
        return or(batchSize, preset.batchSize());
    }

    /** Returns the training images as set, else the preset's. */
    protected final int trainImages() {
        return or(trainImages, preset.trainImages());
    }

    /** Returns the sizes as set, else the preset's (validated). */
    protected final RunSizes sizes() {
        return new RunSizes(channels(), layers(), epochs(), batchSize(), trainImages());
    }

    /** Returns the SGD settings set, else the preset's, with the learning rate set if one was. */
    protected final SgdSettings sgdSettings() {
        SgdSettings s = sgd != null ? sgd : preset.sgd();
        return lr == null ? s : new SgdSettings(lr, s.lrMin(), s.momentum(), s.weightDecay(), s.gradClip());
    }

    /** Returns {@code value} when it was set, else {@code fallback}. */
    protected static int or(Integer value, int fallback) {
        return value != null ? value : fallback;
    }
}
