package org.jdarts.cli;

import java.util.ArrayList;
import java.util.List;

/** The median of measured values (benchmarks report medians, not means). */
final class Median {

    private Median() {}

    /**
     * Returns the median.
     *
     * @param values at least one value
     * @return the middle value, or the mean of the two middle ones
     */
    static double of(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
