package org.jdarts.space.blocks;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;

import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/** The {@code none} operation: zeros of the (subsampled) output shape. */
public final class ZeroBlock extends InitCachingBlock {

    private final int stride;

    /**
     * Creates the block.
     *
     * @param stride 1, or 2 to return zeros of the shape {@code x[:, :, ::2, ::2]} has
     */
    public ZeroBlock(int stride) {
        this.stride = stride;
    }

    @Override
    protected NDList forwardInternal(
            ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray x = inputs.singletonOrThrow();
        Shape out = outputShape(x.getShape());
        return new NDList(x.getManager().zeros(out, x.getDataType(), x.getDevice()));
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {outputShape(inputShapes[0])};
    }

    private Shape outputShape(Shape in) {
        return new Shape(in.get(0), in.get(1), ceilDiv(in.get(2)), ceilDiv(in.get(3)));
    }

    private long ceilDiv(long size) {
        return (size + stride - 1) / stride;
    }
}
