package org.jdarts.core.loop;

/**
 * What one weight step (of a training run or a bilevel search step) measured on its batch: the
 * step's one read from the device.
 *
 * @param loss the weight step's mean training loss
 * @param correct correctly classified training images
 * @param size the training batch size
 */
public record StepResult(double loss, long correct, long size) {}
