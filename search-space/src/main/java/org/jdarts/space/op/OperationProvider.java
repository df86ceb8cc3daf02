package org.jdarts.space.op;

import java.util.List;

/**
 * A service interface that registers several operations at once (the built-in ones use it). A
 * plugin may use it instead of naming each {@link Operation} class as a service: a jar implements
 * it and names the implementation in
 * {@code META-INF/services/org.jdarts.space.op.OperationProvider}; {@link OperationRegistry} finds
 * it with {@link java.util.ServiceLoader}.
 */
public interface OperationProvider {

    /** Returns the operations this provider contributes. */
    List<Operation> operations();
}
