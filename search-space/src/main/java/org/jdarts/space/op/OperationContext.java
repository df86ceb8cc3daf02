package org.jdarts.space.op;

/**
 * Everything an {@link Operation} needs to build one instance of itself.
 *
 * @param channels C: the number of input and output channels
 * @param stride 1, or 2 on the edges of a reduction cell that leave a cell input
 * @param affine {@code true} for the evaluation form (BatchNorm with learnable scale and shift),
 *     {@code false} for the search form
 * @param args the operation's parameter values
 */
public record OperationContext(int channels, int stride, boolean affine, OperationArgs args) {

    /** Validates the context. */
    public OperationContext {
        if (channels < 1) {
            throw new IllegalArgumentException("channels must be at least 1, got " + channels);
        }
        if (stride != 1 && stride != 2) {
            throw new IllegalArgumentException("stride must be 1 or 2, got " + stride);
        }
        if (args == null) {
            throw new IllegalArgumentException("args must not be null (use OperationArgs.empty())");
        }
    }

    /** Returns a context with default arguments, for operations without parameters. */
    public static OperationContext of(int channels, int stride, boolean affine) {
        return new OperationContext(channels, stride, affine, OperationArgs.empty());
    }
}
