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
    IDENTITY,

    /**
     * The output depends on the input alone: the block has no weight that takes a gradient, and
     * any other state it keeps (the running statistics of a non-affine BatchNorm) is updated from
     * the input alone. Every edge that leaves a node then computes the same tensor, so a supernet
     * computes it once per node and keeps the state of the other edges' copies equal to it.
     */
    PARAMETER_FREE,

    /**
     * The block can be evaluated for all k edges that leave a node as one grouped computation on
     * k·C channels (the input replicated where a layer has weights per channel, grouped
     * convolutions, one BatchNorm over k·C channels). For that the block must be built only from
     * blocks jdarts knows how to stack: {@code Layers}' convolutions, BatchNorms, ReLU and ReLU6,
     * {@code SequentialBlock}, {@code ResidualBlock}, {@code ReluThen}, {@code FactorizedReduce}
     * and {@code IdentityBlock} (see {@code org.jdarts.space.blocks.StackedBlocks}); a supernet
     * checks this when it is built. Operations without this trait run edge by edge.
     */
    FUSABLE
}
