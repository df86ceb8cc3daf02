package org.jdarts.core.cost;

/**
 * One kind of cost of a search space's networks, edge by edge: what every candidate operation at
 * every edge of a cell type costs, summed over the evaluation network's cells of that type, and
 * what the rest of the network costs (stem, the cells' input preprocessing, classifier). A
 * genotype's network costs {@code base} plus its chosen operations' entries.
 *
 * @param base the cost of everything but the edges' operations
 * @param normal edges × operations, summed over the normal cells
 * @param reduce edges × operations, summed over the reduction cells
 */
public record CellCostTable(double base, double[][] normal, double[][] reduce) {

    /** Returns the table of one cell type: 0 normal, 1 reduction. */
    public double[][] of(int cellType) {
        return cellType == 0 ? normal : reduce;
    }
}
