package org.jdarts.space.op;

/**
 * An operation together with where it came from.
 *
 * @param operation the operation
 * @param source {@value OperationRegistry#BUILT_IN} or the location (jar) of its provider
 */
public record RegisteredOperation(Operation operation, String source) {

    /** Returns the operation's name. */
    public String name() {
        return operation.name();
    }
}
