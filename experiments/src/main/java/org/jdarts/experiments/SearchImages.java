package org.jdarts.experiments;

import org.jdarts.space.ConfigException;

/**
 * How a search splits its training images: the search-validation images it uses, and the
 * fraction of the training set in the search-train half.
 *
 * @param valImages search-validation images used by the architecture steps
 * @param evalImages search-validation images used by the end-of-epoch validation
 * @param splitPortion fraction of the training set in the search-train half
 */
public record SearchImages(int valImages, int evalImages, double splitPortion) {

    /** Validates every value; a {@link ConfigException} names the field at fault. */
    public SearchImages {
        ConfigException.require(valImages >= 1, "valImages", "must be at least 1, got " + valImages);
        ConfigException.require(evalImages >= 1, "evalImages", "must be at least 1, got " + evalImages);
        ConfigException.require(splitPortion > 0 && splitPortion < 1, "splitPortion", "must be in (0, 1), got "
                + splitPortion);
    }
}
