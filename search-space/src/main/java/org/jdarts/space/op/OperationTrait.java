package org.jdarts.space.op;

/**
 * What jdarts needs to know about an operation beyond the block it builds. An operation declares
 * its traits per stride ({@link Operation#traits(int)}); the supernet and the evaluation network
 * act on them instead of on names or block classes, so plugin operations get the same treatment
 * as built-in ones.
 */
public enum OperationTrait {

    /**
     * The output is zeros (DARTS' {@code none}): a mixed edge leaves it out of its weighted sum (its
     * term is zero and has no gradient), genotype derivation never picks it, and a genotype may not
     * name it.
     */
    ZERO,

    /**
     * The operation starts with a ReLU of its input. {@link Operation#create} then returns only
     * what follows the ReLU, and jdarts applies the ReLU in front of it: once per node in a
     * supernet, shared by every edge that leaves that node (the result is identical to a ReLU per
     * edge), and as a {@code ReluThen} block everywhere else.
     */
    RELU_INPUT,

    /** The operation returns its input unchanged: drop-path never drops it. */
    IDENTITY
}
