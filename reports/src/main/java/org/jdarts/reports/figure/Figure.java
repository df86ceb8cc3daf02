package org.jdarts.reports.figure;

import java.awt.Graphics2D;

/** A picture of a fixed size that paints itself on any {@link Graphics2D}: a PNG image or an SVG document. */
public interface Figure {

    /** Returns the width in pixels. */
    int width();

    /** Returns the height in pixels. */
    int height();

    /**
     * Paints the figure with its top-left corner at the origin.
     *
     * @param g where to paint
     */
    void paint(Graphics2D g);
}
