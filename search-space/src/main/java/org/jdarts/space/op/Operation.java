package org.jdarts.space.op;

import ai.djl.nn.Block;
import java.util.List;

/**
 * A candidate operation of a DARTS edge: a name and a factory of DJL blocks.
 *
 * <p>Every block an operation creates maps an input of shape N×C×H×W to an output of shape
 * N×C×(H/stride)×(W/stride). Operations reach jdarts through an {@link OperationProvider}.
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
     * Returns {@code true} when the operation is an identity at stride 1, so that an evaluation
     * network never applies drop-path to it.
     */
    default boolean isIdentity(int stride) {
        return false;
    }

    /**
     * Creates a new, uninitialised block.
     *
     * @param context channels, stride, form and parameter values
     * @return a block mapping N×C×H×W to N×C×(H/stride)×(W/stride)
     */
    Block create(OperationContext context);
}
