package org.jdarts.core.loop;

/**
 * What one bilevel step measured on its search-train batch.
 *
 * @param loss the weight step's mean training loss
 * @param correct correctly classified training images
 * @param size the training batch size
 * @param gradNorm the weight gradients' global L2 norm before clipping
 */
public record StepResult(double loss, long correct, long size, double gradNorm) {}
