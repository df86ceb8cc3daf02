package org.jdarts.core.genotype;

/**
 * The softmax of the architecture parameters: per cell type, one row per edge (in the reference's
 * order 2←0, 2←1, 3←0, …) and one column per operation of the search space.
 *
 * @param normal softmax(α_normal), edges × operations
 * @param reduce softmax(α_reduce), edges × operations
 */
public record ArchitectureWeights(double[][] normal, double[][] reduce) {}
