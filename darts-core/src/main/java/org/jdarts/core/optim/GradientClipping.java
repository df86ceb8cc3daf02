package org.jdarts.core.optim;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.types.DataType;
import java.util.List;

/**
 * {@code torch.nn.utils.clip_grad_norm_}: scales all gradients together when their global L2 norm
 * exceeds a maximum (DJL's {@code optClipGrad} clips each element instead).
 */
public final class GradientClipping {

    private GradientClipping() {}

    /**
     * Clips in place, on the device (nothing is read on the host): every gradient is multiplied
     * by min(1, maxNorm / (norm + 1e-6)), as PyTorch does.
     *
     * @param grads the gradients
     * @param maxNorm the largest allowed global L2 norm
     */
    public static void clipGlobalNorm(List<NDArray> grads, double maxNorm) {
        if (grads.isEmpty()) {
            return;
        }
        try (NDArray total = globalNorm(grads); NDArray shifted = total.add(1e-6); NDArray ratio = NDArrays.div(maxNorm, shifted);
                NDArray coef = ratio.minimum(1.0)) {
            for (NDArray g : grads) {
                g.muli(coef); // × 1 when within the bound: exactly the same values
            }
        }
    }

    /**
     * Returns sqrt(Σ‖g‖²) over all arrays.
     *
     * @param grads the arrays
     * @return the global L2 norm, a 0-d float64 array (the squares summed in the gradients' type)
     * @throws IllegalArgumentException if there are no arrays
     */
    public static NDArray globalNorm(List<NDArray> grads) {
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
            throw new IllegalArgumentException("no arrays");
        }
        try (NDArray total = sum; NDArray wide = total.toType(DataType.FLOAT64, true)) {
            return wide.sqrt();
        }
    }
}
