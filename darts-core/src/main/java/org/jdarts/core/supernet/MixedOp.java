package org.jdarts.core.supernet;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import org.jdarts.space.CandidateOperation;
import org.jdarts.space.SearchSpace;
import org.jdarts.space.blocks.InitCachingBlock;
import org.jdarts.space.op.OperationTrait;

/**
 * One edge of a search cell: the sum of every candidate operation's output weighted by the
 * softmax of the edge's architecture parameters.
 *
 * <p>Inputs: the edge input x, its ReLU (computed once per node and shared by every edge leaving
 * it), and the edge's K softmax weights. Operations with {@link OperationTrait#RELU_INPUT} read
 * the shared ReLU; {@link OperationTrait#ZERO} operations are left out of the sum, where their
 * term is zero and contributes nothing to any gradient. Both shortcuts leave the result unchanged.
 */
public final class MixedOp extends InitCachingBlock {

    private final Block[] ops;
    private final boolean[] takesRelu;

    /**
     * Creates the edge with every operation of {@code space} in search form.
     *
     * @param space the candidate operations, in α's column order
     * @param channels C
     * @param stride 1 or 2
     */
    public MixedOp(SearchSpace space, int channels, int stride) {
        this(space, channels, stride, 1);
    }

    /**
     * Creates the edge with a floor on the hidden width of its operations.
     *
     * @param space the candidate operations, in α's column order
     * @param channels C (C/K with partial channels)
     * @param stride 1 or 2
     * @param minHiddenWidth the least hidden width of operations with a hidden layer
     */
    public MixedOp(SearchSpace space, int channels, int stride, int minHiddenWidth) {
        ops = new Block[space.size()];
        takesRelu = new boolean[space.size()];
        for (int k = 0; k < space.size(); k++) {
            CandidateOperation candidate = space.operations().get(k);
            if (candidate.has(OperationTrait.ZERO, stride)) {
                continue;
            }
            takesRelu[k] = candidate.has(OperationTrait.RELU_INPUT, stride);
            ops[k] = addChildBlock(candidate.name(), candidate.createBody(channels, stride, false, minHiddenWidth));
        }
    }

    /**
     * Returns the block of operation {@code k} (in α's column order), or {@code null} for an
     * operation with {@link OperationTrait#ZERO}.
     */
    Block operation(int k) {
        return ops[k];
    }

    /** Returns whether operation {@code k} reads the ReLU of the edge's input. */
    boolean takesRelu(int k) {
        return takesRelu[k];
    }

    @Override
    protected NDList forwardInternal(
            ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray x = inputs.get(0);
        NDArray relu = inputs.get(1);
        NDArray weights = inputs.get(2);
        NDArray sum = null;
        for (int k = 0; k < ops.length; k++) {
            if (ops[k] == null) {
                continue;
            }
            NDArray in = takesRelu[k] ? relu : x;
            NDArray y = ops[k].forward(store, new NDList(in), training).singletonOrThrow();
            NDArray term = y.mul(weights.get(k));
            if (sum == null) {
                sum = term;
            } else {
                sum.addi(term);
                term.close();
            }
        }
        return new NDList(sum);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        for (Block op : ops) {
            if (op != null) {
                return op.getOutputShapes(new Shape[] {inputShapes[0]});
            }
        }
        throw new IllegalStateException("an edge needs at least one operation that is not zero");
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        for (Block op : ops) {
            if (op != null) {
                op.initialize(manager, dataType, inputShapes[0]);
            }
        }
    }
}
