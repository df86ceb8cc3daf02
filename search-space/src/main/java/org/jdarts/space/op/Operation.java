package org.jdarts.space.op;

import ai.djl.nn.Block;
import java.util.List;
import java.util.Set;

/**
 * A candidate operation of a DARTS edge: a name, its parameters, its {@link OperationTrait traits}
 * and a factory of DJL blocks.
 *
 * <p>Every block an operation creates maps an input of shape N×C×H×W to an output of shape
 * N×C×(H/stride)×(W/stride). Operations reach jdarts through {@link java.util.ServiceLoader}: a
 * jar names its operation classes (each with a public no-argument constructor) in
 * {@code META-INF/services/org.jdarts.space.op.Operation}, or an {@link OperationProvider} in
 * {@code META-INF/services/org.jdarts.space.op.OperationProvider}.
 */
public interface Operation {

    /** Returns the unique name used in search spaces and genotypes (for example {@code sep_conv_3x3}). */
    String name();

    /** Returns a one-line description for {@code jdarts ops}. */
    String description();

    /** Returns the parameters a search-space file may set; none by default. */
    default List<OperationParameter> parameters() {
        return List.of();
    }

    /**
     * Returns what the operation is at this stride (none by default).
     *
     * @param stride 1 or 2
     * @return its traits; with {@link OperationTrait#RELU_INPUT}, {@link #create} leaves the ReLU out
     */
    default Set<OperationTrait> traits(int stride) {
        return Set.of();
    }

    /**
     * Creates a new, uninitialised block.
     *
     * @param context channels, stride, form and parameter values
     * @return a block mapping N×C×H×W to N×C×(H/stride)×(W/stride); for an operation with
     *     {@link OperationTrait#RELU_INPUT} at this stride, the part after the leading ReLU
     */
    Block create(OperationContext context);
}
