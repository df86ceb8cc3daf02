package org.jdarts.cli;

import picocli.CommandLine.Option;

/** Flags that override a preset's network size and data budget, shared by search and train. */
public final class PresetOverrides {

    @Option(names = "--epochs", description = "Epochs (default: the preset's).")
    Integer epochs;

    @Option(names = "--batch-size", description = "Images per batch (default: the preset's).")
    Integer batchSize;

    @Option(names = "--channels", paramLabel = "C", description = "Channels of the first cells (default: the preset's).")
    Integer channels;

    @Option(names = "--layers", paramLabel = "L",
            description = "Cells, reduction cells at L/3 and 2L/3 (default: the preset's).")
    Integer layers;

    @Option(names = "--train-images", description = "Training images used per epoch (default: the preset's).")
    Integer trainImages;

    /** Returns {@code value} when the flag was given, else the preset's {@code fallback}. */
    static int or(Integer value, int fallback) {
        return value != null ? value : fallback;
    }

    int epochs(int preset) {
        return or(epochs, preset);
    }

    int batchSize(int preset) {
        return or(batchSize, preset);
    }

    int channels(int preset) {
        return or(channels, preset);
    }

    int layers(int preset) {
        return or(layers, preset);
    }

    int trainImages(int preset) {
        return or(trainImages, preset);
    }
}
