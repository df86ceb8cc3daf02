package org.jdarts.core.eval;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import java.util.SplittableRandom;

/**
 * Drop-path as in the DARTS reference: each sample's output of an operation is zeroed with
 * probability p and the others are scaled by 1/(1−p). The random draws come from a seeded Java
 * generator, so that a training step is reproducible (and a resumed run equals an uninterrupted one).
 */
public final class DropPath {

    private DropPath() {}

    /**
     * Applies drop-path.
     *
     * @param x an operation's output, N×C×H×W
     * @param p drop probability in [0, 1)
     * @param random the generator of the per-sample draws
     * @return x with dropped samples zeroed and kept ones scaled
     */
    public static NDArray apply(NDArray x, double p, SplittableRandom random) {
        if (p <= 0) {
            return x;
        }
        int n = (int) x.getShape().get(0);
        float[] mask = new float[n];
        float keep = (float) (1 / (1 - p));
        for (int i = 0; i < n; i++) {
            mask[i] = random.nextDouble() < p ? 0f : keep;
        }
        NDArray m = x.getManager().create(mask, new Shape(n, 1, 1, 1)).toType(x.getDataType(), false);
        return x.mul(m.toDevice(x.getDevice(), false));
    }
}
