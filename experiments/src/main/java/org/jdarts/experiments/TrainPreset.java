package org.jdarts.experiments;

import java.util.Locale;
import org.jdarts.space.ConfigException;

/**
 * Named starting points for {@code jdarts train}; every value can be overridden by a flag.
 *
 * @param name the preset's name
 * @param channels C
 * @param layers L
 * @param batchSize images per batch
 * @param epochs epochs
 * @param trainImages training images used per epoch
 * @param lr initial learning rate
 * @param cutout cutout side (0: none)
 * @param dropPath final drop-path probability
 * @param auxWeight auxiliary loss weight (0: no auxiliary head)
 */
public record TrainPreset(String name, int channels, int layers, int batchSize, int epochs, int trainImages,
        double lr, int cutout, double dropPath, double auxWeight) implements RunPreset {

    /** quark0/darts {@code train.py}: C 36, L 20, batch 96, 600 epochs, cutout, drop-path 0.2, auxiliary 0.4. */
    public static final TrainPreset PAPER = new TrainPreset("paper", 36, 20, 96, 600, 50_000, 0.025, 16, 0.2, 0.4);

    /** Sized for a 2-core CPU (about 15 minutes): a small network, a few short epochs, a higher learning rate. */
    public static final TrainPreset QUICK = new TrainPreset("quick", 16, 6, 96, 3, 33_600, 0.1, 0, 0.0, 0.4);

    /** Returns the SGD settings: DARTS' {@code train.py} with this preset's learning rate. */
    @Override
    public SgdSettings sgd() {
        return SgdSettings.training(lr);
    }

    /**
     * Returns the preset of that name.
     *
     * @param name quick or paper
     * @return the preset
     */
    public static TrainPreset named(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "quick" -> QUICK;
            case "paper" -> PAPER;
            default -> throw new ConfigException("preset", "must be quick or paper, got '" + name + "'");
        };
    }
}
