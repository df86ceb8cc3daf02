package org.jdarts.reports.chart;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdarts.core.run.MetricsCsv;
import org.jdarts.reports.figure.Figure;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;

/**
 * Line charts of one per-epoch table side by side, one panel per group of its columns: what
 * {@link MetricCurves} and {@link MonitorCurves} draw, each with its own panels.
 */
abstract class EpochPanels implements Figure {

    private static final int PANEL_WIDTH = 380;
    private static final int PANEL_HEIGHT = 290;

    private final MetricsCsv.Table table;
    private final List<Panel> panels;

    /**
     * One panel: its title, value axis, the factor its values are multiplied by, the columns it plots
     * with their names and colours, whether the value axis starts at zero and whether it counts.
     */
    record Panel(String title, String axis, double scale, List<String> columns, List<String> names,
            List<Color> colors, boolean fromZero, boolean counts) {}

    /**
     * Creates the figure.
     *
     * @param table the per-epoch table, with an {@code epoch} column
     * @param panels the panels, left to right
     */
    EpochPanels(MetricsCsv.Table table, List<Panel> panels) {
        this.table = table;
        this.panels = List.copyOf(panels);
    }

    @Override
    public final int width() {
        return PANEL_WIDTH * Math.max(1, panels.size());
    }

    @Override
    public final int height() {
        return PANEL_HEIGHT;
    }

    @Override
    public final void paint(Graphics2D g) {
        for (int i = 0; i < panels.size(); i++) {
            chart(panels.get(i)).draw(g, new Rectangle2D.Double(PANEL_WIDTH * i, 0, PANEL_WIDTH - 8, PANEL_HEIGHT));
        }
    }

    private JFreeChart chart(Panel p) {
        JFreeChart chart = ChartStyle.lines(p.title(),
                ChartStyle.perEpoch(table, p.columns(), p.names(), p.scale()), p.colors(), p.axis(), true);
        NumberAxis y = (NumberAxis) chart.getXYPlot().getRangeAxis();
        if (p.fromZero()) {
            y.setAutoRangeIncludesZero(true);
        }
        if (p.counts()) {
            y.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        }
        return chart;
    }

    /**
     * Returns a table with one more column holding the same value in every row (a reference line).
     *
     * @param table the per-epoch table
     * @param column the new column's name
     * @param value its value
     * @return a copy with the column
     */
    static MetricsCsv.Table withConstant(MetricsCsv.Table table, String column, double value) {
        List<String> columns = new ArrayList<>(table.columns());
        columns.add(column);
        List<Map<String, Double>> rows = new ArrayList<>();
        for (Map<String, Double> row : table.rows()) {
            Map<String, Double> copy = new LinkedHashMap<>(row);
            copy.put(column, value);
            rows.add(copy);
        }
        return new MetricsCsv.Table(columns, rows);
    }
}
