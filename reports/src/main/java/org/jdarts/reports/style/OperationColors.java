package org.jdarts.reports.style;

import java.awt.Color;
import java.util.Locale;
import java.util.Map;

/**
 * One colour per operation, the same in every chart, drawing and report, whatever the search
 * space: fixed colours for the built-in operations, and for any other (plugin) operation a colour
 * derived from its name alone, so that it too keeps its colour everywhere.
 */
public final class OperationColors {

    private static final Map<String, Color> BUILT_IN = Map.ofEntries(
            Map.entry("none", new Color(0xB0B0B0)),
            Map.entry("max_pool_3x3", new Color(0x1F77B4)),
            Map.entry("avg_pool_3x3", new Color(0x17BECF)),
            Map.entry("skip_connect", new Color(0xD62728)),
            Map.entry("sep_conv_3x3", new Color(0x2CA02C)),
            Map.entry("sep_conv_5x5", new Color(0x8C6D31)),
            Map.entry("dil_conv_3x3", new Color(0xFF7F0E)),
            Map.entry("dil_conv_5x5", new Color(0xBCBD22)),
            Map.entry("inverted_residual_3x3", new Color(0x9467BD)),
            Map.entry("sandglass_3x3", new Color(0xE377C2)));

    private static final double GOLDEN = 0.6180339887498949;

    private OperationColors() {}

    /** Returns an operation's colour. */
    public static Color of(String operation) {
        Color c = BUILT_IN.get(operation);
        if (c != null) {
            return c;
        }
        int h = operation.hashCode() & 0x7fffffff;
        float hue = (float) ((h * GOLDEN) % 1.0);
        float saturation = 0.55f + 0.3f * ((h >>> 8) % 100) / 100f;
        float brightness = 0.55f + 0.25f * ((h >>> 16) % 100) / 100f;
        return Color.getHSBColor(hue, saturation, brightness);
    }

    /** Returns an operation's colour as {@code #rrggbb}. */
    public static String hex(String operation) {
        return hex(of(operation));
    }

    /** Returns a colour as {@code #rrggbb}. */
    public static String hex(Color c) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
    }
}
