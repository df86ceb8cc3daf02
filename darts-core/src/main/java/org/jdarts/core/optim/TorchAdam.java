package org.jdarts.core.optim;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.util.List;

/**
 * Adam with {@code torch.optim.Adam}'s semantics, including its L2 weight decay (added to the
 * gradient, not decoupled): DARTS updates α with lr 3e-4, betas (0.5, 0.999), weight decay 1e-3.
 */
public final class TorchAdam {

    private final double lr;
    private final double beta1;
    private final double beta2;
    private final double eps;
    private final double weightDecay;
    private final NDArray[] m;
    private final NDArray[] v;
    private long step;

    /**
     * Creates the optimiser.
     *
     * @param size number of parameter arrays
     * @param lr learning rate
     * @param beta1 first-moment decay
     * @param beta2 second-moment decay
     * @param weightDecay L2 factor added to the gradient
     */
    public TorchAdam(int size, double lr, double beta1, double beta2, double weightDecay) {
        this.lr = lr;
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.eps = 1e-8;
        this.weightDecay = weightDecay;
        this.m = new NDArray[size];
        this.v = new NDArray[size];
    }

    /**
     * Updates {@code params} in place (outside gradient recording).
     *
     * @param params parameter arrays
     * @param grads their gradients
     * @param stateManager owns the moment estimates
     */
    public void step(List<NDArray> params, List<NDArray> grads, NDManager stateManager) {
        step++;
        double bias1 = 1 - Math.pow(beta1, step);
        double bias2 = 1 - Math.pow(beta2, step);
        for (int i = 0; i < params.size(); i++) {
            NDArray p = params.get(i);
            try (NDArray decay = p.mul(weightDecay); NDArray g = grads.get(i).add(decay)) {
                if (m[i] == null) {
                    m[i] = p.zerosLike();
                    v[i] = p.zerosLike();
                    m[i].attach(stateManager);
                    v[i].attach(stateManager);
                }
                try (NDArray scaled = g.mul(1 - beta1)) {
                    m[i].muli(beta1).addi(scaled);
                }
                try (NDArray squared = g.mul(g)) {
                    v[i].muli(beta2).addi(squared.muli(1 - beta2));
                }
                try (NDArray denom = v[i].sqrt().divi(Math.sqrt(bias2)).addi(eps);
                        NDArray update = m[i].div(denom).muli(lr / bias1)) {
                    p.subi(update);
                }
            }
        }
    }

    /** Returns the number of parameter arrays. */
    public int size() {
        return m.length;
    }

    /** Returns the number of steps taken. */
    public long stepCount() {
        return step;
    }

    /** Returns the first-moment estimate of parameter {@code i} (null before the first step). */
    public NDArray firstMoment(int i) {
        return m[i];
    }

    /** Returns the second-moment estimate of parameter {@code i} (null before the first step). */
    public NDArray secondMoment(int i) {
        return v[i];
    }

    /**
     * Restores the state (from a checkpoint).
     *
     * @param steps steps taken
     * @param first first moments
     * @param second second moments
     */
    public void restore(long steps, NDArray[] first, NDArray[] second) {
        this.step = steps;
        System.arraycopy(first, 0, m, 0, m.length);
        System.arraycopy(second, 0, v, 0, v.length);
    }
}
