package org.jdarts.examples.plugin;

import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import java.util.List;
import org.jdarts.space.blocks.Layers;
import org.jdarts.space.op.Operation;
import org.jdarts.space.op.OperationContext;
import org.jdarts.space.op.OperationParameter;

/**
 * {@code conv_7x1_1x7}, an operation of the DARTS reference's {@code OPS} table that no built-in
 * search space uses: ReLU, 1×k convolution (stride (1, s)), k×1 convolution (stride (s, 1)), BN.
 * The kernel length k is a parameter (default 7).
 */
public final class FactorizedConvOperation implements Operation {

    static final OperationParameter KERNEL =
            new OperationParameter("k", "kernel length of the 1xk and kx1 convolutions (odd)", 7, 1, 15);

    @Override
    public String name() {
        return "conv_7x1_1x7";
    }

    @Override
    public String description() {
        return "ReLU, 1xk then kx1 convolution, BN (example plugin)";
    }

    @Override
    public List<OperationParameter> parameters() {
        return List.of(KERNEL);
    }

    @Override
    public Block create(OperationContext context) {
        int k = (int) context.args().get(KERNEL.name());
        if (k % 2 == 0) {
            throw new IllegalArgumentException("conv_7x1_1x7: k must be odd, got " + k);
        }
        int c = context.channels();
        int s = context.stride();
        return new SequentialBlock()
                .add(Layers.relu())
                .add(Conv2d.builder().setFilters(c).setKernelShape(new Shape(1, k))
                        .optStride(new Shape(1, s)).optPadding(new Shape(0, k / 2)).optBias(false).build())
                .add(Conv2d.builder().setFilters(c).setKernelShape(new Shape(k, 1))
                        .optStride(new Shape(s, 1)).optPadding(new Shape(k / 2, 0)).optBias(false).build())
                .add(Layers.batchNorm(context.affine()));
    }
}
