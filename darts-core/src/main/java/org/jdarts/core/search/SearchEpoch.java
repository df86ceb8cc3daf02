package org.jdarts.core.search;

import org.jdarts.core.genotype.ArchitectureWeights;
import org.jdarts.core.genotype.Genotype;
import org.jdarts.core.loop.Metrics;

/**
 * What one search epoch produced.
 *
 * @param epoch the epoch, from 0
 * @param lr the weight learning rate used
 * @param train mean search-train loss and accuracy of the weight steps
 * @param validation search-validation loss and accuracy (inference mode)
 * @param seconds wall time of the epoch
 * @param weights softmax α after the epoch
 * @param genotype the genotype derived from them
 * @param hessianEigenvalue the dominant eigenvalue of the Hessian of the validation loss with
 *     respect to the architecture parameters after the epoch, NaN on epochs without an estimate
 */
public record SearchEpoch(int epoch, double lr, Metrics train, Metrics validation, double seconds,
        ArchitectureWeights weights, Genotype genotype, double hessianEigenvalue) {}
