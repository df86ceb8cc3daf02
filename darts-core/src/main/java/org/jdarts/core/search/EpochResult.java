package org.jdarts.core.search;

import org.jdarts.core.genotype.Genotype;

/**
 * What one search epoch produced.
 *
 * @param epoch the epoch, from 0
 * @param lr the weight learning rate used
 * @param trainLoss mean search-train loss
 * @param trainAccuracy search-train accuracy in [0, 1]
 * @param valLoss mean search-validation loss (inference mode)
 * @param valAccuracy search-validation accuracy in [0, 1]
 * @param seconds wall time of the epoch
 * @param normalWeights softmax(α_normal), edges × operations
 * @param reduceWeights softmax(α_reduce), edges × operations
 * @param genotype the genotype derived from them
 */
public record EpochResult(
        int epoch, double lr, double trainLoss, double trainAccuracy, double valLoss, double valAccuracy,
        double seconds, double[][] normalWeights, double[][] reduceWeights, Genotype genotype) {}
