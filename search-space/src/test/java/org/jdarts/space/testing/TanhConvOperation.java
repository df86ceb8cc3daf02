package org.jdarts.space.testing;

import ai.djl.ndarray.NDList;
import ai.djl.nn.Block;
import ai.djl.nn.LambdaBlock;
import ai.djl.nn.SequentialBlock;
import java.util.Map;
import java.util.Set;
import org.jdarts.space.blocks.Layers;
import org.jdarts.space.op.Operation;
import org.jdarts.space.op.OperationContext;
import org.jdarts.space.op.OperationTrait;

/**
 * A plugin-style operation for tests: a 1×1 convolution (with the stride), BatchNorm and a tanh,
 * an activation jdarts does not know, so the block cannot be fused; it declares whatever traits
 * the test gives it, per stride.
 */
public final class TanhConvOperation implements Operation {

    private final Map<Integer, Set<OperationTrait>> traits;

    /**
     * Creates the operation.
     *
     * @param stride1 the traits it declares at stride 1
     * @param stride2 the traits it declares at stride 2
     */
    public TanhConvOperation(Set<OperationTrait> stride1, Set<OperationTrait> stride2) {
        this.traits = Map.of(1, Set.copyOf(stride1), 2, Set.copyOf(stride2));
    }

    @Override
    public String name() {
        return "tanh_conv";
    }

    @Override
    public String description() {
        return "1x1 convolution, BatchNorm, tanh (test operation)";
    }

    @Override
    public Set<OperationTrait> traits(int stride) {
        return traits.get(stride);
    }

    @Override
    public Block create(OperationContext context) {
        return new SequentialBlock()
                .add(Layers.conv(context.channels(), 1, context.stride(), 0, 1, 1))
                .add(Layers.batchNorm(context.affine()))
                .add(new LambdaBlock(x -> new NDList(x.singletonOrThrow().tanh()), "tanh"));
    }
}
