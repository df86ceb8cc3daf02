package org.jdarts.examples.plugin;

import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import java.util.List;
import java.util.Set;
import org.jdarts.space.blocks.Layers;
import org.jdarts.space.op.Operation;
import org.jdarts.space.op.OperationContext;
import org.jdarts.space.op.OperationParameter;
import org.jdarts.space.op.OperationTrait;

/**
 * {@code conv_7x1_1x7}, an operation of the DARTS reference's {@code OPS} table that no built-in
 * search space uses: ReLU, 1×k convolution (stride (1, s)), k×1 convolution (stride (s, 1)), BN.
 * The kernel length k is a parameter (odd, default 7).
 *
 * <p>A complete plugin: this class, named in
 * {@code META-INF/services/org.jdarts.space.op.Operation}.
 */
public final class FactorizedConvOperation implements Operation {

    static final OperationParameter KERNEL = OperationParameter
            .integer("k", "kernel length of the 1xk and kx1 convolutions", 7, 1, 15)
            .where(k -> k % 2 == 1, "odd");

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

    /**
     * Starts with a ReLU: jdarts applies it (once per node in a supernet), so create() leaves it
     * out. Built only from Conv2d and Layers' BatchNorm, it can be fused: a supernet runs it for all
     * the edges that leave a node as one grouped computation (OperationTestKit checks that this holds).
     */
    @Override
    public Set<OperationTrait> traits(int stride) {
        return Set.of(OperationTrait.RELU_INPUT, OperationTrait.FUSABLE);
    }

    @Override
    public Block create(OperationContext context) {
        int k = context.args().getInt(KERNEL.name());
        int c = context.channels();
        int s = context.stride();
        return new SequentialBlock()
                .add(Conv2d.builder().setFilters(c).setKernelShape(new Shape(1, k))
                        .optStride(new Shape(1, s)).optPadding(new Shape(0, k / 2)).optBias(false).build())
                .add(Conv2d.builder().setFilters(c).setKernelShape(new Shape(k, 1))
                        .optStride(new Shape(s, 1)).optPadding(new Shape(k / 2, 0)).optBias(false).build())
                .add(Layers.batchNorm(context.affine()));
    }
}
