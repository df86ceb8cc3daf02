package org.jdarts.space.blocks;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;

import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * ReLU followed by a body. Operations built this way let a supernet compute the ReLU of an edge's
 * input once and feed it to every such operation (the reference computes the same ReLU once per
 * operation); the result is identical.
 */
public final class ReluThen extends InitCachingBlock {

    private final Block body;

    /**
     * Creates the block.
     *
     * @param body what follows the ReLU
     */
    public ReluThen(Block body) {
        this.body = addChildBlock("body", body);
    }

    /** Returns the part after the ReLU, to be fed an already rectified input. */
    public Block body() {
        return body;
    }

    @Override
    protected NDList forwardInternal(
            ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        return body.forward(store, new NDList(Activation.relu(inputs.singletonOrThrow())), training);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return body.getOutputShapes(inputShapes);
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        body.initialize(manager, dataType, inputShapes);
    }
}
