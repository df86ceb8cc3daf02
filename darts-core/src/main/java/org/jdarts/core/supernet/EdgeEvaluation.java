package org.jdarts.core.supernet;

/**
 * How a search cell evaluates its mixed edges. Both give the same logits, losses and gradients
 * (up to the order of floating-point summation inside the kernels); fused does less work.
 */
public enum EdgeEvaluation {

    /**
     * All edges that leave one node together (5 evaluations per cell instead of 14): operations
     * with {@link org.jdarts.space.op.OperationTrait#PARAMETER_FREE} computed once per node,
     * operations with {@link org.jdarts.space.op.OperationTrait#FUSABLE} as one grouped
     * computation for all the node's edges where the tensors are small enough for that to pay on a
     * CPU (always on other devices; see {@code FusedEdges.CPU_STACK_LIMIT}), the others edge by edge.
     */
    FUSED,

    /** Every edge on its own, as the reference implementation does. */
    PER_EDGE
}
