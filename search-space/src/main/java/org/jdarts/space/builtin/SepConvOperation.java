package org.jdarts.space.builtin;

import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import org.jdarts.space.blocks.Layers;
import org.jdarts.space.op.Operation;
import org.jdarts.space.op.OperationContext;
import org.jdarts.space.op.OperationTrait;
import java.util.Set;

/**
 * {@code sep_conv_KxK}: (ReLU, applied by jdarts,) depthwise k×k (stride s), 1×1, BN, ReLU, depthwise k×k (stride 1),
 * 1×1, BN.
 */
final class SepConvOperation implements Operation {

    private final int kernel;

    SepConvOperation(int kernel) {
        this.kernel = kernel;
    }

    @Override
    public String name() {
        return "sep_conv_" + kernel + "x" + kernel;
    }

    @Override
    public String description() {
        return "two stacked ReLU-depthwise " + kernel + "x" + kernel + "-pointwise-BN";
    }

    @Override
    public Set<OperationTrait> traits(int stride) {
        return Set.of(OperationTrait.RELU_INPUT, OperationTrait.FUSABLE);
    }

    @Override
    public Block create(OperationContext context) {
        int c = context.channels();
        return new SequentialBlock()
                .add(Layers.depthwise(c, kernel, context.stride(), 1))
                .add(Layers.pointwise(c))
                .add(Layers.batchNorm(context.affine()))
                .add(Layers.relu())
                .add(Layers.depthwise(c, kernel, 1, 1))
                .add(Layers.pointwise(c))
                .add(Layers.batchNorm(context.affine()));
    }
}
