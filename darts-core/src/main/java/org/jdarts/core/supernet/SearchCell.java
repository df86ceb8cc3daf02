package org.jdarts.core.supernet;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import org.jdarts.space.blocks.InitCachingBlock;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import java.util.ArrayList;
import java.util.List;
import org.jdarts.space.SearchSpace;
import org.jdarts.space.blocks.FactorizedReduce;
import org.jdarts.space.blocks.Layers;
import org.jdarts.space.blocks.ReluThen;

/**
 * A DARTS search cell: two preprocessed inputs, {@value #STEPS} intermediate nodes, node i the sum
 * of the mixed operations on the edges from its 2+i predecessors (14 edges), output the
 * intermediate nodes concatenated on channels. In a reduction cell the edges leaving the two
 * inputs have stride 2. Every BatchNorm is non-affine.
 *
 * <p>Forward inputs: s0 (output of the cell before the previous), s1 (output of the previous cell)
 * and the softmax weights (edges × operations) of this cell type.
 */
public final class SearchCell extends InitCachingBlock {

    /** Intermediate nodes per cell. */
    public static final int STEPS = 4;

    /** Edges per cell: 2 + 3 + 4 + 5. */
    public static final int EDGES = edgeCount(STEPS);

    private final Block preprocess0;
    private final Block preprocess1;
    private final List<MixedOp> edges = new ArrayList<>();
    private final boolean reduction;
    private final int channels;

    /**
     * Creates a cell.
     *
     * @param space the candidate operations
     * @param channels C of this cell (its output has 4C channels)
     * @param reduction whether this cell halves the resolution
     * @param reductionPrev whether the previous cell did (s0 then has twice s1's resolution)
     */
    public SearchCell(SearchSpace space, int channels, boolean reduction, boolean reductionPrev) {
        this.reduction = reduction;
        this.channels = channels;
        preprocess0 = addChildBlock("preprocess0",
                reductionPrev ? FactorizedReduce.withRelu(channels, false) : reluConvBn(channels));
        preprocess1 = addChildBlock("preprocess1", reluConvBn(channels));
        for (int i = 0; i < STEPS; i++) {
            for (int j = 0; j < 2 + i; j++) {
                int stride = reduction && j < 2 ? 2 : 1;
                edges.add(addChildBlock("edge_" + (2 + i) + "_" + j, new MixedOp(space, channels, stride)));
            }
        }
    }

    /** Returns the number of edges of a cell with {@code steps} intermediate nodes. */
    public static int edgeCount(int steps) {
        return steps * (steps + 3) / 2;
    }

    /** Returns whether this is a reduction cell. */
    public boolean isReduction() {
        return reduction;
    }

    private static Block reluConvBn(int channels) {
        return new ReluThen(new SequentialBlock().add(Layers.pointwise(channels)).add(Layers.batchNorm(false)));
    }

    @Override
    protected NDList forwardInternal(
            ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray weights = inputs.get(2);
        List<NDArray> states = new ArrayList<>();
        states.add(preprocess0.forward(store, new NDList(inputs.get(0)), training).singletonOrThrow());
        states.add(preprocess1.forward(store, new NDList(inputs.get(1)), training).singletonOrThrow());
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
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        Shape s1 = inputShapes[1];
        long h = reduction ? s1.get(2) / 2 : s1.get(2);
        long w = reduction ? s1.get(3) / 2 : s1.get(3);
        return new Shape[] {new Shape(s1.get(0), (long) STEPS * channels, h, w)};
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        preprocess0.initialize(manager, dataType, inputShapes[0]);
        preprocess1.initialize(manager, dataType, inputShapes[1]);
        Shape s1 = inputShapes[1];
        Shape node = new Shape(s1.get(0), channels, s1.get(2), s1.get(3));
        Shape row = new Shape(inputShapes[2].get(1));
        int edge = 0;
        for (int i = 0; i < STEPS; i++) {
            for (int j = 0; j < 2 + i; j++) {
                Shape in = j < 2 || !reduction ? node
                        : new Shape(node.get(0), channels, node.get(2) / 2, node.get(3) / 2);
                edges.get(edge++).initialize(manager, dataType, in, in, row);
            }
        }
    }
}
