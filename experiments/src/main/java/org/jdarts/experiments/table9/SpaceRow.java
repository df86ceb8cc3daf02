package org.jdarts.experiments.table9;

import java.util.List;
import java.util.Map;

/**
 * One space's row of the table: our numbers over every finished search and evaluation, the
 * paper's beside them, and the comparison with the original space.
 *
 * @param space the search space
 * @param operations its operations other than {@code none}
 * @param searches its finished searches, with their evaluations
 * @param testError test error over all evaluations
 * @param testErrorOverSearches test error over searches (each search's mean over its evaluations)
 * @param parametersPaper mean parameters at C 36, L 20
 * @param parametersBudget mean parameters at the budget's training size
 * @param multiplyAddsPaper mean multiply-adds at C 36, L 20
 * @param skipNormal mean skip connections in the normal cell
 * @param skipReduce mean skip connections in the reduction cell
 * @param histogram operation counts over the derived cells of all searches
 * @param searchSeconds mean compute time of a search
 * @param devices the devices the searches ran on
 * @param paper the paper's row
 * @param welch Welch's t-test against {@code darts}, or null (for {@code darts} itself)
 * @param random the space's random genotypes with their trainings (empty in a grid without them)
 * @param randomTestError test error over all trainings of random genotypes
 * @param againstRandom searched against random genotypes, or null in a grid without random ones
 * @param varianceSplit between- and within-search spread, or null where it cannot be split (fewer
 *     than two searches, or no search trained twice)
 */
public record SpaceRow(String space, int operations, List<SearchOutcome> searches, Spread testError,
        Spread testErrorOverSearches, double parametersPaper, double parametersBudget, double multiplyAddsPaper,
        double skipNormal, double skipReduce, Map<String, Integer> histogram, double searchSeconds,
        List<String> devices, PaperRow paper, Welch welch, List<RandomOutcome> random, Spread randomTestError,
        AgainstRandom againstRandom, VarianceSplit varianceSplit) {

    /**
     * The paper's row (Table 9 of the MobileNeXt paper; a single number each, n = 1).
     *
     * @param testError test error, %
     * @param parametersMillions parameters, millions
     * @param operations operations in the space
     */
    public record PaperRow(double testError, double parametersMillions, String operations) {

        /** Returns the paper's row of a space, or null for a space the paper has no row for. */
        public static PaperRow of(String space) {
            return switch (space) {
                case "darts" -> new PaperRow(3.11, 3.25, "7 (+ none)");
                case "darts-ir" -> new PaperRow(3.26, 3.29, "8");
                case "darts-sandglass" -> new PaperRow(2.98, 2.45, "8");
                default -> null;
            };
        }
    }

    /**
     * Welch's unequal-variances t-test of this space's test errors against {@code darts}'.
     *
     * @param t the t statistic (NaN when not computable)
     * @param p the two-sided p-value (NaN when not computable)
     * @param verdict a plain sentence
     */
    public record Welch(double t, double p, String verdict) {}
}
