package org.jdarts.cli;

import org.jdarts.experiments.SgdSettings;
import picocli.CommandLine.Option;

/**
 * The preset of {@code jdarts search} and {@code jdarts train} and the flags that override its
 * values: seed, network size, data budget and SGD settings.
 */
public final class PresetOptions {

    @Option(names = "--preset", paramLabel = "quick|paper", defaultValue = "quick",
            description = "Starting values (default: ${DEFAULT-VALUE}).")
    String preset;

    @Option(names = "--seed", description = "Seed (default: 2 to search, as the reference; 0 to train).")
    Long seed;

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

    @Option(names = "--lr", description = "Initial weight learning rate (default: the preset's).")
    Double lr;

    @Option(names = "--lr-min", description = "Cosine floor (default: the preset's).")
    Double lrMin;

    @Option(names = "--momentum", description = "SGD momentum (default: the preset's, 0.9).")
    Double momentum;

    @Option(names = "--weight-decay", description = "SGD weight decay (default: the preset's, 3e-4).")
    Double weightDecay;

    @Option(names = "--grad-clip", description = "Global gradient-norm bound (default: the preset's, 5).")
    Double gradClip;

    /** Returns {@code value} when the flag was given, else the preset's {@code fallback}. */
    static int or(Integer value, int fallback) {
        return value != null ? value : fallback;
    }

    private static double or(Double value, double fallback) {
        return value != null ? value : fallback;
    }

    /** Returns the preset's name as given. */
    String preset() {
        return preset;
    }

    long seed(long fallback) {
        return seed != null ? seed : fallback;
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

    /** Returns the preset's SGD settings with the flags that were given. */
    SgdSettings sgd(SgdSettings p) {
        return new SgdSettings(or(lr, p.lr()), or(lrMin, p.lrMin()), or(momentum, p.momentum()),
                or(weightDecay, p.weightDecay()), or(gradClip, p.gradClip()));
    }
}
