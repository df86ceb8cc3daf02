package org.jdarts.core.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.util.ArrayList;
import java.util.List;

/**
 * Gradient bookkeeping for DJL's PyTorch engine, where gradients accumulate across collectors and
 * the arrays {@code getGradient()} returns alias the live buffers.
 */
public final class Gradients {

    private Gradients() {}

    /**
     * Prepares a backward pass that differentiates {@code wrt} only: their gradients are zeroed,
     * {@code frozen} arrays stop requiring gradients (which skips their gradient kernels).
     *
     * @param wrt arrays to differentiate
     * @param frozen arrays to leave out of this pass
     */
    public static void prepare(List<NDArray> wrt, List<NDArray> frozen) {
        for (NDArray a : frozen) {
            a.setRequiresGradient(false);
        }
        for (NDArray a : wrt) {
            a.setRequiresGradient(true);
            try (NDArray g = a.getGradient()) {
                g.subi(g);
            }
        }
    }

    /**
     * Returns copies of the gradients of {@code arrays}, owned by {@code scope} (the live buffers
     * are zeroed by the next pass).
     *
     * @param arrays arrays after a backward pass
     * @param scope owner of the copies
     * @return the gradients, same order
     */
    public static List<NDArray> copies(List<NDArray> arrays, NDManager scope) {
        List<NDArray> grads = new ArrayList<>(arrays.size());
        for (NDArray a : arrays) {
            try (NDArray live = a.getGradient()) {
                NDArray g = live.duplicate();
                g.attach(scope);
                grads.add(g);
            }
        }
        return grads;
    }

    /**
     * Returns the live gradients of {@code arrays} (views that the next pass over these arrays
     * zeroes and overwrites), their handles owned by {@code scope}. Cheaper than {@link #copies}
     * when the gradients are consumed before the next pass.
     *
     * @param arrays arrays after a backward pass
     * @param scope owner of the handles
     * @return the gradient views, same order
     */
    public static List<NDArray> views(List<NDArray> arrays, NDManager scope) {
        List<NDArray> grads = new ArrayList<>(arrays.size());
        for (NDArray a : arrays) {
            NDArray g = a.getGradient();
            g.attach(scope);
            grads.add(g);
        }
        return grads;
    }
}
