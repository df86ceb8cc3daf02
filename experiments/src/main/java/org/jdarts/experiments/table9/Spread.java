package org.jdarts.experiments.table9;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;

/**
 * The spread of a sample: size, mean, standard deviation (n − 1) and the 95% confidence interval
 * of the mean from Student's t distribution (NaN where the sample is too small).
 *
 * @param n the sample size
 * @param mean the mean
 * @param sd the standard deviation
 * @param low the interval's lower end
 * @param high the interval's upper end
 */
public record Spread(int n, double mean, double sd, double low, double high) {

    /** Returns the spread of values. */
    public static Spread of(double[] values) {
        DescriptiveStatistics s = new DescriptiveStatistics(values);
        int n = values.length;
        if (n == 0) {
            return new Spread(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        if (n == 1) {
            return new Spread(1, s.getMean(), Double.NaN, Double.NaN, Double.NaN);
        }
        double half = new TDistribution(n - 1).inverseCumulativeProbability(0.975) * s.getStandardDeviation()
                / Math.sqrt(n);
        return new Spread(n, s.getMean(), s.getStandardDeviation(), s.getMean() - half, s.getMean() + half);
    }
}
