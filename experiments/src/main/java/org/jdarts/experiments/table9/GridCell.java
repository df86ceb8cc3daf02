package org.jdarts.experiments.table9;

import java.nio.file.Path;

/**
 * One cell of an experiment grid: an ordinary search or training run directory.
 *
 * @param index the cell's number (what {@code --index} and a job array's task id name)
 * @param kind search or training
 * @param space the search space
 * @param searchSeed the search's seed
 * @param evalSeed the training's seed (0 for a search)
 * @param dir the run directory
 * @param searchDir the search run directory whose genotype a training trains (a search: its own)
 */
public record GridCell(int index, Kind kind, String space, int searchSeed, int evalSeed, Path dir, Path searchDir) {

    /** What a cell runs. */
    public enum Kind {
        /** A search. */
        SEARCH,
        /** The training and test of a search's genotype. */
        TRAINING
    }

    static GridCell search(int index, Path root, String space, int seed) {
        Path dir = root.resolve(space).resolve("search-" + seed);
        return new GridCell(index, Kind.SEARCH, space, seed, 0, dir, dir);
    }

    static GridCell training(int index, Path root, String space, int searchSeed, int evalSeed) {
        Path search = root.resolve(space).resolve("search-" + searchSeed);
        return new GridCell(index, Kind.TRAINING, space, searchSeed, evalSeed,
                root.resolve(space).resolve("search-" + searchSeed + "-train-" + evalSeed), search);
    }

    /** Describes the cell, such as {@code darts-ir search 2} or {@code darts-ir search 2, training 1}. */
    public String label() {
        return space + " search " + searchSeed + (kind == Kind.TRAINING ? ", training " + evalSeed : "");
    }
}
