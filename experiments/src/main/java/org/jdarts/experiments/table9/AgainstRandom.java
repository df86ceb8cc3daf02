package org.jdarts.experiments.table9;

import java.util.Arrays;
import java.util.Locale;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import org.apache.commons.math3.stat.inference.TTest;

/**
 * A space's searched genotypes against its random ones, trained the same way: Welch's t-test on
 * the genotypes' mean test errors (one value per genotype: its trainings are not independent), and
 * the power that the test had to detect a difference of the paper's size.
 *
 * @param searched searched genotypes with at least one training
 * @param random random genotypes with at least one training
 * @param searchedMean their mean test error, points
 * @param randomMean the random ones', points
 * @param t Welch's t (searched minus random), NaN when not testable
 * @param p its two-sided p-value, NaN when not testable
 * @param power the power to detect {@value VarianceSplit#PAPER_DIFFERENCE} points at 5% with these n and
 *     spreads (normal approximation), NaN when not testable
 * @param verdict a plain sentence
 */
public record AgainstRandom(int searched, int random, double searchedMean, double randomMean, double t, double p,
        double power, String verdict) {

    /**
     * Compares.
     *
     * @param searched each searched genotype's mean test error, points
     * @param random each random genotype's mean test error, points
     * @return the comparison ("not testable" where n &lt; 2 on either side)
     */
    public static AgainstRandom of(double[] searched, double[] random) {
        double sm = Arrays.stream(searched).average().orElse(Double.NaN);
        double rm = Arrays.stream(random).average().orElse(Double.NaN);
        if (searched.length < 2 || random.length < 2) {
            return new AgainstRandom(searched.length, random.length, sm, rm, Double.NaN, Double.NaN, Double.NaN,
                    String.format(Locale.ROOT, "not testable: Welch's t-test needs at least 2 searched and 2 random"
                            + " genotypes with a training (here %d and %d)", searched.length, random.length));
        }
        TTest test = new TTest();
        double t = test.t(searched, random);
        double p = test.tTest(searched, random);
        double se = Math.sqrt(variance(searched) / searched.length + variance(random) / random.length);
        NormalDistribution z = new NormalDistribution();
        double critical = z.inverseCumulativeProbability(0.975);
        double shift = VarianceSplit.PAPER_DIFFERENCE / se;
        double power = se == 0 ? 1 : z.cumulativeProbability(shift - critical) + z.cumulativeProbability(-shift - critical);
        String verdict;
        if (p < Table9.ALPHA) {
            verdict = String.format(Locale.ROOT, "the searched genotypes are %s than the random ones (%.2f%% against"
                    + " %.2f%%, p = %.3g < %.2f)", sm < rm ? "better" : "worse", sm, rm, p, Table9.ALPHA);
        } else {
            verdict = String.format(Locale.ROOT, "searched and random genotypes are not distinguishable at this budget"
                    + " (%.2f%% against %.2f%%, p = %.3g ≥ %.2f; power to detect %.2f points: %.0f%%)", sm, rm, p,
                    Table9.ALPHA, VarianceSplit.PAPER_DIFFERENCE, 100 * power);
        }
        return new AgainstRandom(searched.length, random.length, sm, rm, t, p, power, verdict);
    }

    private static double variance(double[] values) {
        return new DescriptiveStatistics(values).getVariance();
    }
}
