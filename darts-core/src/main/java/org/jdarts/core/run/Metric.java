package org.jdarts.core.run;

import java.util.Arrays;
import java.util.List;

/**
 * The per-epoch metrics a run directory records, by their column names in {@code metrics.csv}
 * and {@code monitors.csv} (and their keys in the journal's epoch records), with the format each
 * is printed in. Code that reads or writes a metric names it here, not as a string.
 */
public enum Metric {
    /** The epoch, from 1. */
    EPOCH("epoch", "%d"),
    /** The weights' learning rate during the epoch. */
    LR("lr", "%.6g"),
    /** The drop-path probability of a training epoch. */
    DROP_PATH("drop_path", "%.4f"),
    /** Mean training cross-entropy. */
    TRAIN_LOSS("train_loss", "%.6f"),
    /** Training accuracy, in [0, 1]. */
    TRAIN_ACC("train_acc", "%.6f"),
    /** A search's search-validation cross-entropy. */
    VAL_LOSS("val_loss", "%.6f"),
    /** A search's search-validation accuracy. */
    VAL_ACC("val_acc", "%.6f"),
    /** A training run's test cross-entropy. */
    TEST_LOSS("test_loss", "%.6f"),
    /** A training run's test accuracy. */
    TEST_ACC("test_acc", "%.6f"),
    /** Seconds the epoch took. */
    SECONDS("seconds", "%.1f"),
    /** Skip connections in the derived normal cell. */
    SKIP_NORMAL("skip_normal", "%d"),
    /** Skip connections in the derived reduction cell. */
    SKIP_REDUCE("skip_reduce", "%d"),
    /** Parameter-free operations (pools, skip) in the derived normal cell. */
    PARAM_FREE_NORMAL("param_free_normal", "%d"),
    /** Parameter-free operations in the derived reduction cell. */
    PARAM_FREE_REDUCE("param_free_reduce", "%d"),
    /** Mean entropy of softmax(α) over the normal cell's edges. */
    ENTROPY_NORMAL("entropy_normal", "%.6f"),
    /** Mean entropy of softmax(α) over the reduction cell's edges. */
    ENTROPY_REDUCE("entropy_reduce", "%.6f"),
    /** The dominant Hessian eigenvalue estimate of the validation loss w.r.t. α (where estimated). */
    HESSIAN_EIGENVALUE("hessian_eigenvalue", "%.6g"),
    /** A cost-aware search: the expected cost of the derived network under softmax(α) after the epoch. */
    COST_EXPECTED("cost_expected", MetricsCsv.Column.WHOLE_OR_SIX),
    /** A cost-aware search: the exact cost of the genotype derived after the epoch. */
    COST_DERIVED("cost_derived", MetricsCsv.Column.WHOLE_OR_SIX),
    /** A cost-aware search: the weight λ of the cost term during the epoch. */
    COST_WEIGHT("cost_weight", "%.6g");

    private final String key;
    private final String format;

    Metric(String key, String format) {
        this.key = key;
        this.format = format;
    }

    /** Returns the column name ({@code val_acc}). */
    public String key() {
        return key;
    }

    /** Returns the column of a CSV file that records this metric. */
    public MetricsCsv.Column column() {
        return new MetricsCsv.Column(key, format);
    }

    /** Returns the column names of {@code metrics}, in order. */
    public static List<String> keys(Metric... metrics) {
        return Arrays.stream(metrics).map(Metric::key).toList();
    }

    /** Returns the column name. */
    @Override
    public String toString() {
        return key;
    }
}
