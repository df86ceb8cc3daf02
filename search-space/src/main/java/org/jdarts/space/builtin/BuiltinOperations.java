package org.jdarts.space.builtin;

import java.util.List;
import org.jdarts.space.op.Operation;
import org.jdarts.space.op.OperationProvider;

/**
 * The operations that ship with jdarts: the eight of the DARTS reference and the two MobileNeXt
 * super-operators. Registered through {@code META-INF/services}, like any plugin.
 */
public final class BuiltinOperations implements OperationProvider {

    @Override
    public List<Operation> operations() {
        return List.of(
                new NoneOperation(),
                new PoolOperation(true),
                new PoolOperation(false),
                new SkipConnectOperation(),
                new SepConvOperation(3),
                new SepConvOperation(5),
                new DilConvOperation(3),
                new DilConvOperation(5),
                new InvertedResidualOperation(),
                new SandglassOperation());
    }
}
