package org.jdarts.space.blocks;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;

/**
 * Arithmetic with a constant that autograd may differentiate through.
 *
 * <p>DJL 0.35.1's {@code NDArray.mul(Number)} (and {@code div}, {@code add}, {@code sub} of a
 * {@code Number}) wraps the number in a 0-d array whose memory, on a CPU, is a Java direct buffer,
 * and closes it as soon as the operation returns. Autograd keeps that array for the backward pass
 * of a product or a quotient; once the garbage collector has freed the buffer, the backward pass
 * multiplies by whatever the memory then holds (in {@code ScalarsTest}, DJL's {@code x.mul(0.7)}
 * gave x a wrong gradient in about a third of 200 rounds with a collection between the passes).
 * The constants made here live in libtorch's own memory, which autograd's reference keeps alive.
 */
public final class Scalars {

    private Scalars() {}

    /**
     * Returns {@code x × factor}, differentiable in {@code x}.
     *
     * @param x any array
     * @param factor the constant
     * @return a new array
     */
    public static NDArray times(NDArray x, double factor) {
        try (NDArray c = constant(x, factor)) {
            return x.mul(c);
        }
    }

    /**
     * Returns {@code x / divisor}, differentiable in {@code x}.
     *
     * @param x any array
     * @param divisor the constant
     * @return a new array
     */
    public static NDArray dividedBy(NDArray x, double divisor) {
        try (NDArray c = constant(x, divisor)) {
            return x.div(c);
        }
    }

    /**
     * Returns a 0-d array holding {@code value} in {@code like}'s data type, on its device, in
     * memory that libtorch owns.
     *
     * @param like the array the constant will meet
     * @param value the value (rounded to {@code like}'s data type)
     * @return the constant, in {@code like}'s manager
     */
    public static NDArray constant(NDArray like, double value) {
        NDArray c = like.getManager().ones(new Shape(), like.getDataType(), like.getDevice());
        // an in-place product on an array autograd does not hold: the Java buffer is read once, now
        c.muli(value);
        return c;
    }
}
