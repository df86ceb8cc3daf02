package org.jdarts.reports.cell;

import java.util.Locale;
import org.jdarts.core.genotype.GenotypeEdge;
import org.jdarts.reports.style.CellNames;
import org.jdarts.reports.style.OperationColors;

/**
 * Writes a cell as a graphviz {@code .dot} file in the reference {@code visualize.py}'s style
 * ({@code rankdir=LR}, rounded filled boxes, the same colours and names), for people who lay
 * cells out with graphviz.
 */
public final class CellDot {

    private CellDot() {}

    /**
     * Returns the dot text of a cell.
     *
     * @param cell the cell
     * @return a {@code digraph}
     */
    public static String dot(CellGraph cell) {
        StringBuilder s = new StringBuilder();
        s.append("// ").append(cell.title()).append("; render with: dot -Tpng FILE -o cell.png\n");
        s.append("digraph cell {\n");
        s.append("  rankdir=LR;\n");
        s.append("  edge [fontsize=20, fontname=\"times\"];\n");
        s.append("  node [style=\"rounded, filled\", shape=rect, align=center, fontsize=20, height=0.5, width=0.5,"
                + " penwidth=2, fontname=\"times\"];\n");
        box(s, CellNames.input(0), "input");
        box(s, CellNames.input(1), "input");
        for (int i = 0; i < cell.nodes(); i++) {
            box(s, CellNames.input(i + 2), "node");
        }
        box(s, CellNames.OUTPUT, "output");
        for (int e = 0; e < cell.edges().size(); e++) {
            GenotypeEdge edge = cell.edges().get(e);
            String label = cell.weights() == null ? edge.op()
                    : String.format(Locale.ROOT, "%s (α %.3f)", edge.op(), cell.weights()[e]);
            s.append(String.format(Locale.ROOT, "  \"%s\" -> \"%s\" [label=\"%s\", color=\"%s\", fillcolor=gray];%n",
                    CellNames.input(edge.input()), CellNames.input(e / 2 + 2), label, OperationColors.hex(edge.op())));
        }
        for (int c : cell.concat()) {
            s.append(String.format(Locale.ROOT, "  \"%s\" -> \"%s\" [fillcolor=gray];%n", CellNames.input(c),
                    CellNames.OUTPUT));
        }
        return s.append("}\n").toString();
    }

    private static void box(StringBuilder s, String name, String kind) {
        s.append(String.format(Locale.ROOT, "  \"%s\" [fillcolor=%s];%n", name, CellColors.graphvizName(kind)));
    }
}
