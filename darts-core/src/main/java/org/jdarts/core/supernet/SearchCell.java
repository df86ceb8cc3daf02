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
 * <p>Forward inputs: s0, s1 and the softmax weights (edges × operations) of this cell type.
 */
public final class SearchCell extends Cell {

    /** Intermediate nodes per cell. */
    public static final int STEPS = 4;

    /** Edges per cell: 2 + 3 + 4 + 5. */
    public static final int EDGES = edgeCount(STEPS);

    private final List<MixedOp> edges = new ArrayList<>();

    /**
     * Creates a cell.
     *
     * @param space the candidate operations
     * @param slot where the cell stands
     */
    public SearchCell(SearchSpace space, CellSlot slot) {
        super(slot, false);
        for (int i = 0; i < STEPS; i++) {
            for (int j = 0; j < 2 + i; j++) {
                edges.add(addChildBlock("edge_" + (2 + i) + "_" + j, new MixedOp(space, slot.channels(), stride(j))));
            }
        }
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
