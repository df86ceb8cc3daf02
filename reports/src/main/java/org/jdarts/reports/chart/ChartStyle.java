package org.jdarts.reports.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jdarts.core.run.Metric;
import org.jdarts.core.run.MetricsCsv;
import org.jdarts.reports.style.OperationColors;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** The look every chart shares: fonts, a white plot with a light grid, epochs as whole numbers, the operations' legend. */
final class ChartStyle {

    static final String FONT = "SansSerif";
    static final Font TITLE = new Font(FONT, Font.BOLD, 15);
    static final Font PANEL_TITLE = new Font(FONT, Font.BOLD, 12);
    static final Font LABEL = new Font(FONT, Font.PLAIN, 12);
    static final Font TICK = new Font(FONT, Font.PLAIN, 11);
    static final Color GRID = new Color(0xDDDDDD);

    private ChartStyle() {}

    /**
     * Returns a line chart of series over epochs, with a point on every epoch (so that a run of
     * one epoch shows too).
     *
     * @param title the panel's title
     * @param data the series
     * @param colors one colour per series
     * @param yLabel the value axis label
     * @param legend whether to show a legend
     * @return the chart
     */
    static JFreeChart lines(String title, XYSeriesCollection data, List<Color> colors, String yLabel, boolean legend) {
        NumberAxis x = new NumberAxis(Metric.EPOCH.key());
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        x.setAutoRangeIncludesZero(false);
        x.setLabelFont(LABEL);
        x.setTickLabelFont(TICK);
        NumberAxis y = new NumberAxis(yLabel);
        y.setAutoRangeIncludesZero(false);
        y.setLabelFont(LABEL);
        y.setTickLabelFont(TICK);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        for (int s = 0; s < colors.size(); s++) {
            renderer.setSeriesPaint(s, colors.get(s));
            renderer.setSeriesStroke(s, new BasicStroke(2f));
            renderer.setSeriesShape(s, new Ellipse2D.Double(-3, -3, 6, 6));
        }
        XYPlot plot = new XYPlot(data, x, y, renderer);
        plain(plot);
        JFreeChart chart = new JFreeChart(null, PANEL_TITLE, plot, legend);
        chart.setTitle(new TextTitle(title, PANEL_TITLE));
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        if (legend) {
            chart.getLegend().setItemFont(LABEL);
            chart.getLegend().setFrame(BlockBorder.NONE);
        }
        return chart;
    }

    /**
     * Returns one series per column of a per-epoch table, values scaled, epochs without a value
     * (NaN) left out, so that the line has a gap there.
     *
     * @param table the table, with an {@code epoch} column
     * @param columns the columns to plot
     * @param names the series' names, one per column
     * @param scale multiplies every value (100 for percentages)
     * @return the series
     */
    static XYSeriesCollection perEpoch(MetricsCsv.Table table, List<String> columns,
            List<String> names, double scale) {
        XYSeriesCollection data = new XYSeriesCollection();
        double[] epochs = table.column(Metric.EPOCH);
        for (int s = 0; s < columns.size(); s++) {
            XYSeries series = new XYSeries(names.get(s), false, true);
            double[] values = table.column(columns.get(s));
            for (int i = 0; i < values.length; i++) {
                if (!Double.isNaN(values[i])) {
                    series.add(epochs[i], values[i] * scale);
                }
            }
            data.addSeries(series);
        }
        return data;
    }

    /** Gives a plot a white background and a light grid. */
    static void plain(XYPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        plot.setOutlinePaint(Color.GRAY);
    }

    /** Paints a title centred over a width. */
    static void title(Graphics2D g, String text, double width, double baseline) {
        g.setFont(TITLE);
        g.setPaint(Color.BLACK);
        double w = g.getFontMetrics().stringWidth(text);
        g.drawString(text, (float) ((width - w) / 2), (float) baseline);
    }

    /**
     * Paints one colour swatch and name per operation in rows across a width.
     *
     * @param g where
     * @param operations the operations
     * @param area where the legend may go (top-left corner and width)
     * @return the height used
     */
    static double operationLegend(Graphics2D g, List<String> operations, Rectangle2D area) {
        g.setFont(LABEL);
        var metrics = g.getFontMetrics();
        double x = area.getX();
        double y = area.getY();
        double row = 20;
        for (String op : operations) {
            double w = 28 + metrics.stringWidth(op) + 18;
            if (x + w > area.getMaxX() && x > area.getX()) {
                x = area.getX();
                y += row;
            }
            g.setPaint(OperationColors.of(op));
            g.setStroke(new BasicStroke(3f));
            g.drawLine((int) x, (int) (y + 10), (int) (x + 22), (int) (y + 10));
            g.setPaint(Color.BLACK);
            g.drawString(op, (float) (x + 28), (float) (y + 14));
            x += w;
        }
        return y + row - area.getY();
    }
}
