package org.jdarts.reports.chart;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jdarts.core.run.MetricsCsv;
import org.jdarts.core.run.RunKind;
import org.jdarts.reports.figure.Figure;
import org.jfree.chart.JFreeChart;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * A run's curves over the epochs, side by side: loss and accuracy (train and validation for a
 * search, train and test for a training run), the learning rate, and a training run's drop-path
 * probability.
 */
public final class MetricCurves implements Figure {

    private static final int PANEL_WIDTH = 380;
    private static final int PANEL_HEIGHT = 290;
    private static final Color TRAIN = new Color(0x1F77B4);
    private static final Color HELD_OUT = new Color(0xD62728);
    private static final Color SCHEDULE = new Color(0x555555);

    private final MetricsCsv.Table metrics;
    private final List<Panel> panels;

    /** One panel: its title, value axis, and the columns it plots with their names and colours. */
    private record Panel(String title, String axis, double scale, List<String> columns, List<String> names,
            List<Color> colors) {}

    /**
     * Creates the curves of a run.
     *
     * @param kind search or training
     * @param metrics its metrics table
     */
    public MetricCurves(RunKind kind, MetricsCsv.Table metrics) {
        this.metrics = metrics;
        String heldOut = kind == RunKind.SEARCH ? "val" : "test";
        String heldOutName = kind == RunKind.SEARCH ? "validation" : "test";
        List<Panel> list = new ArrayList<>();
        list.add(new Panel("loss", "cross-entropy", 1, List.of("train_loss", heldOut + "_loss"),
                List.of("train", heldOutName), List.of(TRAIN, HELD_OUT)));
        list.add(new Panel("accuracy", "%", 100, List.of("train_acc", heldOut + "_acc"),
                List.of("train", heldOutName), List.of(TRAIN, HELD_OUT)));
        list.add(new Panel("learning rate", "lr", 1, List.of("lr"), List.of("lr (weights)"), List.of(SCHEDULE)));
        if (kind == RunKind.TRAINING) {
            list.add(new Panel("drop-path probability", "p", 1, List.of("drop_path"), List.of("drop-path"),
                    List.of(SCHEDULE)));
        }
        this.panels = list.stream().filter(p -> metrics.columns().containsAll(p.columns())).toList();
    }

    @Override
    public int width() {
        return PANEL_WIDTH * Math.max(1, panels.size());
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
        XYSeriesCollection data = ChartStyle.perEpoch(metrics, p.columns(), p.names(), p.scale());
        JFreeChart chart = ChartStyle.lines(p.title(), data, p.colors(), p.axis(), true);
        if (p.columns().get(0).equals("lr") || p.columns().get(0).equals("drop_path")) {
            ((org.jfree.chart.axis.NumberAxis) chart.getXYPlot().getRangeAxis()).setAutoRangeIncludesZero(true);
        }
        return chart;
    }
}
