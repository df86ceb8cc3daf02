package org.jdarts.experiments.table9;

import java.util.List;

/**
 * A random genotype of the grid (the searches' baseline) and its finished trainings.
 *
 * @param seed the draw's seed
 * @param dir the folder of the drawn genotype
 * @param genotype the genotype in Python notation
 * @param parametersPaper parameters at the paper's evaluation size (C 36, L 20, auxiliary head excluded)
 * @param skipNormal skip connections in the normal cell
 * @param skipReduce skip connections in the reduction cell
 * @param evaluations its finished trainings
 */
public record RandomOutcome(int seed, String dir, String genotype, long parametersPaper, int skipNormal,
        int skipReduce, List<SearchOutcome.Evaluation> evaluations) {

    /** Returns the mean test error of its trainings, in points, or NaN without one. */
    public double meanTestError() {
        return evaluations.stream().mapToDouble(e -> 100 * e.testError()).average().orElse(Double.NaN);
    }
}
