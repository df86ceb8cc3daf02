package org.jdarts.space.builtin;

import ai.djl.nn.Block;
import org.jdarts.space.blocks.ZeroBlock;
import org.jdarts.space.op.Operation;
import org.jdarts.space.op.OperationContext;
import org.jdarts.space.op.OperationTrait;
import java.util.Set;

/** {@code none}: the absence of an edge, zeros of the output shape. */
final class NoneOperation implements Operation {

    static final String NAME = "none";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "zeros of the output shape (no edge)";
    }

    @Override
    public Set<OperationTrait> traits(int stride) {
        return Set.of(OperationTrait.ZERO);
    }

    @Override
    public Block create(OperationContext context) {
        return new ZeroBlock(context.stride());
    }
}
