package org.jdarts.reports.figure;

/** Escaping text for XML and HTML: the SVG drawings and the report pages. */
public final class Markup {

    private Markup() {}

    /** Returns text with {@code & < > "} escaped, safe in element content and double-quoted attributes. */
    public static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
