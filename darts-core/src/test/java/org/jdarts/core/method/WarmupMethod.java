package org.jdarts.core.method;

import java.util.List;
import org.jdarts.space.op.OperationArgs;
import org.jdarts.space.op.OperationParameter;

/**
 * A method as a plugin jar would write one: DARTS with the architecture frozen for the first
 * epochs. Found through a services file the tests put on a class loader of their own.
 */
public final class WarmupMethod implements SearchMethod {

    static final OperationParameter EPOCHS = OperationParameter.integer("epochs", "epochs before α moves", 1, 0, 100);

    @Override
    public String name() {
        return "test-warmup";
    }

    @Override
    public String description() {
        return "DARTS with the architecture frozen for the first epochs";
    }

    @Override
    public List<OperationParameter> parameters() {
        return List.of(EPOCHS);
    }

    @Override
    public SearchHooks hooks(OperationArgs options) {
        int frozen = options.getInt(EPOCHS.name());
        return new SearchHooks() {
            @Override
            public boolean updatesArchitecture(int epoch) {
                return epoch >= frozen;
            }
        };
    }
}
