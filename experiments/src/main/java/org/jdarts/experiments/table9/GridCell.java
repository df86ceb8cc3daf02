package org.jdarts.experiments.table9;

import java.nio.file.Path;

/**
 * One cell of an experiment grid: an ordinary search or training run directory.
 *
 * @param index the cell's number (what {@code --index} and a job array's task id name)
 * @param kind search, training of a search's genotype, or training of a random genotype
 * @param space the search space
 * @param searchSeed the search's seed (a random genotype's: the draw's seed)
 * @param evalSeed the training's seed (0 for a search)
 * @param dir the run directory
 * @param searchDir the search run directory whose genotype a training trains (a search: its own; a
 *     random genotype's training: the folder of the drawn genotype, {@link org.jdarts.experiments.SampledGenotype})
 */
public record GridCell(int index, Kind kind, String space, int searchSeed, int evalSeed, Path dir, Path searchDir) {

    /** What a cell runs. */
    public enum Kind {
        /** A search. */
        SEARCH,
        /** The training and test of a search's genotype. */
        TRAINING,
        /** The training and test of a genotype drawn at random from the space, the search's baseline. */
        RANDOM
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

    static GridCell random(int index, Path root, String space, int drawSeed, int evalSeed) {
        return new GridCell(index, Kind.RANDOM, space, drawSeed, evalSeed,
                root.resolve(space).resolve("random-" + drawSeed + "-train-" + evalSeed),
                root.resolve(space).resolve("random-" + drawSeed));
    }

    /**
     * Describes the cell, such as {@code darts-ir search 2}, {@code darts-ir search 2, training 1}
     * or {@code darts-ir random 1, training 2}.
     */
    public String label() {
        return switch (kind) {
            case SEARCH -> space + " search " + searchSeed;
            case TRAINING -> space + " search " + searchSeed + ", training " + evalSeed;
            case RANDOM -> space + " random " + searchSeed + ", training " + evalSeed;
        };
    }
}
