package org.jdarts.core.eval;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import java.util.SplittableRandom;

/**
 * Drop-path as in the DARTS reference: each sample's output of an operation is zeroed with
 * probability p and the others are scaled by 1/(1−p). The masks of every operation of a training
 * pass are drawn at its start, in the order the pass applies them (operation by operation, one
 * draw per sample, from a seeded Java generator, so that a step is reproducible and a resumed run
 * equals an uninterrupted one), and reach the device as one array that each operation slices.
 */
final class DropPathMasks {

    private final int operations;
    private double probability;
    private SplittableRandom random;
    private NDArray masks;

    /**
     * Creates the masks of a network's (or a cell's) passes.
     *
     * @param operations the operations a pass drops (the non-identity ones)
     */
    DropPathMasks(int operations) {
        this.operations = operations;
    }

    /**
     * Sets the probability and generator of the next passes.
     *
     * @param dropProbability drop probability in [0, 1); 0 disables drop-path
     * @param draws the per-sample draws
     */
    void set(double dropProbability, SplittableRandom draws) {
        this.probability = dropProbability;
        this.random = draws;
        this.masks = null;
    }

    /**
     * Draws the masks of one training pass and uploads them at once, in {@code x}'s manager and
     * on its device.
     *
     * @param x the pass's input (its first dimension is the batch)
     */
    void draw(NDArray x) {
        masks = null;
        if (probability <= 0 || operations == 0) {
            return;
        }
        int n = (int) x.getShape().get(0);
        float[] values = new float[operations * n];
        float keep = (float) (1 / (1 - probability));
        for (int i = 0; i < values.length; i++) {
            values[i] = random.nextDouble() < probability ? 0f : keep;
        }
        masks = x.getManager().create(values, new Shape(operations, n, 1, 1, 1)).toType(x.getDataType(), false);
    }

    /**
     * Applies the mask of one operation of the pass.
     *
     * @param h the operation's output, N×C×H×W
     * @param operation the operation's place in the pass, from 0
     * @return h with dropped samples zeroed and kept ones scaled (h itself without drop-path)
     */
    NDArray apply(NDArray h, int operation) {
        return masks == null ? h : h.mul(masks.get(operation));
    }
}
