package org.jdarts.reports.chart;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jdarts.core.run.MetricsCsv;
import org.jdarts.core.run.SearchMonitors;
import org.jdarts.reports.figure.Figure;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * A search's collapse monitors over the epochs ({@code monitors.csv}), side by side: skip
 * connections and parameter-free operations in the derived cells, the mean entropy of the edges'
 * architecture weights, and the dominant Hessian eigenvalue where it was estimated.
 */
public final class MonitorCurves implements Figure {

    private static final int PANEL_WIDTH = 380;
    private static final int PANEL_HEIGHT = 290;
    private static final Color NORMAL = new Color(0x1F77B4);
    private static final Color REDUCE = new Color(0xFF7F0E);
    private static final Color NORMAL_LIGHT = new Color(0x9EC5E8);
    private static final Color REDUCE_LIGHT = new Color(0xFFC58A);
    private static final Color EIGEN = new Color(0x2CA02C);

    private final MetricsCsv.Table monitors;
    private final List<Panel> panels = new ArrayList<>();

    private record Panel(String title, String axis, List<String> columns, List<String> names, List<Color> colors,
            boolean counts) {}

    /**
     * Creates the curves.
     *
     * @param monitors the search's monitors table
     */
    public MonitorCurves(MetricsCsv.Table monitors) {
        this.monitors = monitors;
        panels.add(new Panel("derived cells: skips and parameter-free ops", "edges of 8",
                List.of("skip_normal", "skip_reduce", "param_free_normal", "param_free_reduce"),
                List.of("skip, normal", "skip, reduce", "param.-free, normal", "param.-free, reduce"),
                List.of(NORMAL, REDUCE, NORMAL_LIGHT, REDUCE_LIGHT), true));
        panels.add(new Panel("mean entropy of softmax(α) per edge", "nats", List.of("entropy_normal", "entropy_reduce"),
                List.of("normal", "reduce"), List.of(NORMAL, REDUCE), false));
        boolean estimated = false;
        for (double v : monitors.column(SearchMonitors.HESSIAN)) {
            estimated |= !Double.isNaN(v);
        }
        if (estimated) {
            panels.add(new Panel("dominant Hessian eigenvalue (val loss, α)", "eigenvalue",
                    List.of(SearchMonitors.HESSIAN), List.of("estimate"), List.of(EIGEN), false));
        }
    }

    @Override
    public int width() {
        return PANEL_WIDTH * panels.size();
    }

    @Override
    public int height() {
        return PANEL_HEIGHT;
    }

    @Override
    public void paint(Graphics2D g) {
        for (int i = 0; i < panels.size(); i++) {
            chart(panels.get(i)).draw(g, new Rectangle2D.Double(PANEL_WIDTH * i, 0, PANEL_WIDTH - 8, PANEL_HEIGHT));
        }
    }

    private JFreeChart chart(Panel p) {
        XYSeriesCollection data = ChartStyle.perEpoch(monitors, p.columns(), p.names(), 1);
        JFreeChart chart = ChartStyle.lines(p.title(), data, p.colors(), p.axis(), true);
        NumberAxis y = (NumberAxis) chart.getXYPlot().getRangeAxis();
        y.setAutoRangeIncludesZero(true);
        if (p.counts()) {
            y.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        }
        return chart;
    }
}
