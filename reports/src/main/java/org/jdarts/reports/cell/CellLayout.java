package org.jdarts.reports.cell;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jdarts.core.genotype.GenotypeEdge;
import org.jdarts.reports.style.CellNames;

/**
 * Where the parts of a cell drawing go, left to right as in the reference {@code visualize.py}
 * ({@code rankdir=LR}): the inputs in the first column, each intermediate node one column right of
 * the furthest node it reads, the output last. Edges are cubic curves; one that would cross a box
 * goes round it above or below; labels are moved along their edge until they overlap no other.
 * Deterministic: the same cell always gets the same picture.
 */
public final class CellLayout {

    /** The font of node names. */
    static final Font NODE_FONT = new Font("SansSerif", Font.BOLD, 14);
    /** The font of operation labels. */
    static final Font OP_FONT = new Font("SansSerif", Font.PLAIN, 13);
    /** The font of α weights. */
    static final Font WEIGHT_FONT = new Font("SansSerif", Font.PLAIN, 11);

    private static final FontRenderContext FONTS = new FontRenderContext(null, true, true);
    private static final double BOX_HEIGHT = 36;
    private static final double ROW_GAP = 104;
    private static final double MARGIN = 24;
    private static final double TITLE = 34;
    private static final double ARROW = 9;

    /**
     * A box: an input, an intermediate node or the output.
     *
     * @param name its name ({@code c_{k-2}}, {@code 0}, …, {@code c_{k}})
     * @param kind {@code input}, {@code node} or {@code output}
     * @param bounds where it is
     */
    public record Box(String name, String kind, Rectangle2D bounds) {}

    /**
     * An edge: an operation from one box to another, or an unlabelled line into the output.
     *
     * @param op the operation, or null for an edge into the output
     * @param from the box it leaves
     * @param to the box it enters
     * @param path the curve: x0, y0, then six numbers per cubic segment (two control points, end point)
     * @param arrow the arrowhead's three corners: x, y, x, y, x, y
     * @param label the label's box, or null
     * @param weight the kept operation's α weight, or NaN
     */
    public record Edge(String op, String from, String to, double[] path, double[] arrow, Rectangle2D label,
            double weight) {

        /** Returns the weight as the drawing prints it. */
        public String weightText() {
            return String.format(Locale.ROOT, "α %.3f", weight);
        }
    }

    private final CellGraph cell;
    private final List<Box> boxes = new ArrayList<>();
    private final List<Edge> edges = new ArrayList<>();
    private final List<Rectangle2D> labels = new ArrayList<>();
    private double width;
    private double height;
    private int lanesOver;
    private int lanesUnder;

    /**
     * Lays a cell out.
     *
     * @param cell the cell
     */
    public CellLayout(CellGraph cell) {
        this.cell = cell;
        int n = cell.nodes();
        int[] rank = new int[n + 2];
        for (int i = 0; i < n; i++) {
            int r = 0;
            for (int k = 0; k < 2; k++) {
                r = Math.max(r, rank[cell.edges().get(2 * i + k).input()]);
            }
            rank[i + 2] = r + 1;
        }
        int outRank = 0;
        for (int c : cell.concat()) {
            outRank = Math.max(outRank, rank[c] + 1);
        }
        double labelWidth = 0;
        for (GenotypeEdge e : cell.edges()) {
            labelWidth = Math.max(labelWidth, textWidth(e.op(), OP_FONT));
        }
        double boxWidth = 30 + textWidth("c_{k-2}", NODE_FONT);
        // A gap between two columns widens with the labelled edges crossing it, so that their labels spread out.
        int[] crossing = new int[outRank + 1];
        for (int e = 0; e < cell.edges().size(); e++) {
            for (int k = rank[cell.edges().get(e).input()]; k < rank[e / 2 + 2]; k++) {
                crossing[k]++;
            }
        }
        double[] columnX = new double[outRank + 1];
        for (int k = 1; k <= outRank; k++) {
            columnX[k] = columnX[k - 1] + boxWidth + labelWidth + 56 + 0.45 * labelWidth * Math.max(0, crossing[k - 1] - 3);
        }
        Map<Integer, List<Integer>> columns = new HashMap<>();
        for (int i = 0; i < n + 2; i++) {
            columns.computeIfAbsent(rank[i], k -> new ArrayList<>()).add(i);
        }
        int tallest = 1;
        for (List<Integer> c : columns.values()) {
            tallest = Math.max(tallest, c.size());
        }
        double centre = TITLE + MARGIN + ROW_GAP * tallest / 2;
        Map<Integer, Box> byIndex = new HashMap<>();
        for (var column : columns.entrySet()) {
            List<Integer> members = column.getValue();
            for (int k = 0; k < members.size(); k++) {
                int index = members.get(k);
                double y = centre + (k - (members.size() - 1) / 2.0) * ROW_GAP - BOX_HEIGHT / 2;
                double x = MARGIN + columnX[column.getKey()];
                Box box = new Box(CellNames.input(index), index < 2 ? "input" : "node",
                        new Rectangle2D.Double(x, y, boxWidth, BOX_HEIGHT));
                byIndex.put(index, box);
                boxes.add(box);
            }
        }
        Box output = new Box(CellNames.OUTPUT, "output",
                new Rectangle2D.Double(MARGIN + columnX[outRank], centre - BOX_HEIGHT / 2, boxWidth, BOX_HEIGHT));
        boxes.add(output);
        this.width = MARGIN * 2 + columnX[outRank] + boxWidth;
        this.height = TITLE + MARGIN * 2 + ROW_GAP * tallest + 20;
        Map<String, Integer> parallel = new HashMap<>();
        for (int e = 0; e < cell.edges().size(); e++) {
            Box from = byIndex.get(cell.edges().get(e).input());
            Box to = byIndex.get(e / 2 + 2);
            int twin = parallel.merge(from.name() + ">" + to.name(), 1, Integer::sum) - 1;
            double weight = cell.weights() == null ? Double.NaN : cell.weights()[e];
            edges.add(route(cell.edges().get(e).op(), from, to, twin, weight));
        }
        for (int c : cell.concat()) {
            edges.add(route(null, byIndex.get(c), output, 0, Double.NaN));
        }
        for (int i = 0; i < edges.size(); i++) {
            Edge e = edges.get(i);
            if (e.op() != null) {
                edges.set(i, new Edge(e.op(), e.from(), e.to(), e.path(), e.arrow(),
                        placeLabel(e.path(), e.op(), e.weight()), e.weight()));
            }
        }
        fitVertically();
    }

    /** Moves everything down if a curve or label reaches into the title, and makes room below the lowest. */
    private void fitVertically() {
        double top = Double.POSITIVE_INFINITY;
        double bottom = Double.NEGATIVE_INFINITY;
        for (Edge e : edges) {
            for (double[] p : sample(e.path(), 40)) {
                top = Math.min(top, p[1]);
                bottom = Math.max(bottom, p[1]);
            }
            if (e.label() != null) {
                top = Math.min(top, e.label().getMinY());
                bottom = Math.max(bottom, e.label().getMaxY());
            }
        }
        for (Box b : boxes) {
            bottom = Math.max(bottom, b.bounds().getMaxY());
        }
        double shift = Math.max(0, TITLE + 8 - top);
        if (shift > 0) {
            for (Box b : boxes) {
                move(b.bounds(), shift);
            }
            for (Edge e : edges) {
                for (int i = 1; i < e.path().length; i += 2) {
                    e.path()[i] += shift;
                }
                for (int i = 1; i < e.arrow().length; i += 2) {
                    e.arrow()[i] += shift;
                }
                if (e.label() != null) {
                    move(e.label(), shift);
                }
            }
        }
        height = bottom + shift + MARGIN;
    }

    private static void move(Rectangle2D r, double dy) {
        r.setRect(r.getX(), r.getY() + dy, r.getWidth(), r.getHeight());
    }

    /** Returns the cell drawn. */
    public CellGraph cell() {
        return cell;
    }

    /** Returns the boxes: the inputs, the intermediate nodes, the output. */
    public List<Box> boxes() {
        return boxes;
    }

    /** Returns the edges: the operations first, then the lines into the output. */
    public List<Edge> edges() {
        return edges;
    }

    /** Returns the drawing's width. */
    public int width() {
        return (int) Math.ceil(width);
    }

    /** Returns the drawing's height. */
    public int height() {
        return (int) Math.ceil(height);
    }

    /** Returns the title's baseline. */
    double titleBaseline() {
        return 24;
    }

    static double textWidth(String text, Font font) {
        return font.getStringBounds(text, FONTS).getWidth();
    }

    private Edge route(String op, Box from, Box to, int twin, double weight) {
        double x0 = from.bounds().getMaxX();
        double y0 = from.bounds().getCenterY();
        double x1 = to.bounds().getMinX() - ARROW;
        double y1 = to.bounds().getCenterY();
        double bend = twin == 0 ? 0 : (twin % 2 == 1 ? -1 : 1) * 26 * ((twin + 1) / 2);
        double dx = (x1 - x0) / 2;
        double[] path = {x0, y0, x0 + dx, y0 + bend, x1 - dx, y1 + bend, x1, y1};
        if (crossesABox(path, from, to)) {
            path = aroundBoxes(from, to, x0, y0, x1, y1);
        }
        double[] arrow = {x1 + ARROW, y1, x1, y1 - ARROW / 2, x1, y1 + ARROW / 2};
        return new Edge(op, from.name(), to.name(), path, arrow, null, weight);
    }

    private boolean crossesABox(double[] path, Box from, Box to) {
        for (double[] p : sample(path, 40)) {
            for (Box b : boxes) {
                if (b != from && b != to && inflate(b.bounds(), 6).contains(p[0], p[1])) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Goes over (or under, when the edge runs below the middle) every box between the two ends:
     * up to a lane above them before the first, along it past the last, down to the target.
     */
    private double[] aroundBoxes(Box from, Box to, double x0, double y0, double x1, double y1) {
        double top = Double.POSITIVE_INFINITY;
        double bottom = Double.NEGATIVE_INFINITY;
        double left = Double.POSITIVE_INFINITY;
        double right = Double.NEGATIVE_INFINITY;
        for (Box b : boxes) {
            if (b != from && b != to && b.bounds().getMaxX() > x0 && b.bounds().getMinX() < x1) {
                top = Math.min(top, b.bounds().getMinY());
                bottom = Math.max(bottom, b.bounds().getMaxY());
                left = Math.min(left, b.bounds().getMinX());
                right = Math.max(right, b.bounds().getMaxX());
            }
        }
        boolean over = (y0 + y1) / 2 <= (top + bottom) / 2;
        double lane = over ? top - 30 - 16 * lanesOver++ : bottom + 30 + 16 * lanesUnder++;
        double a = Math.max(x0 + 20, left - 20);
        double b = Math.min(x1 - 20, right + 20);
        double d1 = (a - x0) / 2;
        double d3 = (x1 - b) / 2;
        double d2 = (b - a) / 3;
        return new double[] {x0, y0, x0 + d1, y0, a - d1, lane, a, lane, a + d2, lane, b - d2, lane, b, lane,
            b + d3, lane, x1 - d3, y1, x1, y1};
    }

    /**
     * Places an edge's label on its curve where it is free (no other label, no box) and as far as
     * possible from every other edge, so that it is clear which edge it names; failing that, beside
     * the curve.
     */
    private Rectangle2D placeLabel(double[] path, String op, double weight) {
        double w = Math.max(textWidth(op, OP_FONT), Double.isNaN(weight) ? 0 : textWidth("α 0.000", WEIGHT_FONT)) + 10;
        double h = Double.isNaN(weight) ? 19 : 33;
        List<double[]> points = sample(path, 20);
        double[] shifts = {0, -h * 0.7, h * 0.7, -h * 1.4, h * 1.4, -h * 2.1, h * 2.1};
        Rectangle2D best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (double dy : shifts) {
            for (int i = 4; i <= 16; i++) {
                double[] p = points.get(i);
                Rectangle2D r = new Rectangle2D.Double(p[0] - w / 2, p[1] - h / 2 + dy, w, h);
                if (!free(r)) {
                    continue;
                }
                double score = clearance(r, path) - Math.abs(i - 10) * 2;
                if (score > bestScore) {
                    bestScore = score;
                    best = r;
                }
            }
            if (best != null) {
                break;
            }
        }
        if (best == null) {
            double[] p = points.get(10);
            best = new Rectangle2D.Double(p[0] - w / 2, p[1] - h / 2, w, h);
        }
        labels.add(best);
        return best;
    }

    /** Returns how far a label's centre is from the curves of the other edges laid out so far. */
    private double clearance(Rectangle2D label, double[] own) {
        double nearest = 200;
        for (Edge e : edges) {
            if (e.path() == own) {
                continue;
            }
            for (double[] p : sample(e.path(), 24)) {
                nearest = Math.min(nearest, Math.hypot(p[0] - label.getCenterX(), p[1] - label.getCenterY()));
            }
        }
        return nearest;
    }

    private boolean free(Rectangle2D r) {
        for (Rectangle2D l : labels) {
            if (l.intersects(inflate(r, 2))) {
                return false;
            }
        }
        for (Box b : boxes) {
            if (b.bounds().intersects(r)) {
                return false;
            }
        }
        return r.getMinX() > 0 && r.getMaxX() < width;
    }

    private static Rectangle2D inflate(Rectangle2D r, double by) {
        return new Rectangle2D.Double(r.getX() - by, r.getY() - by, r.getWidth() + 2 * by, r.getHeight() + 2 * by);
    }

    /** Returns points along a path, evenly in each segment's parameter (count per path, end points included). */
    static List<double[]> sample(double[] path, int count) {
        int segments = (path.length - 2) / 6;
        List<double[]> points = new ArrayList<>();
        for (int i = 0; i <= count; i++) {
            double u = (double) i / count * segments;
            int s = Math.min(segments - 1, (int) u);
            double t = u - s;
            int o = 6 * s;
            double[] p = new double[2];
            for (int k = 0; k < 2; k++) {
                double a = path[o + k];
                double b = path[o + 2 + k];
                double c = path[o + 4 + k];
                double d = path[o + 6 + k];
                double m = 1 - t;
                p[k] = m * m * m * a + 3 * m * m * t * b + 3 * m * t * t * c + t * t * t * d;
            }
            points.add(p);
        }
        return points;
    }
}
