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
 * architecture weights, and the dominant Hessian eigenvalue where it was estimated.
 */
public final class MonitorCurves extends EpochPanels {

    private static final Color NORMAL = new Color(0x1F77B4);
    private static final Color REDUCE = new Color(0xFF7F0E);
    private static final Color NORMAL_LIGHT = new Color(0x9EC5E8);
    private static final Color REDUCE_LIGHT = new Color(0xFFC58A);
    private static final Color EIGEN = new Color(0x2CA02C);

    /**
     * Creates the curves.
     *
     * @param monitors the search's monitors table
     */
    public MonitorCurves(MetricsCsv.Table monitors) {
        super(monitors, panels(monitors));
    }

    private static List<EpochPanels.Panel> panels(MetricsCsv.Table monitors) {
        List<EpochPanels.Panel> list = new ArrayList<>();
        list.add(new EpochPanels.Panel("derived cells: skips and parameter-free ops", "edges of 8", 1,
                Metric.keys(Metric.SKIP_NORMAL, Metric.SKIP_REDUCE, Metric.PARAM_FREE_NORMAL, Metric.PARAM_FREE_REDUCE),
                List.of("skip, normal", "skip, reduce", "param.-free, normal", "param.-free, reduce"),
                List.of(NORMAL, REDUCE, NORMAL_LIGHT, REDUCE_LIGHT), true, true));
        list.add(new EpochPanels.Panel("mean entropy of softmax(α) per edge", "nats", 1,
                Metric.keys(Metric.ENTROPY_NORMAL, Metric.ENTROPY_REDUCE), List.of("normal", "reduce"), List.of(NORMAL, REDUCE),
                true, false));
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
