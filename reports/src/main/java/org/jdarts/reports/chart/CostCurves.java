package org.jdarts.reports.chart;

import java.awt.Color;
import java.util.List;
import org.jdarts.core.run.Metric;
import org.jdarts.core.run.MetricsCsv;

/**
 * A cost-aware search's cost over the epochs ({@code monitors.csv}): the expected cost of the
 * derived network under softmax(α) and the exact cost of the genotype derived after each epoch (in
 * millions), and the weight of the cost term.
 */
public final class CostCurves extends EpochPanels {

    private static final Color EXPECTED = new Color(0x9467BD);
    private static final Color DERIVED = new Color(0xD62728);
    private static final Color WEIGHT = new Color(0x7F7F7F);

    /**
     * Creates the curves.
     *
     * @param monitors the search's monitors table, with the cost columns
     * @param kind what the cost counts ({@code params}, {@code macs}, {@code latency})
     * @param target the target, drawn as a line beside the costs, or null for a fixed weight
     */
    public CostCurves(MetricsCsv.Table monitors, String kind, Double target) {
        super(withTarget(monitors, target), List.of(
                new EpochPanels.Panel("cost of the derived network (" + kind + ")",
                        "latency".equals(kind) ? "ms at batch 1" : "millions", "latency".equals(kind) ? 1 : 1e-6,
                        target == null ? Metric.keys(Metric.COST_EXPECTED, Metric.COST_DERIVED)
                                : List.of(Metric.COST_EXPECTED.key(), Metric.COST_DERIVED.key(), TARGET),
                        target == null ? List.of("expected under softmax(α)", "derived genotype")
                                : List.of("expected under softmax(α)", "derived genotype", "target"),
                        List.of(EXPECTED, DERIVED, TARGET_COLOR), false, false),
                new EpochPanels.Panel("weight of the cost term", "λ", 1, Metric.keys(Metric.COST_WEIGHT),
                        List.of("λ"), List.of(WEIGHT), true, false)));
    }

    private static final String TARGET = "cost_target";
    private static final Color TARGET_COLOR = new Color(0x2CA02C);

    /** Returns the table with a constant target column, or the table itself without a target. */
    private static MetricsCsv.Table withTarget(MetricsCsv.Table monitors, Double target) {
        return target == null ? monitors : withConstant(monitors, TARGET, target);
    }
}
