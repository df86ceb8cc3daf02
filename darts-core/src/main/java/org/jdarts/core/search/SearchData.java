package org.jdarts.core.search;

import ai.djl.training.dataset.Dataset;
import java.util.function.IntFunction;

/**
 * The data a search reads, as DJL datasets per epoch (so that each epoch's order and augmentation
 * are reproducible from the epoch number alone, which resumption relies on).
 *
 * @param train search-train batches of epoch e (weights)
 * @param validation search-validation batches of epoch e (α), as many as the train batches
 * @param evaluation search-validation batches for the end-of-epoch validation (inference mode)
 * @param steps bilevel steps per epoch (at most the batches of either half: both must have them)
 */
public record SearchData(IntFunction<Dataset> train, IntFunction<Dataset> validation, Dataset evaluation, int steps) {

    /** Validates the step count. */
    public SearchData {
        if (steps < 1) {
            throw new IllegalArgumentException("an epoch needs at least one step, got " + steps);
        }
    }
}
