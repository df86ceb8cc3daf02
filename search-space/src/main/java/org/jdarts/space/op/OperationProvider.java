package org.jdarts.space.op;

import java.util.List;

/**
 * The service-provider interface through which operations are registered, built-in ones and
 * third-party ones alike.
 *
 * <p>A plugin jar implements this interface and names its implementation in
 * {@code META-INF/services/org.jdarts.space.op.OperationProvider}; {@link OperationRegistry} finds
 * it with {@link java.util.ServiceLoader}.
 */
public interface OperationProvider {

    /** Returns the operations this provider contributes. */
    List<Operation> operations();
}
