package org.jdarts.reports.chart;

import java.util.ArrayList;
import java.util.List;
import org.jdarts.core.genotype.GenotypeEdge;

/**
 * One cell type's softmax(α) at one epoch, with the operation its genotype keeps on each edge.
 *
 * @param cell "normal" or "reduce"
 * @param epoch the epoch, from 1
 * @param operations the columns
 * @param edges the rows, named as {@code alphas.json} names them ({@code 2<-0}, …)
 * @param weights softmax(α), rows × columns
 * @param kept the genotype's edges of this cell (empty: none outlined)
 */
public record CellWeights(String cell, int epoch, List<String> operations, List<String> edges, double[][] weights,
        List<GenotypeEdge> kept) {

    /** Checks the table's shape. */
    public CellWeights {
        operations = List.copyOf(operations);
        edges = List.copyOf(edges);
        kept = List.copyOf(kept);
        if (weights.length != edges.size()) {
            throw new IllegalArgumentException(cell + ": " + weights.length + " rows of α for " + edges.size() + " edges");
        }
        for (double[] row : weights) {
            if (row.length != operations.size()) {
                throw new IllegalArgumentException(cell + ": a row of α has " + row.length + " values for "
                        + operations.size() + " operations");
            }
        }
    }

    /** Returns how titles name a cell type: "normal" or "reduction". */
    public static String title(String cell) {
        return cell.equals("reduce") ? "reduction" : cell;
    }

    /** Returns the (row, column) of every kept edge's operation that the table has. */
    public List<int[]> keptCells() {
        List<int[]> cells = new ArrayList<>();
        for (int e = 0; e < kept.size(); e++) {
            int row = edges.indexOf((e / 2 + 2) + "<-" + kept.get(e).input());
            int column = operations.indexOf(kept.get(e).op());
            if (row >= 0 && column >= 0) {
                cells.add(new int[] {row, column});
            }
        }
        return cells;
    }

    /** Returns the weight of the kept operation on a genotype edge, or NaN if the table lacks it. */
    public double keptWeight(int genotypeEdge) {
        GenotypeEdge e = kept.get(genotypeEdge);
        int row = edges.indexOf((genotypeEdge / 2 + 2) + "<-" + e.input());
        int column = operations.indexOf(e.op());
        return row < 0 || column < 0 ? Double.NaN : weights[row][column];
    }
}
