package org.jdarts.reports.cell;

import static org.jdarts.reports.figure.Markup.escape;

import java.awt.geom.Rectangle2D;
import java.util.Locale;
import org.jdarts.reports.style.OperationColors;

/**
 * Writes a cell drawing as SVG directly, with its structure readable: every box is a
 * {@code <g class="box" data-kind="input|node|output">}, every operation edge a
 * {@code <g class="edge" data-op data-from data-to>} and its label a {@code <g class="edge-label">}
 * holding the operation's name (and the α weight) as text.
 */
public final class CellSvg {

    private static final String FONT = "font-family=\"DejaVu Sans, Helvetica, Arial, sans-serif\"";

    private CellSvg() {}

    /**
     * Returns the SVG document of a layout.
     *
     * @param layout the laid-out cell
     * @return the {@code <svg>} element (no XML declaration, so that it can be inlined in HTML)
     */
    public static String svg(CellLayout layout) {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\""
                + " viewBox=\"0 0 %d %d\" class=\"cell-drawing\" role=\"img\" %s>%n", layout.width(), layout.height(),
                layout.width(), layout.height(), FONT));
        s.append("<title>").append(escape(layout.cell().title())).append("</title>\n");
        s.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"#ffffff\"/>%n", layout.width(),
                layout.height()));
        s.append(String.format(Locale.ROOT, "<text class=\"title\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\""
                + " font-size=\"15\" font-weight=\"bold\">%s</text>%n", layout.width() / 2.0, layout.titleBaseline(),
                escape(layout.cell().title())));
        for (CellLayout.Edge e : layout.edges()) {
            String color = e.op() == null ? OperationColors.hex(CellColors.CONCAT) : OperationColors.hex(e.op());
            s.append(e.op() == null ? "<g class=\"concat\"" : "<g class=\"edge\" data-op=\"" + escape(e.op()) + "\"")
                    .append(" data-from=\"").append(escape(e.from())).append("\" data-to=\"").append(escape(e.to()))
                    .append("\">");
            s.append("<path d=\"").append(pathData(e.path())).append("\" fill=\"none\" stroke=\"").append(color)
                    .append("\" stroke-width=\"").append(e.op() == null ? "1.5" : "2.2").append("\"/>");
            double[] a = e.arrow();
            s.append(String.format(Locale.ROOT, "<polygon points=\"%.1f,%.1f %.1f,%.1f %.1f,%.1f\" fill=\"%s\"/>",
                    a[0], a[1], a[2], a[3], a[4], a[5], color));
            s.append("</g>\n");
        }
        for (CellLayout.Edge e : layout.edges()) {
            if (e.label() == null) {
                continue;
            }
            Rectangle2D r = e.label();
            s.append("<g class=\"edge-label\" data-from=\"").append(escape(e.from())).append("\" data-to=\"")
                    .append(escape(e.to())).append("\">");
            s.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"3\""
                    + " fill=\"#ffffff\" fill-opacity=\"0.9\" stroke=\"%s\" stroke-width=\"0.8\"/>", r.getX(), r.getY(),
                    r.getWidth(), r.getHeight(), OperationColors.hex(e.op())));
            s.append(String.format(Locale.ROOT, "<text class=\"op\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\""
                    + " font-size=\"13\">%s</text>", r.getCenterX(), r.getY() + 14, escape(e.op())));
            if (!Double.isNaN(e.weight())) {
                s.append(String.format(Locale.ROOT, "<text class=\"weight\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\""
                        + " font-size=\"11\" fill=\"#444444\">%s</text>", r.getCenterX(), r.getY() + 28,
                        escape(e.weightText())));
            }
            s.append("</g>\n");
        }
        for (CellLayout.Box b : layout.boxes()) {
            Rectangle2D r = b.bounds();
            s.append("<g class=\"box\" data-kind=\"").append(b.kind()).append("\">");
            s.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"8\""
                    + " fill=\"%s\" stroke=\"%s\" stroke-width=\"1.2\"/>", r.getX(), r.getY(), r.getWidth(), r.getHeight(),
                    OperationColors.hex(CellColors.fill(b.kind())), OperationColors.hex(CellColors.OUTLINE)));
            s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" font-size=\"14\""
                    + " font-weight=\"bold\">%s</text>", r.getCenterX(), r.getCenterY() + 5, escape(b.name())));
            s.append("</g>\n");
        }
        s.append("</svg>");
        return s.toString();
    }

    private static String pathData(double[] p) {
        StringBuilder d = new StringBuilder(String.format(Locale.ROOT, "M%.1f,%.1f", p[0], p[1]));
        for (int i = 2; i < p.length; i += 6) {
            d.append(String.format(Locale.ROOT, " C%.1f,%.1f %.1f,%.1f %.1f,%.1f", p[i], p[i + 1], p[i + 2], p[i + 3],
                    p[i + 4], p[i + 5]));
        }
        return d.toString();
    }
}
