package org.jdarts.reports.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jdarts.reports.figure.Figure;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Runs as points of accuracy against cost, each labelled with its number, and the Pareto front:
 * the runs no other run beats in both (cheaper or as cheap, and more accurate or as accurate).
 */
public final class ParetoPlot implements Figure {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 420;
    private static final Color POINT = new Color(0x1F77B4);
    private static final Color FRONT = new Color(0xD62728);

    /**
     * One run.
     *
     * @param label its number or short name, drawn beside the point
     * @param cost its cost, in the axis' units
     * @param accuracy its accuracy in percent
     */
    public record Point(String label, double cost, double accuracy) {}

    private final String title;
    private final String costAxis;
    private final String accuracyAxis;
    private final List<Point> points;

    /**
     * Creates the plot.
     *
     * @param title the title
     * @param costAxis the cost axis' label
     * @param accuracyAxis the accuracy axis' label
     * @param points the runs
     */
    public ParetoPlot(String title, String costAxis, String accuracyAxis, List<Point> points) {
        this.title = title;
        this.costAxis = costAxis;
        this.accuracyAxis = accuracyAxis;
        this.points = List.copyOf(points);
    }

    /** Returns the runs on the Pareto front, cheapest first. */
    public static List<Point> front(List<Point> points) {
        List<Point> sorted = new ArrayList<>(points);
        sorted.sort(Comparator.comparingDouble(Point::cost).thenComparing(Comparator.comparingDouble(Point::accuracy)
                .reversed()));
        List<Point> front = new ArrayList<>();
        double best = Double.NEGATIVE_INFINITY;
        for (Point p : sorted) {
            if (p.accuracy() > best) {
                front.add(p);
                best = p.accuracy();
            }
        }
        return front;
    }

    @Override
    public int width() {
        return WIDTH;
    }

    @Override
    public int height() {
        return HEIGHT;
    }

    @Override
    public void paint(Graphics2D g) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYSeries runs = new XYSeries("runs", false, true);
        points.forEach(p -> runs.add(p.cost(), p.accuracy()));
        XYSeries front = new XYSeries("Pareto front", false, true);
        front(points).forEach(p -> front.add(p.cost(), p.accuracy()));
        data.addSeries(runs);
        data.addSeries(front);
        NumberAxis x = new NumberAxis(costAxis);
        x.setAutoRangeIncludesZero(false);
        x.setLabelFont(ChartStyle.LABEL);
        x.setTickLabelFont(ChartStyle.TICK);
        NumberAxis y = new NumberAxis(accuracyAxis);
        y.setAutoRangeIncludesZero(false);
        y.setLabelFont(ChartStyle.LABEL);
        y.setTickLabelFont(ChartStyle.TICK);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer();
        renderer.setSeriesLinesVisible(0, false);
        renderer.setSeriesPaint(0, POINT);
        renderer.setSeriesShape(0, new Ellipse2D.Double(-5, -5, 10, 10));
        renderer.setSeriesPaint(1, FRONT);
        renderer.setSeriesStroke(1, new BasicStroke(1.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f,
                new float[] {6f, 4f}, 0f));
        renderer.setSeriesShapesVisible(1, false);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        ChartStyle.plain(plot);
        for (Point p : points) {
            XYTextAnnotation label = new XYTextAnnotation(" " + p.label(), p.cost(), p.accuracy());
            label.setFont(ChartStyle.LABEL);
            label.setTextAnchor(TextAnchor.BOTTOM_LEFT);
            plot.addAnnotation(label);
        }
        JFreeChart chart = new JFreeChart(null, ChartStyle.PANEL_TITLE, plot, true);
        chart.setTitle(new TextTitle(title, ChartStyle.PANEL_TITLE));
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.getLegend().setItemFont(ChartStyle.LABEL);
        chart.getLegend().setFrame(BlockBorder.NONE);
        chart.draw(g, new Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
    }
}
