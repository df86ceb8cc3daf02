package org.jdarts.space.blocks;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;

import ai.djl.nn.pooling.Pool;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * k×k average pooling whose zero padding is excluded from the average, as PyTorch's
 * {@code AvgPool2d(k, stride, padding, count_include_pad=False)}.
 *
 * <p>DJL 0.35.1's PyTorch engine ignores the {@code countIncludePad} flag of
 * {@link Pool#avgPool2d} and always counts the padding, so this block divides the padded average
 * by the padded average of a plane of ones: the fraction of each window that lies inside the image.
 */
public final class AveragePool extends InitCachingBlock {

    private final Shape kernel;
    private final Shape stride;
    private final Shape padding;

    /**
     * Creates the block.
     *
     * @param kernel window size k
     * @param stride stride in both directions
     * @param padding zero padding on every side
     */
    public AveragePool(int kernel, int stride, int padding) {
        this.kernel = new Shape(kernel, kernel);
        this.stride = new Shape(stride, stride);
        this.padding = new Shape(padding, padding);
    }

    @Override
    protected NDList forwardInternal(
            ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray x = inputs.singletonOrThrow();
        NDArray padded = Pool.avgPool2d(x, kernel, stride, padding, false, true);
        if (padding.get(0) == 0) {
            return new NDList(padded);
        }
        Shape plane = new Shape(1, 1, x.getShape().get(2), x.getShape().get(3));
        try (NDArray ones = x.getManager().ones(plane, x.getDataType(), x.getDevice());
                NDArray inside = Pool.avgPool2d(ones, kernel, stride, padding, false, true)) {
            return new NDList(padded.divi(inside));
        }
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        Shape in = inputShapes[0];
        return new Shape[] {new Shape(in.get(0), in.get(1), outSize(in.get(2), 0), outSize(in.get(3), 1))};
    }

    private long outSize(long size, int axis) {
        return (size + 2 * padding.get(axis) - kernel.get(axis)) / stride.get(axis) + 1;
    }
}
