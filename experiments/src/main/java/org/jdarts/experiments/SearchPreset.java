package org.jdarts.experiments;

import java.util.Locale;
import org.jdarts.space.ConfigException;

/**
 * Named starting points for {@code jdarts search}; every value can be overridden by a flag.
 *
 * @param name the preset's name
 * @param batchSize images per batch (each half)
 * @param channels C of the first cells
 * @param layers L cells
 * @param epochs search epochs
 * @param trainImages search-train images used (of the search-train half)
 * @param valImages search-validation images used for the architecture steps
 * @param evalImages search-validation images used for the end-of-epoch validation
 * @param arch Adam's settings of α
 */
public record SearchPreset(
        String name, int batchSize, int channels, int layers, int epochs, int trainImages, int valImages,
        int evalImages, ArchSettings arch) implements RunPreset {

    /** α's Adam settings of the DARTS reference: lr 3e-4, weight decay 1e-3, β1 0.5. */
    public static final ArchSettings REFERENCE_ARCH = new ArchSettings(3e-4, 1e-3);

    /** A preset with the reference's α settings. */
    public SearchPreset(String name, int batchSize, int channels, int layers, int epochs, int trainImages,
            int valImages, int evalImages) {
        this(name, batchSize, channels, layers, epochs, trainImages, valImages, evalImages, REFERENCE_ARCH);
    }

    /** The DARTS paper: batch 64, C 16, L 8, 50 epochs, the full 25,000/25,000 split. */
    public static final SearchPreset PAPER = new SearchPreset("paper", 64, 16, 8, 50, 25_000, 25_000, 25_000);

    /**
     * α's Adam settings of the quick preset: the reference's but for a learning rate 100 times
     * larger (3e-2), so that α moves within its 240 steps (docs/search.md, "A quick search whose α learn").
     */
    public static final ArchSettings QUICK_ARCH = new ArchSettings(3e-2, 1e-3);

    /**
     * Sized for a 2-core CPU: full 32×32 images, a narrower and shallower supernet, a few thousand
     * images and a few epochs, about 10 to 15 minutes; α's learning rate raised so that they learn
     * in that budget ({@link #QUICK_ARCH}).
     */
    public static final SearchPreset QUICK = new SearchPreset("quick", 32, 8, 5, 5, 1536, 1536, 1000, QUICK_ARCH);

    /** Returns this preset under another name (a budget that starts from it). */
    public SearchPreset renamed(String newName) {
        return new SearchPreset(newName, batchSize, channels, layers, epochs, trainImages, valImages, evalImages,
                arch);
    }

    /** Returns the SGD settings of the weights (the reference's for every preset). */
    @Override
    public SgdSettings sgd() {
        return SgdSettings.SEARCH;
    }

    /**
     * Returns the preset of that name.
     *
     * @param name {@code quick} or {@code paper}
     * @return the preset
     */
    public static SearchPreset named(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "quick" -> QUICK;
            case "paper" -> PAPER;
            default -> throw new ConfigException("preset", "must be quick or paper, got '" + name + "'");
        };
    }
}
