package org.jdarts.reports.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.Rectangle2D;
import java.util.Locale;
import org.jdarts.reports.figure.Figure;
import org.jdarts.reports.style.CellNames;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYShapeAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.DefaultXYZDataset;

/**
 * A heatmap of one cell's softmax(α): one row per edge ({@code c_{k-2}→0} … {@code 2→3}), one
 * column per operation, each square annotated with its weight; the operation the genotype keeps on
 * an edge is outlined. The colour scale runs from the table's smallest to its largest weight.
 */
public final class AlphaHeatmap implements Figure {

    /** The annotation format of a weight. */
    public static final String VALUE_FORMAT = "%.3f";

    private static final Color LOW = new Color(0xF7FBFF);
    private static final Color HIGH = new Color(0x08306B);

    private final CellWeights table;

    /**
     * Creates the heatmap of a table.
     *
     * @param table the weights
     */
    public AlphaHeatmap(CellWeights table) {
        this.table = table;
    }

    /** Returns the width: the edge names, a column per operation, the colour scale. */
    @Override
    public int width() {
        return 190 + 96 * table.operations().size() + 110;
    }

    /** Returns the height: title and operation names, a row per edge, the note. */
    @Override
    public int height() {
        return 130 + 30 * table.edges().size();
    }

    @Override
    public void paint(Graphics2D g) {
        chart().draw(g, new Rectangle2D.Double(0, 0, width(), height()));
    }

    /** Returns the annotation text of a weight, as the figure prints it. */
    public static String label(double weight) {
        return String.format(Locale.ROOT, VALUE_FORMAT, weight);
    }

    JFreeChart chart() {
        int rows = table.edges().size();
        int columns = table.operations().size();
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        double[][] series = new double[3][rows * columns];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                double w = table.weights()[r][c];
                series[0][r * columns + c] = c;
                series[1][r * columns + c] = r;
                series[2][r * columns + c] = w;
                min = Math.min(min, w);
                max = Math.max(max, w);
            }
        }
        if (max - min < 1e-9) {
            max = min + 1e-9;
        }
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries("softmax(α)", series);
        Scale scale = new Scale(min, max);

        SymbolAxis x = new SymbolAxis(null, table.operations().toArray(String[]::new));
        x.setTickLabelFont(ChartStyle.TICK);
        x.setGridBandsVisible(false);
        x.setLowerMargin(0);
        x.setUpperMargin(0);
        String[] edgeLabels = table.edges().stream().map(CellNames::edge).toArray(String[]::new);
        SymbolAxis y = new SymbolAxis("edge", edgeLabels);
        y.setInverted(true);
        y.setGridBandsVisible(false);
        y.setTickLabelFont(ChartStyle.LABEL);
        y.setLabelFont(ChartStyle.LABEL);
        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setPaintScale(scale);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        plot.setDomainAxisLocation(AxisLocation.TOP_OR_LEFT);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setOutlinePaint(Color.GRAY);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);

        Font valueFont = new Font(ChartStyle.FONT, Font.PLAIN, 11);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                double w = table.weights()[r][c];
                XYTextAnnotation text = new XYTextAnnotation(label(w), c, r);
                text.setFont(valueFont);
                text.setTextAnchor(TextAnchor.CENTER);
                text.setPaint(scale.dark(w) ? Color.WHITE : Color.BLACK);
                plot.addAnnotation(text, false);
            }
        }
        for (int[] cell : table.keptCells()) {
            plot.addAnnotation(new XYShapeAnnotation(new Rectangle2D.Double(cell[1] - 0.46, cell[0] - 0.42, 0.92, 0.84),
                    new BasicStroke(3f), new Color(0xFFB000)), false);
        }

        JFreeChart chart = new JFreeChart(null, ChartStyle.TITLE, plot, false);
        chart.setTitle(new TextTitle(CellWeights.title(table.cell()) + " cell: softmax(α) after epoch "
                + table.epoch(), ChartStyle.TITLE));
        TextTitle note = new TextTitle(table.kept().isEmpty() ? "" : "outlined: the operation the genotype keeps on the edge",
                ChartStyle.LABEL);
        note.setPosition(RectangleEdge.BOTTOM);
        chart.addSubtitle(note);
        NumberAxis legendAxis = new NumberAxis();
        legendAxis.setRange(min, max);
        legendAxis.setTickLabelFont(ChartStyle.TICK);
        PaintScaleLegend legend = new PaintScaleLegend(scale, legendAxis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setMargin(new RectangleInsets(40, 10, 40, 10));
        legend.setStripWidth(14);
        chart.addSubtitle(legend);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(8, 8, 8, 8));
        return chart;
    }

    /** A sequential scale from a very light to a dark blue. */
    private record Scale(double lower, double upper) implements PaintScale {

        @Override
        public double getLowerBound() {
            return lower;
        }

        @Override
        public double getUpperBound() {
            return upper;
        }

        private double t(double value) {
            return Math.max(0, Math.min(1, (value - lower) / (upper - lower)));
        }

        boolean dark(double value) {
            return t(value) > 0.55;
        }

        @Override
        public Paint getPaint(double value) {
            double t = t(value);
            return new Color(mix(LOW.getRed(), HIGH.getRed(), t), mix(LOW.getGreen(), HIGH.getGreen(), t),
                    mix(LOW.getBlue(), HIGH.getBlue(), t));
        }

        private static int mix(int a, int b, double t) {
            return (int) Math.round(a + (b - a) * t);
        }
    }
}
