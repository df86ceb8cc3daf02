package org.jdarts.core.search;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.jdarts.space.ConfigException;

/**
 * The dominant eigenvalue of a Hessian known only through gradients (R-DARTS' collapse indicator,
 * Zela et al. 2020, there of the validation loss with respect to α): power iteration on
 * Hessian–vector products by central finite differences, H·v ≈ (∇f(x + εv) − ∇f(x − εv)) / 2ε for a
 * unit vector v, the estimate being the Rayleigh quotient v·Hv. The point x is perturbed in place
 * and restored exactly (the same bytes) afterwards.
 */
public final class HessianEigenvalue {

    /** The gradient of the function at the current values of the point's arrays. */
    @FunctionalInterface
    public interface Gradient {
        /**
         * Computes the gradient.
         *
         * @param scope owns what the computation creates
         * @return one array per array of the point, same shapes
         */
        List<NDArray> at(NDManager scope);
    }

    /**
     * An estimate.
     *
     * @param eigenvalue the Rayleigh quotient of the last direction
     * @param iterations Hessian–vector products computed
     * @param converged whether the relative change fell below the tolerance
     */
    public record Estimate(double eigenvalue, int iterations, boolean converged) {}

    /**
     * How an estimate is run.
     *
     * @param iterations the most Hessian–vector products
     * @param tolerance stop when the estimate changes by less than this fraction of itself
     * @param epsilon the finite-difference step along the unit direction
     * @param seed the random start direction's seed
     */
    public record Settings(int iterations, double tolerance, double epsilon, long seed) {

        /** Validates the values. */
        public Settings {
            if (iterations < 1) {
                throw new ConfigException("iterations", "must be at least 1, got " + iterations);
            }
            if (!(tolerance > 0) || !(epsilon > 0)) {
                throw new IllegalArgumentException("tolerance and epsilon must be positive, got " + tolerance + ", "
                        + epsilon);
            }
        }

        /** 20 products at most, 1e-3 relative tolerance, ε = 1e-2. */
        public static Settings standard(long seed) {
            return new Settings(20, 1e-3, 1e-2, seed);
        }
    }

    private HessianEigenvalue() {}

    /**
     * Estimates the dominant eigenvalue at the current point.
     *
     * @param point the arrays the function is differentiated in (perturbed, then restored)
     * @param gradient the function's gradient at the point's current values
     * @param settings iterations, tolerance, step and seed
     * @param manager parent of the per-product managers
     * @return the estimate
     */
    public static Estimate estimate(List<NDArray> point, Gradient gradient, Settings settings, NDManager manager) {
        List<float[]> origin = new ArrayList<>(point.size());
        int n = 0;
        for (NDArray p : point) {
            float[] values = p.toFloatArray();
            origin.add(values);
            n += values.length;
        }
        double[] v = new double[n];
        SplittableRandom random = new SplittableRandom(settings.seed());
        for (int i = 0; i < n; i++) {
            v[i] = random.nextDouble(-1, 1);
        }
        normalise(v);
        double eigenvalue = Double.NaN;
        try {
            for (int it = 1; it <= settings.iterations(); it++) {
                double[] hv = product(point, origin, v, gradient, settings.epsilon(), manager);
                double next = dot(v, hv);
                double norm = Math.sqrt(dot(hv, hv));
                boolean converged = Math.abs(next - eigenvalue) <= settings.tolerance() * Math.abs(next);
                eigenvalue = next;
                if (converged || norm == 0 || !Double.isFinite(norm)) {
                    return new Estimate(eigenvalue, it, converged);
                }
                for (int i = 0; i < n; i++) {
                    v[i] = hv[i] / norm;
                }
            }
            return new Estimate(eigenvalue, settings.iterations(), false);
        } finally {
            set(point, origin, null, 0);
        }
    }

    private static double[] product(List<NDArray> point, List<float[]> origin, double[] v, Gradient gradient,
            double epsilon, NDManager manager) {
        double[] plus = gradientAt(point, origin, v, epsilon, gradient, manager);
        double[] minus = gradientAt(point, origin, v, -epsilon, gradient, manager);
        double[] hv = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            hv[i] = (plus[i] - minus[i]) / (2 * epsilon);
        }
        return hv;
    }

    private static double[] gradientAt(List<NDArray> point, List<float[]> origin, double[] v, double step,
            Gradient gradient, NDManager manager) {
        set(point, origin, v, step);
        try (NDManager scope = manager.newSubManager()) {
            double[] flat = new double[v.length];
            int offset = 0;
            for (NDArray g : gradient.at(scope)) {
                float[] values = g.toFloatArray();
                for (float value : values) {
                    flat[offset++] = value;
                }
            }
            return flat;
        }
    }

    /** Sets the point to origin + step·v in place (origin exactly when v is null). */
    private static void set(List<NDArray> point, List<float[]> origin, double[] v, double step) {
        int offset = 0;
        for (int a = 0; a < point.size(); a++) {
            float[] base = origin.get(a);
            float[] values = new float[base.length];
            for (int i = 0; i < base.length; i++) {
                values[i] = v == null ? base[i] : (float) (base[i] + step * v[offset + i]);
            }
            offset += base.length;
            NDArray p = point.get(a);
            try (NDArray target = p.getManager().create(values, p.getShape())) {
                p.set(new NDIndex(":"), target);
            }
        }
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static void normalise(double[] v) {
        double norm = Math.sqrt(dot(v, v));
        for (int i = 0; i < v.length; i++) {
            v[i] /= norm;
        }
    }
}
