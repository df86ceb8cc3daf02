package org.jdarts.experiments.table9;

import java.util.List;
import java.util.Map;

/**
 * A finished search of the grid and the evaluations of its genotype that have finished.
 *
 * @param seed the search's seed
 * @param dir its run directory
 * @param genotype its genotype in Python notation
 * @param parametersPaper parameters at the paper's evaluation size (C 36, L 20, auxiliary head excluded)
 * @param parametersBudget parameters at the budget's training size
 * @param multiplyAddsPaper multiply-adds per image at the paper's size
 * @param skipNormal skip connections in the normal cell
 * @param skipReduce skip connections in the reduction cell
 * @param operations how often each operation appears in both cells
 * @param seconds the search's compute time (sum of its epochs)
 * @param device the device it ran on
 * @param validationAccuracy its search-validation accuracy after the last epoch
 * @param evaluations its finished trainings
 */
public record SearchOutcome(int seed, String dir, String genotype, long parametersPaper, long parametersBudget,
        long multiplyAddsPaper, int skipNormal, int skipReduce, Map<String, Integer> operations, double seconds,
        String device, double validationAccuracy, List<Evaluation> evaluations) {

    /**
     * A finished training of a search's genotype.
     *
     * @param seed its seed
     * @param dir its run directory
     * @param testError the test error after its last epoch
     * @param testImages the test images it was measured on
     * @param seconds its compute time
     */
    public record Evaluation(int seed, String dir, double testError, int testImages, double seconds) {}
}
