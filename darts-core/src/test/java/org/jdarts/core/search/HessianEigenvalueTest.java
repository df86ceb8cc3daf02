package org.jdarts.core.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Power iteration on finite-difference Hessian–vector products finds the dominant eigenvalue of a
 * quadratic's known Hessian, and leaves the point as it found it.
 */
class HessianEigenvalueTest {

    @Test
    void theDominantEigenvalueOfAQuadraticIsFoundAndThePointRestored() {
        try (NDManager m = NDManager.newBaseManager()) {
            // H = Q diag(4.5, 2, -1, 0.5, 0.25, 3) Qᵀ with Q a rotation: f(x) = ½ xᵀ H x + bᵀx, ∇f = Hx + b
            double[] eigen = {4.5, 2, -1, 0.5, 0.25, 3};
            double[][] h = rotated(eigen);
            float[] flat = new float[36];
            for (int i = 0; i < 6; i++) {
                for (int j = 0; j < 6; j++) {
                    flat[i * 6 + j] = (float) h[i][j];
                }
            }
            NDArray hessian = m.create(flat, new Shape(6, 6));
            NDArray b = m.create(new float[] {0.3f, -1f, 2f, 0f, 0.5f, 1f}, new Shape(6, 1));
            // the point as two arrays, as α_normal and α_reduce are
            NDArray x1 = m.create(new float[] {0.1f, -0.2f, 0.7f, 1.5f}, new Shape(2, 2));
            NDArray x2 = m.create(new float[] {-0.4f, 0.9f}, new Shape(2));
            byte[] before1 = x1.toByteArray();
            byte[] before2 = x2.toByteArray();
            HessianEigenvalue.Gradient gradient = scope -> {
                NDArray x = x1.reshape(4).concat(x2).reshape(6, 1);
                NDArray g = hessian.matMul(x).add(b).reshape(6);
                g.attach(scope);
                return List.of(g.get("0:4").reshape(2, 2), g.get("4:6"));
            };
            HessianEigenvalue.Estimate e = HessianEigenvalue.estimate(List.of(x1, x2), gradient,
                    new HessianEigenvalue.Settings(200, 1e-4, 1e-2, 1), m);
            assertEquals(4.5, e.eigenvalue(), 1e-3 * 4.5);
            assertTrue(e.converged(), "converged in " + e.iterations() + " products");
            assertArrayEquals(before1, x1.toByteArray());
            assertArrayEquals(before2, x2.toByteArray());
        }
    }

    /** Returns Q diag(eigen) Qᵀ for a fixed orthogonal Q (a product of Givens rotations). */
    private static double[][] rotated(double[] eigen) {
        int n = eigen.length;
        double[][] q = new double[n][n];
        for (int i = 0; i < n; i++) {
            q[i][i] = 1;
        }
        for (int i = 0; i < n - 1; i++) {
            double angle = 0.3 + 0.2 * i;
            double c = Math.cos(angle);
            double s = Math.sin(angle);
            for (int r = 0; r < n; r++) {
                double a = q[r][i];
                double bb = q[r][i + 1];
                q[r][i] = c * a - s * bb;
                q[r][i + 1] = s * a + c * bb;
            }
        }
        double[][] h = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                for (int k = 0; k < n; k++) {
                    h[i][j] += q[i][k] * eigen[k] * q[j][k];
                }
            }
        }
        return h;
    }
}
