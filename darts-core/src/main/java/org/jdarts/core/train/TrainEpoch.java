package org.jdarts.core.train;

/**
 * What one training epoch produced.
 *
 * @param epoch the epoch, from 0
 * @param lr learning rate used
 * @param dropPath drop-path probability used
 * @param trainLoss mean training loss (main head)
 * @param trainAccuracy training accuracy in [0, 1]
 * @param testLoss mean test loss
 * @param testAccuracy test accuracy in [0, 1]
 * @param seconds wall time
 */
public record TrainEpoch(int epoch, double lr, double dropPath, double trainLoss, double trainAccuracy,
        double testLoss, double testAccuracy, double seconds) {}
