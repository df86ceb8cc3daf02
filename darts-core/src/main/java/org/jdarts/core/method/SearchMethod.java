package org.jdarts.core.method;

import java.util.List;
import org.jdarts.space.op.OperationArgs;
import org.jdarts.space.op.OperationParameter;

/**
 * A search method: a name, its options and a factory of the {@link SearchHooks} that change the
 * search loop. Methods reach jdarts like operations: a jar names its method classes (each with a
 * public no-argument constructor) in {@code META-INF/services/org.jdarts.core.method.SearchMethod}
 * ({@link SearchMethodRegistry}).
 */
public interface SearchMethod {

    /** Returns the unique name used by {@code jdarts search --method} (for example {@code pc-darts}). */
    String name();

    /** Returns a one-line description for {@code jdarts methods}. */
    String description();

    /** Returns the options {@code --method-option NAME=VALUE} may set; none by default. */
    default List<OperationParameter> parameters() {
        return List.of();
    }

    /**
     * Creates the hooks of one search.
     *
     * @param options the option values, checked against {@link #parameters()} and completed with defaults
     * @return new hooks (they may keep per-search state)
     */
    SearchHooks hooks(OperationArgs options);
}
