package org.jdarts.reports.cell;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import org.jdarts.reports.figure.Figure;
import org.jdarts.reports.style.OperationColors;

/** Paints a cell drawing with Java2D (for PNG), exactly as {@link CellSvg} writes it. */
public final class CellFigure implements Figure {

    private final CellLayout layout;

    /**
     * Creates the figure of a layout.
     *
     * @param layout the laid-out cell
     */
    public CellFigure(CellLayout layout) {
        this.layout = layout;
    }

    @Override
    public int width() {
        return layout.width();
    }

    @Override
    public int height() {
        return layout.height();
    }

    @Override
    public void paint(Graphics2D g) {
        g.setFont(CellLayout.NODE_FONT.deriveFont(15f));
        g.setPaint(Color.BLACK);
        centred(g, layout.cell().title(), layout.width() / 2.0, layout.titleBaseline());
        for (CellLayout.Edge e : layout.edges()) {
            Color color = e.op() == null ? CellColors.CONCAT : OperationColors.of(e.op());
            g.setPaint(color);
            g.setStroke(new BasicStroke(e.op() == null ? 1.5f : 2.2f));
            double[] p = e.path();
            Path2D path = new Path2D.Double();
            path.moveTo(p[0], p[1]);
            for (int i = 2; i < p.length; i += 6) {
                path.curveTo(p[i], p[i + 1], p[i + 2], p[i + 3], p[i + 4], p[i + 5]);
            }
            g.draw(path);
            double[] a = e.arrow();
            Path2D arrow = new Path2D.Double();
            arrow.moveTo(a[0], a[1]);
            arrow.lineTo(a[2], a[3]);
            arrow.lineTo(a[4], a[5]);
            arrow.closePath();
            g.fill(arrow);
        }
        for (CellLayout.Edge e : layout.edges()) {
            if (e.label() == null) {
                continue;
            }
            Rectangle2D r = e.label();
            RoundRectangle2D box = new RoundRectangle2D.Double(r.getX(), r.getY(), r.getWidth(), r.getHeight(), 6, 6);
            g.setPaint(new Color(255, 255, 255, 230));
            g.fill(box);
            g.setPaint(OperationColors.of(e.op()));
            g.setStroke(new BasicStroke(0.8f));
            g.draw(box);
            g.setPaint(Color.BLACK);
            g.setFont(CellLayout.OP_FONT);
            centred(g, e.op(), r.getCenterX(), r.getY() + 14);
            if (!Double.isNaN(e.weight())) {
                g.setPaint(new Color(0x444444));
                g.setFont(CellLayout.WEIGHT_FONT);
                centred(g, e.weightText(), r.getCenterX(), r.getY() + 28);
            }
        }
        for (CellLayout.Box b : layout.boxes()) {
            Rectangle2D r = b.bounds();
            RoundRectangle2D box = new RoundRectangle2D.Double(r.getX(), r.getY(), r.getWidth(), r.getHeight(), 16, 16);
            g.setPaint(CellColors.fill(b.kind()));
            g.fill(box);
            g.setPaint(CellColors.OUTLINE);
            g.setStroke(new BasicStroke(1.2f));
            g.draw(box);
            g.setFont(CellLayout.NODE_FONT);
            g.setPaint(Color.BLACK);
            centred(g, b.name(), r.getCenterX(), r.getCenterY() + 5);
        }
    }

    private static void centred(Graphics2D g, String text, double x, double baseline) {
        double w = g.getFontMetrics().getStringBounds(text, g).getWidth();
        g.drawString(text, (float) (x - w / 2), (float) baseline);
    }
}
