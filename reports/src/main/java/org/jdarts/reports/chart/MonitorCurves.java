package org.jdarts.reports.chart;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.jdarts.core.run.Metric;
import org.jdarts.core.run.MetricsCsv;
import org.jdarts.core.run.SearchMonitors;

/**
 * A search's collapse monitors over the epochs ({@code monitors.csv}), side by side: skip
 * connections and parameter-free operations in the derived cells, the mean entropy of the edges'
 * architecture weights (beside ln |O|, its value for uniform weights, on a range that shows how far
 * it moved), and the dominant Hessian eigenvalue where it was estimated.
 */
public final class MonitorCurves extends EpochPanels {

    private static final Color NORMAL = new Color(0x1F77B4);
    private static final Color REDUCE = new Color(0xFF7F0E);
    private static final Color NORMAL_LIGHT = new Color(0x9EC5E8);
    private static final Color REDUCE_LIGHT = new Color(0xFFC58A);
    private static final Color EIGEN = new Color(0x2CA02C);

    /** The column of the uniform weights' entropy, ln |O|. */
    static final String UNIFORM = "entropy_uniform";
    private static final Color UNIFORM_COLOR = new Color(0x7F7F7F);

    /**
     * Creates the curves.
     *
     * @param monitors the search's monitors table
     * @param operations the operations an edge mixes (|O|, {@code none} included), or 0 when unknown
     *     (no reference line)
     */
    public MonitorCurves(MetricsCsv.Table monitors, int operations) {
        super(withUniform(monitors, operations), panels(monitors, operations));
    }

    /** Returns the table with a constant ln |O| column, or the table itself without operations. */
    private static MetricsCsv.Table withUniform(MetricsCsv.Table monitors, int operations) {
        return operations < 2 ? monitors : withConstant(monitors, UNIFORM, Math.log(operations));
    }

    private static List<EpochPanels.Panel> panels(MetricsCsv.Table monitors, int operations) {
        List<EpochPanels.Panel> list = new ArrayList<>();
        list.add(new EpochPanels.Panel("derived cells: skips and parameter-free ops", "edges of 8", 1,
                Metric.keys(Metric.SKIP_NORMAL, Metric.SKIP_REDUCE, Metric.PARAM_FREE_NORMAL, Metric.PARAM_FREE_REDUCE),
                List.of("skip, normal", "skip, reduce", "param.-free, normal", "param.-free, reduce"),
                List.of(NORMAL, REDUCE, NORMAL_LIGHT, REDUCE_LIGHT), true, true));
        boolean uniform = operations >= 2;
        list.add(new EpochPanels.Panel("mean entropy of softmax(α) per edge", "nats", 1,
                uniform ? List.of(Metric.ENTROPY_NORMAL.key(), Metric.ENTROPY_REDUCE.key(), UNIFORM)
                        : Metric.keys(Metric.ENTROPY_NORMAL, Metric.ENTROPY_REDUCE),
                uniform ? List.of("normal", "reduce", "uniform: ln " + operations) : List.of("normal", "reduce"),
                uniform ? List.of(NORMAL, REDUCE, UNIFORM_COLOR) : List.of(NORMAL, REDUCE), false, false));
        boolean estimated = false;
        for (double v : monitors.column(SearchMonitors.HESSIAN)) {
            estimated |= !Double.isNaN(v);
        }
        if (estimated) {
            list.add(new EpochPanels.Panel("dominant Hessian eigenvalue (val loss, α)", "eigenvalue", 1,
                    List.of(SearchMonitors.HESSIAN), List.of("estimate"), List.of(EIGEN), true, false));
        }
        return list;
    }
}
