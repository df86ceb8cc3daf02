package org.jdarts.core.loop;

import ai.djl.ndarray.NDArray;
import java.util.List;

/**
 * The result of one forward and backward pass, left on the device: nothing of it is read on the
 * host unless asked for ({@link WeightTrainer#step} reads the weight step's loss and accuracy once).
 *
 * @param loss the mean loss of the batch that is reported (the main head's), a 0-d float64 array
 * @param correct correctly classified images, a 0-d int64 array
 * @param size batch size
 * @param grads gradients of the arrays the pass differentiated, in their order
 */
public record Pass(NDArray loss, NDArray correct, long size, List<NDArray> grads) {}
