package org.jdarts.cli;

import java.util.function.Consumer;
import org.jdarts.experiments.RunConfigBuilder;
import org.jdarts.experiments.SearchConfig;
import org.jdarts.experiments.SearchPreset;
import org.jdarts.experiments.SgdSettings;
import org.jdarts.experiments.TrainConfig;
import org.jdarts.experiments.TrainPreset;
import picocli.CommandLine.Option;

/**
 * The preset of {@code jdarts search} and {@code jdarts train} and the flags that override its
 * values: seed, network size, data budget and SGD settings.
 */
public final class PresetOptions {

    @Option(names = "--preset", paramLabel = "quick|paper", defaultValue = "quick",
            description = "Starting values (default: ${DEFAULT-VALUE}).")
    String preset;

    @Option(names = "--seed", description = "Seed (default: " + SearchConfig.DEFAULT_SEED + " to search, as the reference; "
            + TrainConfig.DEFAULT_SEED + " to train).")
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

    /**
     * Returns a search configuration builder with the preset and the flags that were given (the
     * others keep the builder's defaults).
     *
     * @return the builder
     */
    SearchConfig.Builder search() {
        SearchPreset p = SearchPreset.named(preset);
        return given(SearchConfig.builder().optPreset(p), p.sgd());
    }

    /**
     * Returns a training configuration builder with the preset and the flags that were given (the
     * others keep the builder's defaults).
     *
     * @return the builder
     */
    TrainConfig.Builder train() {
        TrainPreset p = TrainPreset.named(preset);
        return given(TrainConfig.builder().optPreset(p), p.sgd());
    }

    /** Sets the values whose flags were given, the SGD settings on top of the preset's. */
    private <B extends RunConfigBuilder<B, ?>> B given(B b, SgdSettings presetSgd) {
        ifGiven(seed, b::optSeed);
        ifGiven(epochs, b::optEpochs);
        ifGiven(batchSize, b::optBatchSize);
        ifGiven(channels, b::optChannels);
        ifGiven(layers, b::optLayers);
        ifGiven(trainImages, b::optTrainImages);
        return b.optSgd(sgd(presetSgd));
    }

    /** Passes {@code value} on when the flag was given. */
    static <T> void ifGiven(T value, Consumer<T> setter) {
        if (value != null) {
            setter.accept(value);
        }
    }

    private static double or(Double value, double fallback) {
        return value != null ? value : fallback;
    }

    /** Returns the preset's SGD settings with the flags that were given. */
    private SgdSettings sgd(SgdSettings p) {
        return new SgdSettings(or(lr, p.lr()), or(lrMin, p.lrMin()), or(momentum, p.momentum()),
                or(weightDecay, p.weightDecay()), or(gradClip, p.gradClip()));
    }
}
