package org.jdarts.core.train;

import org.jdarts.core.loop.Metrics;

/**
 * What one training epoch produced.
 *
 * @param epoch the epoch, from 0
 * @param lr learning rate used
 * @param dropPath drop-path probability used
 * @param train mean training loss (main head) and accuracy
 * @param test test loss and accuracy (inference mode)
 * @param seconds wall time
 */
public record TrainEpoch(int epoch, double lr, double dropPath, Metrics train, Metrics test, double seconds) {}
