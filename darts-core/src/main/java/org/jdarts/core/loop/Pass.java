package org.jdarts.core.loop;

import ai.djl.ndarray.NDArray;
import java.util.List;

/**
 * The result of one forward and backward pass.
 *
 * @param loss the mean loss of the batch that is reported (the main head's)
 * @param correct correctly classified images
 * @param size batch size
 * @param grads gradients of the arrays the pass differentiated, in their order
 */
public record Pass(double loss, long correct, long size, List<NDArray> grads) {}
