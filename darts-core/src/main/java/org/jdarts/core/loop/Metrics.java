package org.jdarts.core.loop;

/**
 * Mean loss and accuracy over some images.
 *
 * @param loss the mean loss
 * @param accuracy the fraction classified correctly, in [0, 1]
 */
public record Metrics(double loss, double accuracy) {}
