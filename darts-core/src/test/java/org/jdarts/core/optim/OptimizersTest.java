package org.jdarts.core.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.util.List;
import org.junit.jupiter.api.Test;

class OptimizersTest {

    /**
     * torch.optim.SGD(lr=0.1, momentum=0.9, weight_decay=0.01) from w = [1, -2] with gradients
     * [0.5, 1], [-1, 0.25], [0.1, 0.1]. By hand: d1 = g1 + 0.01·w = [0.51, 0.98], buf = d1,
     * w1 = w − 0.1·buf = [0.949, −2.098]; then buf = 0.9·buf + d, w −= 0.1·buf.
     */
    @Test
    void sgdFollowsTorchSemantics() {
        double[][] expected = {{0.949, -2.098}, {1.002151, -2.209102}, {1.038984749, -2.316884698}};
        double[][] grads = {{0.5, 1.0}, {-1.0, 0.25}, {0.1, 0.1}};
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray w = m.create(new double[] {1.0, -2.0});
            TorchSgd sgd = new TorchSgd(1, 0.9, 0.01);
            for (int t = 0; t < 3; t++) {
                sgd.step(List.of(w), List.of(m.create(grads[t])), 0.1, m);
                assertArrayEquals(expected[t], w.toDoubleArray(), 1e-12, "step " + (t + 1));
            }
        }
    }

    /** torch.optim.Adam(lr=3e-4, betas=(0.5, 0.999), weight_decay=1e-3), the DARTS α optimiser. */
    @Test
    void adamFollowsTorchSemantics() {
        double[][] expected = {
            {0.29970000001497754, -0.6997000000297914},
            {0.299493902967367, -0.699922934615662},
            {0.29970798531087056, -0.7000393217481575}};
        double[][] grads = {{0.2, -0.1}, {0.05, 0.3}, {-0.4, 0.0}};
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray p = m.create(new double[] {0.3, -0.7});
            TorchAdam adam = new TorchAdam(1, 3e-4, 0.5, 0.999, 1e-3);
            for (int t = 0; t < 3; t++) {
                adam.step(List.of(p), List.of(m.create(grads[t])), m);
                assertArrayEquals(expected[t], p.toDoubleArray(), 1e-12, "step " + (t + 1));
            }
            assertEquals(3, adam.stepCount());
        }
    }

    @Test
    void clippingScalesAllGradientsByTheGlobalNorm() {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray a = m.create(new double[] {3, 0});
            NDArray b = m.create(new double[] {0, 4});
            assertEquals(5.0, GradientClipping.globalNorm(List.of(a, b)).getDouble(), 1e-12);
            GradientClipping.clipGlobalNorm(List.of(a, b), 1.0);
            double coef = 1.0 / (5.0 + 1e-6);
            assertArrayEquals(new double[] {3 * coef, 0}, a.toDoubleArray(), 1e-12);
            assertArrayEquals(new double[] {0, 4 * coef}, b.toDoubleArray(), 1e-12);
            GradientClipping.clipGlobalNorm(List.of(a, b), 10.0); // below the bound: unchanged
            assertArrayEquals(new double[] {3 * coef, 0}, a.toDoubleArray(), 1e-12);
        }
    }

    @Test
    void cosineGoesFromMaxTowardsMin() {
        CosineSchedule s = new CosineSchedule(0.025, 0.001, 50);
        assertEquals(0.025, s.at(0), 1e-15);
        assertEquals(0.013, s.at(25), 1e-12);
        assertEquals(0.001 + 0.024 * (1 + Math.cos(Math.PI * 49 / 50)) / 2, s.at(49), 1e-15);
        assertThrows(IllegalArgumentException.class, () -> new CosineSchedule(0.001, 0.01, 5));
    }
}
