package org.jdarts.space.builtin;

import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.pooling.Pool;
import org.jdarts.space.blocks.AveragePool;
import org.jdarts.space.blocks.Layers;
import org.jdarts.space.op.Operation;
import org.jdarts.space.op.OperationContext;
import org.jdarts.space.op.OperationTrait;
import java.util.Set;

/**
 * {@code max_pool_3x3} and {@code avg_pool_3x3} (padding 1; the average excludes the padding). In
 * search form a non-affine BatchNorm follows, as the reference's MixedOp adds it.
 */
final class PoolOperation implements Operation {

    private final boolean max;

    PoolOperation(boolean max) {
        this.max = max;
    }

    @Override
    public String name() {
        return max ? "max_pool_3x3" : "avg_pool_3x3";
    }

    @Override
    public String description() {
        return max ? "3x3 max pooling, padding 1"
                : "3x3 average pooling, padding 1 excluded from the average";
    }

    @Override
    public Set<OperationTrait> traits(int stride) {
        return Set.of(OperationTrait.PARAMETER_FREE);
    }

    @Override
    public Block create(OperationContext context) {
        int s = context.stride();
        Block pool = max
                ? Pool.maxPool2dBlock(new Shape(3, 3), new Shape(s, s), new Shape(1, 1))
                : new AveragePool(3, s, 1);
        if (context.affine()) {
            return pool;
        }
        return new SequentialBlock().add(pool).add(Layers.batchNorm(false));
    }
}
