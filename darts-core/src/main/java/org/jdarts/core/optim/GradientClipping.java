package org.jdarts.core.optim;

import ai.djl.ndarray.NDArray;
import java.util.List;

/**
 * {@code torch.nn.utils.clip_grad_norm_}: scales all gradients together when their global L2 norm
 * exceeds a maximum (DJL's {@code optClipGrad} clips each element instead).
 */
public final class GradientClipping {

    private GradientClipping() {}

    /**
     * Clips in place.
     *
     * @param grads the gradients
     * @param maxNorm the largest allowed global L2 norm
     * @return the global norm before clipping
     */
    public static double clipGlobalNorm(List<NDArray> grads, double maxNorm) {
        double total = globalNorm(grads);
        double coef = maxNorm / (total + 1e-6);
        if (coef < 1) {
            for (NDArray g : grads) {
                g.muli(coef);
            }
        }
        return total;
    }

    /**
     * Returns sqrt(Σ‖g‖²) over all arrays.
     *
     * @param grads the arrays
     * @return the global L2 norm
     */
    public static double globalNorm(List<NDArray> grads) {
        NDArray sum = null;
        for (NDArray g : grads) {
            NDArray sq;
            try (NDArray squares = g.square()) {
                sq = squares.sum();
            }
            if (sum == null) {
                sum = sq;
            } else {
                sum.addi(sq);
                sq.close();
            }
        }
        if (sum == null) {
            return 0;
        }
        try (NDArray total = sum; NDArray wide = total.toType(ai.djl.ndarray.types.DataType.FLOAT64, false)) {
            return Math.sqrt(wide.getDouble());
        }
    }
}
