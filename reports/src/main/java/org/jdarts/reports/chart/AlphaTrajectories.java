package org.jdarts.reports.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jdarts.core.genotype.ArchitectureWeights;
import org.jdarts.core.genotype.GenotypeEdge;
import org.jdarts.core.run.AlphaHistory;
import org.jdarts.reports.figure.Figure;
import org.jdarts.reports.style.CellNames;
import org.jdarts.reports.style.OperationColors;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * softmax(α) of one cell type over the epochs as small multiples: one panel per edge, laid out as
 * the cell is (a row per node, a column per input it can read), one line per operation in its
 * colour, all panels on one value scale (the cell's smallest to largest weight). The operation
 * the final genotype keeps on an edge is drawn thicker and the panel's title says it.
 */
public final class AlphaTrajectories implements Figure {

    private static final int PANEL_WIDTH = 250;
    private static final int PANEL_HEIGHT = 170;
    private static final int TOP = 40;
    private static final int LEGEND = 70;

    private final String cell;
    private final AlphaHistory history;
    private final Function<ArchitectureWeights, double[][]> select;
    private final List<GenotypeEdge> kept;
    private final int nodes;

    /**
     * Creates the figure.
     *
     * @param cell "normal" or "reduce"
     * @param history the α history
     * @param select picks the cell's table out of both
     * @param kept the final genotype's edges of the cell (may be empty)
     */
    public AlphaTrajectories(String cell, AlphaHistory history, Function<ArchitectureWeights, double[][]> select,
            List<GenotypeEdge> kept) {
        this.cell = cell;
        this.history = history;
        this.select = select;
        this.kept = List.copyOf(kept);
        int n = 0;
        while (n * (n + 3) / 2 < history.edges().size()) {
            n++;
        }
        this.nodes = n;
    }

    /** Returns the width: a panel per input a node can read (the last node reads them all). */
    @Override
    public int width() {
        return 20 + PANEL_WIDTH * (nodes + 1);
    }

    /** Returns the height: the title, a row of panels per node, the legend. */
    @Override
    public int height() {
        return TOP + PANEL_HEIGHT * nodes + LEGEND;
    }

    @Override
    public void paint(Graphics2D g) {
        ChartStyle.title(g, CellWeights.title(cell) + " cell: softmax(α) of every edge over the epochs", width(), 26);
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (AlphaHistory.Epoch e : history.epochs()) {
            for (double[] row : select.apply(e.weights())) {
                for (double w : row) {
                    low = Math.min(low, w);
                    high = Math.max(high, w);
                }
            }
        }
        double pad = Math.max((high - low) * 0.05, 1e-4);
        int edge = 0;
        for (int node = 0; node < nodes; node++) {
            for (int input = 0; input < node + 2 && edge < history.edges().size(); input++, edge++) {
                Rectangle2D area = new Rectangle2D.Double(10 + PANEL_WIDTH * input, TOP + PANEL_HEIGHT * node,
                        PANEL_WIDTH - 6, PANEL_HEIGHT - 6);
                panel(edge, low - pad, high + pad).draw(g, area);
            }
        }
        ChartStyle.operationLegend(g, history.operations(),
                new Rectangle2D.Double(20, TOP + PANEL_HEIGHT * nodes + 12, width() - 40, LEGEND));
    }

    private JFreeChart panel(int edge, double low, double high) {
        String name = history.edges().get(edge);
        String keptOp = keptOperation(name);
        XYSeriesCollection data = new XYSeriesCollection();
        List<Color> colors = new ArrayList<>();
        for (int op = 0; op < history.operations().size(); op++) {
            XYSeries series = new XYSeries(history.operations().get(op), false, true);
            for (AlphaHistory.Epoch e : history.epochs()) {
                series.add(e.epoch(), select.apply(e.weights())[edge][op]);
            }
            data.addSeries(series);
            colors.add(OperationColors.of(history.operations().get(op)));
        }
        String title = CellNames.edge(name) + (keptOp == null ? "" : "  (kept: " + keptOp + ")");
        JFreeChart chart = ChartStyle.lines(title, data, colors, null, false);
        XYPlot plot = chart.getXYPlot();
        plot.getRangeAxis().setRange(Math.max(0, low), Math.min(1, high));
        plot.getDomainAxis().setLabel(null);
        XYLineAndShapeRenderer renderer = (XYLineAndShapeRenderer) plot.getRenderer();
        for (int op = 0; op < history.operations().size(); op++) {
            boolean isKept = history.operations().get(op).equals(keptOp);
            renderer.setSeriesStroke(op, new BasicStroke(isKept ? 3.2f : 1.4f));
            renderer.setSeriesShape(op, new Ellipse2D.Double(-2, -2, 4, 4));
        }
        if (keptOp == null) {
            chart.getTitle().setPaint(Color.DARK_GRAY);
            chart.getTitle().setFont(ChartStyle.LABEL);
        }
        return chart;
    }

    private String keptOperation(String edgeName) {
        for (int e = 0; e < kept.size(); e++) {
            if (edgeName.equals((e / 2 + 2) + "<-" + kept.get(e).input())) {
                return kept.get(e).op();
            }
        }
        return null;
    }
}
