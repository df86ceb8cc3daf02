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
 * {@code sandglass_3x3}, the MobileNeXt block (Zhou et al. 2020, Table 1) with hidden width
 * h = ceil(C/t) (at least the context's minimum hidden width). At stride 1: depthwise 3×3, BN,
 * ReLU6, 1×1 C→h, BN, 1×1 h→C, BN, ReLU6, depthwise 3×3, BN, plus the input on the first ceil(a·C)
 * channels. At stride 2 the first
 * depthwise convolution is left out, the last has stride 2, and there is no identity.
 */
final class SandglassOperation implements Operation {

    static final OperationParameter REDUCTION =
            OperationParameter.real("t", "reduction ratio: hidden width ceil(C/t)", 2, 1, 1024);
    static final OperationParameter IDENTITY = OperationParameter.real(
            "identity", "identity tensor multiplier a: the input is added on ceil(a*C) channels", 1, 0, 1);

    @Override
    public String name() {
        return "sandglass_3x3";
    }

    @Override
    public String description() {
        return "MobileNeXt sandglass, reduction t, identity multiplier";
    }

    @Override
    public List<OperationParameter> parameters() {
        return List.of(REDUCTION, IDENTITY);
    }

    /** Returns the hidden width ceil(C/t). */
    static int hiddenWidth(int channels, double reduction) {
        return (int) Math.max(1, Math.ceil(channels / reduction - 1e-9));
    }

    /** Returns the number of channels that receive the identity, ceil(a·C). */
    static int identityChannels(int channels, double multiplier) {
        return (int) Math.ceil(multiplier * channels - 1e-9);
    }

    @Override
    public Set<OperationTrait> traits(int stride) {
        return Set.of(OperationTrait.FUSABLE);
    }

    @Override
    public Block create(OperationContext context) {
        int c = context.channels();
        int hidden = context.hiddenWidth(hiddenWidth(c, context.args().getDouble(REDUCTION.name())));
        boolean affine = context.affine();
        boolean reduce = context.stride() == 2;
        SequentialBlock body = new SequentialBlock();
        if (!reduce) {
            body.add(Layers.depthwise(c, 3, 1, 1)).add(Layers.batchNorm(affine)).add(Layers.relu6());
        }
        body.add(Layers.pointwise(hidden))
                .add(Layers.batchNorm(affine))
                .add(Layers.pointwise(c))
                .add(Layers.batchNorm(affine))
                .add(Layers.relu6())
                .add(Layers.depthwise(c, 3, context.stride(), 1))
                .add(Layers.batchNorm(affine));
        if (reduce) {
            return body;
        }
        int identity = identityChannels(c, context.args().getDouble(IDENTITY.name()));
        return identity == 0 ? body : new ResidualBlock(body, identity);
    }
}
