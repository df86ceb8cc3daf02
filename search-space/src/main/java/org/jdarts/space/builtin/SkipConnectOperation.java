package org.jdarts.space.builtin;

import ai.djl.nn.Block;
import org.jdarts.space.blocks.FactorizedReduce;
import org.jdarts.space.blocks.IdentityBlock;
import org.jdarts.space.op.Operation;
import org.jdarts.space.op.OperationContext;
import org.jdarts.space.op.OperationTrait;
import java.util.Set;

/** {@code skip_connect}: the identity at stride 1, (ReLU and) FactorizedReduce(C, C) at stride 2. */
final class SkipConnectOperation implements Operation {

    @Override
    public String name() {
        return "skip_connect";
    }

    @Override
    public String description() {
        return "identity; FactorizedReduce at stride 2";
    }

    @Override
    public Set<OperationTrait> traits(int stride) {
        return stride == 1 ? Set.of(OperationTrait.IDENTITY, OperationTrait.PARAMETER_FREE)
                : Set.of(OperationTrait.RELU_INPUT, OperationTrait.FUSABLE);
    }

    @Override
    public Block create(OperationContext context) {
        if (context.stride() == 1) {
            return new IdentityBlock();
        }
        return new FactorizedReduce(context.channels(), context.affine());
    }
}
