package org.jdarts.reports.cell;

import java.util.List;
import org.jdarts.core.genotype.Genotype;
import org.jdarts.core.genotype.GenotypeEdge;

/**
 * A derived cell to draw: its kept edges (two per intermediate node), the nodes its output
 * concatenates, and optionally each kept operation's softmax(α) weight.
 *
 * @param title the caption, such as {@code normal cell, epoch 5}
 * @param edges the genotype's edges of the cell, node i's at 2i and 2i+1
 * @param concat the node indices the output concatenates (2… are intermediate nodes)
 * @param weights one weight per edge, or null to label edges with their operation only
 */
public record CellGraph(String title, List<GenotypeEdge> edges, List<Integer> concat, double[] weights) {

    /** Checks that there is one weight per edge, if any. */
    public CellGraph {
        edges = List.copyOf(edges);
        concat = List.copyOf(concat);
        if (weights != null && weights.length != edges.size()) {
            throw new IllegalArgumentException(title + ": " + weights.length + " weights for " + edges.size() + " edges");
        }
    }

    /** Returns a genotype's normal cell. */
    public static CellGraph normal(Genotype g, String title, double[] weights) {
        return new CellGraph(title, g.normal(), g.normalConcat(), weights);
    }

    /** Returns a genotype's reduction cell. */
    public static CellGraph reduce(Genotype g, String title, double[] weights) {
        return new CellGraph(title, g.reduce(), g.reduceConcat(), weights);
    }

    /** Returns the number of intermediate nodes. */
    public int nodes() {
        return edges.size() / 2;
    }
}
