package org.jdarts.space.builtin;

import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import java.util.List;
import org.jdarts.space.blocks.Layers;
import org.jdarts.space.blocks.ResidualBlock;
import org.jdarts.space.op.Operation;
import org.jdarts.space.op.OperationContext;
import org.jdarts.space.op.OperationTrait;
import java.util.Set;
import org.jdarts.space.op.OperationParameter;

/**
 * {@code inverted_residual_3x3}, the MobileNetV2 block: 1×1 C→eC, BN, ReLU6, depthwise 3×3
 * (stride s), BN, ReLU6, 1×1 eC→C, BN; plus the input at stride 1.
 */
final class InvertedResidualOperation implements Operation {

    static final OperationParameter EXPANSION =
            OperationParameter.real("e", "expansion ratio: hidden width round(e*C)", 6, 1, 64);

    @Override
    public String name() {
        return "inverted_residual_3x3";
    }

    @Override
    public String description() {
        return "MobileNetV2 inverted residual, expansion e";
    }

    @Override
    public List<OperationParameter> parameters() {
        return List.of(EXPANSION);
    }

    /** Returns the hidden width round(e·C). */
    static int hiddenWidth(int channels, double expansion) {
        return (int) Math.max(1, Math.round(expansion * channels));
    }

    @Override
    public Set<OperationTrait> traits(int stride) {
        return Set.of(OperationTrait.FUSABLE);
    }

    @Override
    public Block create(OperationContext context) {
        int c = context.channels();
        int hidden = context.hiddenWidth(hiddenWidth(c, context.args().getDouble(EXPANSION.name())));
        boolean affine = context.affine();
        Block body = new SequentialBlock()
                .add(Layers.pointwise(hidden))
                .add(Layers.batchNorm(affine))
                .add(Layers.relu6())
                .add(Layers.depthwise(hidden, 3, context.stride(), 1))
                .add(Layers.batchNorm(affine))
                .add(Layers.relu6())
                .add(Layers.pointwise(c))
                .add(Layers.batchNorm(affine));
        return context.stride() == 1 ? new ResidualBlock(body, c) : body;
    }
}
