package org.jdarts.core.optim;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.util.List;

/**
 * Stochastic gradient descent with exactly {@code torch.optim.SGD}'s semantics (no dampening, no
 * Nesterov): d = g + wd·w; buf = d on the first step, else momentum·buf + d; w −= lr·buf.
 * DJL's own SGD applies momentum differently, which is why DARTS needs this one.
 */
public final class TorchSgd {

    private final double momentum;
    private final double weightDecay;
    private final NDArray[] buffers;

    /**
     * Creates the optimiser.
     *
     * @param size the number of parameter arrays it updates
     * @param momentum momentum factor (DARTS: 0.9)
     * @param weightDecay L2 factor added to the gradient (DARTS: 3e-4)
     */
    public TorchSgd(int size, double momentum, double weightDecay) {
        this.momentum = momentum;
        this.weightDecay = weightDecay;
        this.buffers = new NDArray[size];
    }

    /**
     * Updates {@code params} in place. Call outside any gradient recording.
     *
     * @param params the parameter arrays
     * @param grads their gradients, same order
     * @param lr the learning rate of this step
     * @param stateManager owns the momentum buffers (lives as long as the optimiser)
     */
    public void step(List<NDArray> params, List<NDArray> grads, double lr, NDManager stateManager) {
        for (int i = 0; i < params.size(); i++) {
            NDArray w = params.get(i);
            try (NDArray decay = w.mul(weightDecay); NDArray d = grads.get(i).add(decay)) {
                if (buffers[i] == null) {
                    buffers[i] = d.duplicate();
                    buffers[i].attach(stateManager);
                } else {
                    buffers[i].muli(momentum).addi(d);
                }
                try (NDArray delta = buffers[i].mul(lr)) {
                    w.subi(delta);
                }
            }
        }
    }

    /**
     * Returns momentum·buf for parameter {@code i}, or {@code null} before its first step (the
     * second-order virtual step treats that as zero, like the reference).
     */
    public NDArray buffer(int i) {
        return buffers[i];
    }

    /** Returns the number of parameter arrays. */
    public int size() {
        return buffers.length;
    }

    /** Returns the momentum factor. */
    public double momentum() {
        return momentum;
    }

    /** Returns the weight-decay factor. */
    public double weightDecay() {
        return weightDecay;
    }

    /**
     * Restores the momentum buffers (from a checkpoint).
     *
     * @param i parameter index
     * @param buffer the buffer, or {@code null} if that parameter had not been stepped
     */
    public void setBuffer(int i, NDArray buffer) {
        buffers[i] = buffer;
    }
}
