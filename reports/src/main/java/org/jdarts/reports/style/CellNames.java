package org.jdarts.reports.style;

/**
 * The names the DARTS papers and the reference {@code visualize.py} give the parts of a cell: its
 * inputs {@code c_{k-2}} and {@code c_{k-1}}, intermediate nodes 0, 1, …, and output {@code c_{k}};
 * an edge is written {@code c_{k-2}→0}.
 */
public final class CellNames {

    /** The cell's output. */
    public static final String OUTPUT = "c_{k}";

    private CellNames() {}

    /**
     * Names the node an edge reads.
     *
     * @param input the genotype's input index: 0 and 1 are the cell's inputs, 2… the intermediate nodes
     * @return {@code c_{k-2}}, {@code c_{k-1}}, or the intermediate node's number from 0
     */
    public static String input(int input) {
        return switch (input) {
            case 0 -> "c_{k-2}";
            case 1 -> "c_{k-1}";
            default -> Integer.toString(input - 2);
        };
    }

    /**
     * Names an edge given as {@code alphas.json} names it ({@code "2<-0"}: node index 2 reads index 0).
     *
     * @param edge the edge name
     * @return for example {@code c_{k-2}→0}
     */
    public static String edge(String edge) {
        String[] parts = edge.split("<-");
        if (parts.length != 2) {
            throw new IllegalArgumentException("edge name '" + edge + "': expected 'node<-input', such as 2<-0");
        }
        return input(Integer.parseInt(parts[1].trim())) + "→" + input(Integer.parseInt(parts[0].trim()));
    }
}
