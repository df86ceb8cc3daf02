package org.jdarts.core.supernet;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import java.util.ArrayList;
import java.util.List;
import org.jdarts.core.network.Cell;
import org.jdarts.core.network.CellSlot;
import org.jdarts.space.SearchSpace;

/**
 * A DARTS search cell: {@value #STEPS} intermediate nodes, node i the sum of the mixed operations
 * on the edges from its 2+i predecessors (14 edges), output every intermediate node concatenated.
 * Every BatchNorm is non-affine.
 *
 * <p>With {@link EdgeEvaluation#FUSED} the cell evaluates the edges that leave each node together
 * ({@link FusedEdges}: 5 evaluations instead of 14); the parameters are the same either way (they
 * belong to the per-edge {@link MixedOp}s), so checkpoints and parameter names do not depend on it.
 *
 * <p>Forward inputs: s0, s1 and the softmax weights (edges × operations) of this cell type.
 */
public final class SearchCell extends Cell {

    /** Intermediate nodes per cell. */
    public static final int STEPS = 4;

    /** Edges per cell: 2 + 3 + 4 + 5. */
    public static final int EDGES = edgeCount(STEPS);

    private final List<MixedOp> edges = new ArrayList<>();
    private final List<FusedEdges> fanOuts = new ArrayList<>();

    /**
     * Creates a cell.
     *
     * @param space the candidate operations
     * @param slot where the cell stands
     * @param evaluation fused or edge by edge
     * @throws IllegalArgumentException if an operation declares a fusion trait its block does not honour
     */
    public SearchCell(SearchSpace space, CellSlot slot, EdgeEvaluation evaluation) {
        super(slot, false);
        for (int i = 0; i < STEPS; i++) {
            for (int j = 0; j < 2 + i; j++) {
                edges.add(addChildBlock("edge_" + (2 + i) + "_" + j, new MixedOp(space, slot.channels(), stride(j))));
            }
        }
        if (evaluation == EdgeEvaluation.FUSED) {
            for (int source = 0; source < STEPS + 1; source++) {
                List<MixedOp> leaving = new ArrayList<>();
                int[] rows = new int[STEPS + 2 - Math.max(2, source + 1)];
                for (int target = Math.max(2, source + 1); target < STEPS + 2; target++) {
                    int row = edgeIndex(target, source);
                    rows[leaving.size()] = row;
                    leaving.add(edges.get(row));
                }
                fanOuts.add(new FusedEdges(space, stride(source), leaving, rows));
            }
        }
    }

    /** Returns the row of the edge from node {@code source} to node {@code target} (2…) in α. */
    static int edgeIndex(int target, int source) {
        return (target - 2) * (target + 1) / 2 + source;
    }


    /** Returns the number of edges of a cell with {@code steps} intermediate nodes. */
    public static int edgeCount(int steps) {
        return steps * (steps + 3) / 2;
    }

    @Override
    public int outputChannels() {
        return STEPS * channels();
    }

    @Override
    protected NDList forwardInternal(
            ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray weights = inputs.get(2);
        List<NDArray> states = preprocess(store, inputs, training);
        if (!fanOuts.isEmpty()) {
            return fusedForward(store, states, weights, training);
        }
        List<NDArray> relus = new ArrayList<>();
        int edge = 0;
        for (int i = 0; i < STEPS; i++) {
            NDArray node = null;
            for (int j = 0; j < states.size(); j++) {
                if (relus.size() <= j) {
                    relus.add(Activation.relu(states.get(j)));
                }
                NDList in = new NDList(states.get(j), relus.get(j), weights.get(edge));
                NDArray out = edges.get(edge).forward(store, in, training).singletonOrThrow();
                if (node == null) {
                    node = out;
                } else {
                    node.addi(out);
                    out.close();
                }
                edge++;
            }
            states.add(node);
        }
        return new NDList(NDArrays.concat(new NDList(states.subList(2, states.size())), 1));
    }

    private NDList fusedForward(ParameterStore store, List<NDArray> states, NDArray weights, boolean training) {
        NDArray[] nodes = new NDArray[STEPS + 2];
        boolean[] owned = new boolean[STEPS + 2];
        List<NDArray> temporaries = new ArrayList<>();
        for (int source = 0; source < STEPS + 1; source++) {
            NDArray x = source < 2 ? states.get(source) : nodes[source];
            NDArray[] outs = fanOuts.get(source).forward(store, x, Activation.relu(x), weights, training, temporaries);
            for (int t = 0; t < outs.length; t++) {
                int target = Math.max(2, source + 1) + t;
                if (nodes[target] == null) {
                    nodes[target] = outs[t];
                } else if (!owned[target]) { // the first sum is a new array, the later ones add into it
                    nodes[target] = nodes[target].add(outs[t]);
                    owned[target] = true;
                } else {
                    nodes[target].addi(outs[t]);
                }
            }
        }
        NDList cat = new NDList(STEPS);
        for (int i = 2; i < STEPS + 2; i++) {
            cat.add(nodes[i]);
        }
        NDArray out = NDArrays.concat(cat, 1);
        // additions keep nothing for the backward pass: free the per-source sums now, not at the end of the step
        temporaries.forEach(NDArray::close);
        return new NDList(out);
    }

    @Override
    protected void initializeNodes(NDManager manager, DataType dataType, NodeShapes nodes, Shape... inputShapes) {
        Shape row = new Shape(inputShapes[2].get(1));
        int edge = 0;
        for (int i = 0; i < STEPS; i++) {
            for (int j = 0; j < 2 + i; j++) {
                Shape in = nodes.of(j);
                edges.get(edge++).initialize(manager, dataType, in, in, row);
            }
        }
    }
}
