package org.jdarts.core.cost;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

/**
 * The expected cost of the derived network under softmax(α), differentiable in α: for every edge,
 * the softmax over the operations the derivation may choose (the zero operation left out and the
 * rest renormalised) weights the operations' costs; the edge counts 2/k of that, its node keeping
 * 2 of its k input edges; the sum over both cell types plus the base is the expected cost
 * ({@link OperationCosts#expected} computes the same on the host).
 */
public final class ExpectedCost {

    private final CellCostTable table;
    private final float[] usable;
    private final float[] edgeWeights;

    /**
     * Prepares the term for one kind of cost.
     *
     * @param costs the space's cost tables
     * @param kind what to count
     */
    public ExpectedCost(OperationCosts costs, CostKind kind) {
        this.table = costs.table(kind);
        usable = new float[costs.operations().size()];
        for (int k = 0; k < usable.length; k++) {
            usable[k] = costs.zeroOperations().contains(costs.operations().get(k)) ? 0 : 1;
        }
        edgeWeights = new float[table.normal().length];
        for (int e = 0; e < edgeWeights.length; e++) {
            edgeWeights[e] = (float) OperationCosts.edgeWeight(e);
        }
    }

    /**
     * Returns the expected cost.
     *
     * @param alphaNormal α_normal in the pass's graph, edges × operations
     * @param alphaReduce α_reduce
     * @return a 0-d array in α_normal's manager
     */
    public NDArray of(NDArray alphaNormal, NDArray alphaReduce) {
        NDManager m = alphaNormal.getManager();
        NDArray mask = m.create(usable, new Shape(1, usable.length));
        NDArray weights = m.create(edgeWeights, new Shape(edgeWeights.length, 1));
        NDArray normal = cellCost(alphaNormal, table.normal(), mask, weights);
        NDArray reduce = cellCost(alphaReduce, table.reduce(), mask, weights);
        return normal.add(reduce).add((float) table.base());
    }

    private static NDArray cellCost(NDArray alpha, double[][] costs, NDArray mask, NDArray weights) {
        NDManager m = alpha.getManager();
        float[] flat = new float[costs.length * costs[0].length];
        for (int e = 0; e < costs.length; e++) {
            for (int k = 0; k < costs[e].length; k++) {
                flat[e * costs[e].length + k] = (float) costs[e][k];
            }
        }
        NDArray table = m.create(flat, new Shape(costs.length, costs[0].length));
        NDArray p = alpha.softmax(1).mul(mask);
        NDArray renormalised = p.div(p.sum(new int[] {1}, true));
        return renormalised.mul(table).sum(new int[] {1}, true).mul(weights).sum();
    }
}
