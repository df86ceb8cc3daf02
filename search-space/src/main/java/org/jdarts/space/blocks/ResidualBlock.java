package org.jdarts.space.blocks;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;

import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import org.jdarts.space.ConfigException;

/**
 * {@code body(x)} plus the input added on its first {@code identityChannels} channels: a full
 * residual connection when that is every channel, the MobileNeXt partial identity otherwise.
 */
public final class ResidualBlock extends InitCachingBlock {

    private final Block body;
    private final int identityChannels;

    /**
     * Creates the block.
     *
     * @param body the residual branch, which must keep the input's shape
     * @param identityChannels how many leading channels receive the input (at least 1)
     */
    public ResidualBlock(Block body, int identityChannels) {
        if (identityChannels < 1) {
            throw new ConfigException("identityChannels", "must be at least 1, got " + identityChannels);
        }
        this.body = addChildBlock("body", body);
        this.identityChannels = identityChannels;
    }

    /** Returns the residual branch. */
    Block body() {
        return body;
    }

    /** Returns the number of leading channels to which the input is added. */
    public int identityChannels() {
        return identityChannels;
    }

    @Override
    protected NDList forwardInternal(
            ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray x = inputs.singletonOrThrow();
        NDArray y = body.forward(store, inputs, training).singletonOrThrow();
        long channels = y.getShape().get(1);
        if (identityChannels >= channels) {
            return new NDList(y.add(x));
        }
        NDIndex head = new NDIndex(":, :{}", identityChannels);
        NDIndex tail = new NDIndex(":, {}:", identityChannels);
        NDArray mixed = y.get(head).add(x.get(head));
        return new NDList(NDArrays.concat(new NDList(mixed, y.get(tail)), 1));
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
