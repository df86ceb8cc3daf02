package org.jdarts.experiments.testing;

import ai.djl.ndarray.NDList;
import ai.djl.nn.Block;
import ai.djl.nn.LambdaBlock;
import java.util.Set;
import org.jdarts.space.op.Operation;
import org.jdarts.space.op.OperationContext;
import org.jdarts.space.op.OperationTrait;

/**
 * A test operation ({@code poison}): the identity until {@link #armed} is set, then NaN. It lets a
 * test make a run's loss diverge at a chosen moment. Registered for the tests only (test resources).
 */
public final class PoisonOperation implements Operation {

    /** Whether the operation outputs NaN. */
    public static volatile boolean armed;

    @Override
    public String name() {
        return "poison";
    }

    @Override
    public String description() {
        return "identity, or NaN once armed (tests only)";
    }

    @Override
    public Set<OperationTrait> traits(int stride) {
        return Set.of();
    }

    @Override
    public Block create(OperationContext context) {
        int stride = context.stride();
        return new LambdaBlock(in -> {
            var x = in.singletonOrThrow();
            var y = stride == 1 ? x.mul(1) : x.get(":, :, ::2, ::2");
            return new NDList(armed ? y.mul(Float.NaN) : y);
        }, "poison");
    }
}
