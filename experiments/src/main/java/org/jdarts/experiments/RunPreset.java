package org.jdarts.experiments;

/**
 * What the presets of a search and of a training run share: a name, the network's size, the data
 * budget and the weights' SGD settings, the values a {@link RunConfigBuilder} takes where none is set.
 */
public interface RunPreset {

    /** Returns the preset's name, as configurations record it. */
    String name();

    /** Returns C, the channels of the first cells. */
    int channels();

    /** Returns L, the number of cells. */
    int layers();

    /** Returns the epochs. */
    int epochs();

    /** Returns the images per batch. */
    int batchSize();

    /** Returns the training images used per epoch. */
    int trainImages();

    /** Returns the weights' SGD settings. */
    SgdSettings sgd();
}
