package org.jdarts.core.run;

import java.util.List;

/** What a run directory holds: a search or the training of a genotype's network. */
public enum RunKind {

    /** An architecture search. */
    SEARCH("search", MetricsCsv.SEARCH_COLUMNS),

    /** The training and test of a genotype's network. */
    TRAINING("training", MetricsCsv.TRAINING_COLUMNS);

    private final String label;
    private final List<MetricsCsv.Column> columns;

    RunKind(String label, List<MetricsCsv.Column> columns) {
        this.label = label;
        this.columns = columns;
    }

    /** Returns the columns of this kind's {@code metrics.csv}, epoch first. */
    public List<MetricsCsv.Column> metricColumns() {
        return columns;
    }

    @Override
    public String toString() {
        return label;
    }
}
