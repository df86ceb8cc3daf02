package org.jdarts.space.op;

import org.jdarts.space.ConfigException;

/**
 * Everything an {@link Operation} needs to build one instance of itself.
 *
 * @param channels C: the number of input and output channels
 * @param stride 1, or 2 on the edges of a reduction cell that leave a cell input
 * @param affine {@code true} for the evaluation form (BatchNorm with learnable scale and shift),
 *     {@code false} for the search form
 * @param args the operation's parameter values
 * @param minHiddenWidth the least hidden width an operation with a hidden layer (inverted
 *     residual, sandglass) may use: 1 normally; a partial-channel search (PC-DARTS), whose edges
 *     see C/K channels, raises it so that a bottleneck keeps some width (see {@link #hiddenWidth})
 */
public record OperationContext(int channels, int stride, boolean affine, OperationArgs args, int minHiddenWidth) {

    /** Validates the context. */
    public OperationContext {
        if (channels < 1) {
            throw new ConfigException("channels", "must be at least 1, got " + channels);
        }
        if (stride != 1 && stride != 2) {
            throw new ConfigException("stride", "must be 1 or 2, got " + stride);
        }
        if (args == null) {
            throw new ConfigException("args", "must not be null (use OperationArgs.empty())");
        }
        if (minHiddenWidth < 1) {
            throw new ConfigException("minHiddenWidth", "must be at least 1, got " + minHiddenWidth);
        }
    }

    /** A context without a floor on hidden widths. */
    public OperationContext(int channels, int stride, boolean affine, OperationArgs args) {
        this(channels, stride, affine, args, 1);
    }

    /**
     * Returns the hidden width an operation should use: the width its own rule computes, at least
     * {@link #minHiddenWidth()}.
     *
     * @param computed the width from the operation's rule (for example ceil(C/t))
     * @return the width to build
     */
    public int hiddenWidth(int computed) {
        return Math.max(computed, minHiddenWidth);
    }

    /** Returns a context with default arguments, for operations without parameters. */
    public static OperationContext of(int channels, int stride, boolean affine) {
        return new OperationContext(channels, stride, affine, OperationArgs.empty());
    }
}
