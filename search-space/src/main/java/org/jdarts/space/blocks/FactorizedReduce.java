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

/**
 * Halves the resolution without losing half of the pixels: two 1×1 stride-2 convolutions with
 * {@code C_out/2} outputs each, the second one applied to the input shifted by one pixel
 * ({@code x[:, :, 1:, 1:]}), concatenated on channels, then BatchNorm. The reference's
 * FactorizedReduce starts with a ReLU: {@link #withRelu} builds that. Its convolutions avoid
 * libtorch's wrong channels-last kernels ({@link Convolutions}).
 */
public final class FactorizedReduce extends InitCachingBlock {

    private static final NDIndex SHIFTED = new NDIndex(":, :, 1:, 1:");

    private final Block conv1;
    private final Block conv2;
    private final Block bn;
    private final int outChannels;

    /**
     * Creates the block.
     *
     * @param outChannels C_out, which must be even
     * @param affine whether the BatchNorm has learnable scale and shift
     */
    public FactorizedReduce(int outChannels, boolean affine) {
        if (outChannels % 2 != 0) {
            throw new IllegalArgumentException("FactorizedReduce needs an even channel count, got " + outChannels);
        }
        this.outChannels = outChannels;
        conv1 = addChildBlock("conv1", Layers.conv(outChannels / 2, 1, 2, 0, 1, 1));
        conv2 = addChildBlock("conv2", Layers.conv(outChannels / 2, 1, 2, 0, 1, 1));
        bn = addChildBlock("bn", Layers.batchNorm(affine));
    }

    /**
     * Returns the reference's FactorizedReduce: ReLU, then this block.
     *
     * @param outChannels C_out, which must be even
     * @param affine whether the BatchNorm has learnable scale and shift
     * @return the block
     */
    public static ReluThen withRelu(int outChannels, boolean affine) {
        return new ReluThen(new FactorizedReduce(outChannels, affine));
    }

    /** Returns the convolution of the input. */
    Block conv1() {
        return conv1;
    }

    /** Returns the convolution of the input shifted by one pixel. */
    Block conv2() {
        return conv2;
    }

    /** Returns the BatchNorm after the concatenation. */
    Block batchNorm() {
        return bn;
    }

    @Override
    protected NDList forwardInternal(
            ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray x = inputs.singletonOrThrow();
        NDArray a = conv1.forward(store, new NDList(x), training).singletonOrThrow();
        NDArray b = conv2.forward(store, new NDList(x.get(SHIFTED)), training).singletonOrThrow();
        NDArray cat = NDArrays.concat(new NDList(a, b), 1);
        return bn.forward(store, new NDList(cat), training);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        Shape in = inputShapes[0];
        return new Shape[] {new Shape(in.get(0), outChannels, (in.get(2) + 1) / 2, (in.get(3) + 1) / 2)};
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        Shape in = inputShapes[0];
        conv1.initialize(manager, dataType, in);
        conv2.initialize(manager, dataType, new Shape(in.get(0), in.get(1), in.get(2) - 1, in.get(3) - 1));
        bn.initialize(manager, dataType, getOutputShapes(inputShapes));
    }
}
