package org.jdarts.core.method.builtin;

import org.jdarts.core.method.SearchHooks;
import org.jdarts.core.method.SearchMethod;
import org.jdarts.space.op.OperationArgs;

/** {@code darts}: DARTS as Liu et al. (ICLR 2019) published it, every hook at its default. */
public final class Darts implements SearchMethod {

    @Override
    public String name() {
        return "darts";
    }

    @Override
    public String description() {
        return "DARTS (Liu et al. 2019): softmax-mixed edges, bilevel first or second order";
    }

    @Override
    public SearchHooks hooks(OperationArgs options) {
        return SearchHooks.darts();
    }
}
