package org.jdarts.core.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdarts.core.genotype.Genotype;
import org.jdarts.core.genotype.GenotypeEdge;

/**
 * The collapse monitors of a search, one row per epoch ({@value RunDirectory#MONITORS}): skip
 * connections and parameter-free operations in the derived normal and reduction cells, the mean
 * entropy of the edges' architecture weights per cell type, and the dominant eigenvalue of the
 * Hessian of the validation loss with respect to the architecture (empty on epochs without an
 * estimate).
 */
public final class SearchMonitors {

    /** The name of the skip connection in genotypes. */
    public static final String SKIP = "skip_connect";

    /** The metric under which an epoch's record keeps its eigenvalue estimate (NaN: none). */
    public static final String HESSIAN = Metric.HESSIAN_EIGENVALUE.key();

    /** The columns of {@value RunDirectory#MONITORS}, epoch first. */
    public static final List<MetricsCsv.Column> COLUMNS = List.of(Metric.EPOCH.column(),
            Metric.SKIP_NORMAL.column(), Metric.SKIP_REDUCE.column(),
            Metric.PARAM_FREE_NORMAL.column(), Metric.PARAM_FREE_REDUCE.column(),
            Metric.ENTROPY_NORMAL.column(), Metric.ENTROPY_REDUCE.column(),
            Metric.HESSIAN_EIGENVALUE.column());

    /** The columns a cost-aware search adds to {@value RunDirectory#MONITORS}. */
    public static final List<MetricsCsv.Column> COST_COLUMNS = List.of(Metric.COST_EXPECTED.column(),
            Metric.COST_DERIVED.column(), Metric.COST_WEIGHT.column());

    private SearchMonitors() {}

    /**
     * Returns the columns of a search's monitors: {@link #COLUMNS}, and {@link #COST_COLUMNS} when
     * its epochs recorded costs.
     *
     * @param journal the search's finished epochs
     * @return the columns
     */
    public static List<MetricsCsv.Column> columns(Journal journal) {
        EpochRecord first = journal.records().isEmpty() ? null : journal.records().get(0);
        if (first == null || !first.metrics().containsKey(Metric.COST_DERIVED.key())) {
            return COLUMNS;
        }
        List<MetricsCsv.Column> all = new ArrayList<>(COLUMNS);
        all.addAll(COST_COLUMNS);
        return all;
    }

    /**
     * Returns the monitor rows of every epoch in the journal.
     *
     * @param journal the search's finished epochs
     * @param parameterFree the names of the search space's parameter-free operations (pools, skip)
     * @return one row per epoch, a value per column
     */
    public static List<Map<String, Double>> rows(Journal journal, Set<String> parameterFree) {
        List<Map<String, Double>> rows = new ArrayList<>();
        for (EpochRecord r : journal.records()) {
            Map<String, Double> row = new LinkedHashMap<>();
            Genotype g = r.genotype();
            row.put(Metric.EPOCH.key(), (double) r.epoch());
            row.put(Metric.SKIP_NORMAL.key(), (double) skips(g.normal()));
            row.put(Metric.SKIP_REDUCE.key(), (double) skips(g.reduce()));
            row.put(Metric.PARAM_FREE_NORMAL.key(), (double) count(g.normal(), parameterFree));
            row.put(Metric.PARAM_FREE_REDUCE.key(), (double) count(g.reduce(), parameterFree));
            row.put(Metric.ENTROPY_NORMAL.key(), meanEntropy(r.weights().normal()));
            row.put(Metric.ENTROPY_REDUCE.key(), meanEntropy(r.weights().reduce()));
            row.put(HESSIAN, r.metrics().getOrDefault(HESSIAN, Double.NaN));
            for (MetricsCsv.Column c : COST_COLUMNS) {
                Double v = r.metrics().get(c.name());
                if (v != null) {
                    row.put(c.name(), v);
                }
            }
            rows.add(row);
        }
        return rows;
    }

    /** Returns the number of skip connections ({@value #SKIP}) among a cell's edges. */
    public static int skips(List<GenotypeEdge> cell) {
        return count(cell, Set.of(SKIP));
    }

    /** Returns the number of edges of a cell whose operation is one of {@code ops}. */
    public static int count(List<GenotypeEdge> cell, Set<String> ops) {
        return (int) cell.stream().filter(e -> ops.contains(e.op())).count();
    }

    /**
     * Returns the mean over the edges of the entropy (in nats) of each edge's weights, normalised
     * to sum to 1 first (so that edge-normalised weights are read as their softmax(α)).
     *
     * @param weights edges × operations
     * @return the mean entropy; ln(operations) for uniform weights, 0 for one-hot ones
     */
    public static double meanEntropy(double[][] weights) {
        double sum = 0;
        for (double[] row : weights) {
            sum += entropy(row);
        }
        return sum / weights.length;
    }

    /** Returns the entropy (nats) of a row of non-negative weights, normalised to sum to 1. */
    public static double entropy(double[] row) {
        double total = 0;
        for (double w : row) {
            total += w;
        }
        double h = 0;
        for (double w : row) {
            double p = w / total;
            if (p > 0) {
                h -= p * Math.log(p);
            }
        }
        return h;
    }
}
