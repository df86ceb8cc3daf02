package org.jdarts.reports.figure;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.apache.batik.svggen.SVGIDGenerator;
import org.w3c.dom.Document;

/**
 * Renders {@link Figure}s as PNG (Java2D) and SVG (Apache Batik's {@code SVGGraphics2D}, text kept
 * as text). SVG ids carry a prefix so that several figures can sit inline in one HTML page.
 */
public final class FigureFiles {

    private static final String SVG_NS = "http://www.w3.org/2000/svg";

    private FigureFiles() {}

    /** Returns the figure as PNG bytes, on a white background. */
    public static byte[] png(Figure figure) {
        BufferedImage image = new BufferedImage(figure.width(), figure.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, figure.width(), figure.height());
            figure.paint(g);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * Returns the figure as an SVG document (without XML declaration, so that it can also be inlined).
     *
     * @param figure the figure
     * @param idPrefix prefixed to every id the document defines (clip paths, gradients), unique per page
     * @return the SVG text
     */
    public static String svg(Figure figure, String idPrefix) {
        Document document;
        try {
            document = DocumentBuilderFactory.newInstance().newDocumentBuilder().getDOMImplementation()
                    .createDocument(SVG_NS, "svg", null);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("no XML DOM implementation", e);
        }
        SVGGeneratorContext context = SVGGeneratorContext.createDefault(document);
        context.setIDGenerator(new SVGIDGenerator() {
            @Override
            public String generateID(String prefix) {
                return super.generateID(idPrefix + "-" + prefix);
            }
        });
        context.setComment(null);
        SVGGraphics2D g = new SVGGraphics2D(context, false);
        g.setSVGCanvasSize(new Dimension(figure.width(), figure.height()));
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, figure.width(), figure.height());
        figure.paint(g);
        StringWriter text = new StringWriter();
        try {
            g.stream(g.getRoot(), text, true, false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            g.dispose();
        }
        return withViewBox(stripProlog(text.toString()), figure);
    }

    private static String stripProlog(String svg) {
        int start = svg.indexOf("<svg");
        return start < 0 ? svg : svg.substring(start);
    }

    /** Adds a viewBox, so that a browser scales the figure down to the page's width. */
    private static String withViewBox(String svg, Figure figure) {
        if (svg.startsWith("<svg") && !svg.substring(0, svg.indexOf('>')).contains("viewBox")) {
            return "<svg viewBox=\"0 0 " + figure.width() + " " + figure.height() + "\"" + svg.substring(4);
        }
        return svg;
    }
}
