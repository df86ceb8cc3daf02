package org.jdarts.reports.cell;

import java.awt.Color;

/** The box colours of the reference {@code visualize.py}: inputs darkseagreen2, nodes lightblue, output palegoldenrod. */
final class CellColors {

    static final Color INPUT = new Color(0xB4EEB4);
    static final Color NODE = new Color(0xADD8E6);
    static final Color OUTPUT = new Color(0xEEE8AA);
    static final Color OUTLINE = new Color(0x333333);
    static final Color CONCAT = new Color(0x999999);

    private CellColors() {}

    /** Returns a box kind's fill colour. */
    static Color fill(String kind) {
        return switch (kind) {
            case "input" -> INPUT;
            case "output" -> OUTPUT;
            default -> NODE;
        };
    }

    /** Returns the graphviz name of a box kind's colour, as {@code visualize.py} spells it. */
    static String graphvizName(String kind) {
        return switch (kind) {
            case "input" -> "darkseagreen2";
            case "output" -> "palegoldenrod";
            default -> "lightblue";
        };
    }
}
