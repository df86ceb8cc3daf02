package org.jdarts.experiments.table9;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.distribution.FDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * How a space's test errors split between searches and retrainings: the one-way random-effects
 * analysis of variance with searches as groups and each search's trainings (seeds) as the values
 * within them. Between-search spread is what one more search of the space may land on; within-search
 * spread is what retraining one cell does. The "± sd" of most DARTS papers is the second.
 *
 * @param searches groups (searches with at least one evaluation)
 * @param evaluations values over all groups
 * @param betweenSd the between-search standard deviation, sqrt(max(0, (MSB − MSW)/n₀)), points
 * @param withinSd the within-search (retraining) standard deviation, sqrt(MSW), points
 * @param icc the intraclass correlation σ²_between / (σ²_between + σ²_within)
 * @param f the F statistic MSB/MSW
 * @param p the F test's p-value (searches differ beyond retraining noise)
 * @param searchesFor80 searches per space (each trained as often as here) that a two-sided test at
 *     5% needs for 80% power to detect {@value #PAPER_DIFFERENCE} points, given these spreads
 * @param evalSeedsPerSearch the trainings per search that {@code searchesFor80} assumes (the mean here, rounded)
 */
public record VarianceSplit(int searches, int evaluations, double betweenSd, double withinSd, double icc, double f,
        double p, int searchesFor80, int evalSeedsPerSearch) {

    /** The size of the differences in the paper's table (darts 3.11% against sandglass 2.98%), points. */
    public static final double PAPER_DIFFERENCE = 0.13;

    /**
     * Splits the variance, or returns null when it cannot be split: fewer than two searches, or no
     * search trained twice.
     *
     * @param groups each search's test errors (points), one list per search
     * @return the split, or null
     */
    public static VarianceSplit of(List<double[]> groups) {
        List<double[]> g = groups.stream().filter(a -> a.length > 0).toList();
        int k = g.size();
        int n = g.stream().mapToInt(a -> a.length).sum();
        if (k < 2 || n - k < 1) {
            return null;
        }
        double grand = g.stream().flatMapToDouble(Arrays::stream).sum() / n;
        double ssb = 0;
        double ssw = 0;
        double sumSquares = 0;
        for (double[] a : g) {
            double mean = Arrays.stream(a).average().orElseThrow();
            ssb += a.length * (mean - grand) * (mean - grand);
            for (double v : a) {
                ssw += (v - mean) * (v - mean);
            }
            sumSquares += (double) a.length * a.length;
        }
        double msb = ssb / (k - 1);
        double msw = ssw / (n - k);
        double n0 = (n - sumSquares / n) / (k - 1);
        double between = Math.max(0, (msb - msw) / n0);
        double icc = between + msw == 0 ? Double.NaN : between / (between + msw);
        double f = msw == 0 ? Double.POSITIVE_INFINITY : msb / msw;
        double p = msw == 0 ? 0 : 1 - new FDistribution(k - 1, n - k).cumulativeProbability(f);
        int perSearch = (int) Math.round((double) n / k);
        NormalDistribution z = new NormalDistribution();
        double zSum = z.inverseCumulativeProbability(0.975) + z.inverseCumulativeProbability(0.8);
        double varianceOfASearchMean = between + msw / perSearch;
        int needed = (int) Math.ceil(2 * zSum * zSum * varianceOfASearchMean / (PAPER_DIFFERENCE * PAPER_DIFFERENCE));
        return new VarianceSplit(k, n, Math.sqrt(between), Math.sqrt(msw), icc, f, p, Math.max(2, needed), perSearch);
    }

    /** Says it in a sentence or two. */
    public String describe() {
        return String.format(Locale.ROOT, "between searches sd %.3f, within a search (retraining) sd %.3f points;"
                + " intraclass correlation %.2f (F = %.3g, p = %.3g; %d searches, %d evaluations). A difference of"
                + " %.2f points between two spaces needs about %d searches per space, each trained %d time(s),"
                + " for 80%% power (two-sided, 5%%).", betweenSd, withinSd, icc, f, p, searches, evaluations,
                PAPER_DIFFERENCE, searchesFor80, evalSeedsPerSearch);
    }
}
