package org.jdarts.examples.plugin;

import java.util.List;
import org.jdarts.space.op.Operation;
import org.jdarts.space.op.OperationProvider;

/** Registers this jar's operations with jdarts; named in META-INF/services. */
public final class ExamplePluginProvider implements OperationProvider {

    @Override
    public List<Operation> operations() {
        return List.of(new FactorizedConvOperation());
    }
}
