/**
 * DJL blocks the operations are assembled from: layers with PyTorch conventions, FactorizedReduce,
 * residual and zero blocks, and {@link org.jdarts.space.blocks.StackedBlocks}, which runs k copies
 * of such a block on one input as one grouped computation.
 */
package org.jdarts.space.blocks;
