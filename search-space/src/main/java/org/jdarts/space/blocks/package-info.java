/**
 * DJL blocks the operations are assembled from: layers with PyTorch conventions, FactorizedReduce, residual and zero blocks.
 */
package org.jdarts.space.blocks;
