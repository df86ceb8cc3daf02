package org.jdarts.core.method;

import org.jdarts.space.op.OperationArgs;

/**
 * A search method with its option values (checked, defaults filled in).
 *
 * @param method the method
 * @param options every option's value
 */
public record ConfiguredMethod(SearchMethod method, OperationArgs options) {

    /** Returns the method's name. */
    public String name() {
        return method.name();
    }

    /** Returns new hooks for one search. */
    public SearchHooks hooks() {
        return method.hooks(options);
    }
}
