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
    public static final String HESSIAN = "hessian_eigenvalue";

    /** The columns of {@value RunDirectory#MONITORS}, epoch first. */
    public static final List<MetricsCsv.Column> COLUMNS = List.of(new MetricsCsv.Column("epoch", "%d"),
            new MetricsCsv.Column("skip_normal", "%d"), new MetricsCsv.Column("skip_reduce", "%d"),
            new MetricsCsv.Column("param_free_normal", "%d"), new MetricsCsv.Column("param_free_reduce", "%d"),
            new MetricsCsv.Column("entropy_normal", "%.6f"), new MetricsCsv.Column("entropy_reduce", "%.6f"),
            new MetricsCsv.Column(HESSIAN, "%.6g"));

    private SearchMonitors() {}

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
            row.put("epoch", (double) r.epoch());
            row.put("skip_normal", (double) skips(g.normal()));
            row.put("skip_reduce", (double) skips(g.reduce()));
            row.put("param_free_normal", (double) count(g.normal(), parameterFree));
            row.put("param_free_reduce", (double) count(g.reduce(), parameterFree));
            row.put("entropy_normal", meanEntropy(r.weights().normal()));
            row.put("entropy_reduce", meanEntropy(r.weights().reduce()));
            row.put(HESSIAN, r.metrics().getOrDefault(HESSIAN, Double.NaN));
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
