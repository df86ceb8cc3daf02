package org.jdarts.core.method.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import java.util.List;
import java.util.Map;
import org.jdarts.core.method.MethodFixture;
import org.jdarts.core.method.SearchHooks;
import org.jdarts.core.method.SearchMethodRegistry;
import org.jdarts.core.search.BilevelOptimizer;
import org.jdarts.core.supernet.EdgeDesign;
import org.jdarts.core.supernet.SearchNetwork;
import org.junit.jupiter.api.Test;

/** β-DARTS: λ grows with the epoch, and the term's gradient matches a numerical derivative. */
class BetaDartsTest {

    @Test
    void lambdaGrowsLinearlyWithTheEpochAndIsOffAtZero() {
        BetaDarts.Regulariser r = (BetaDarts.Regulariser) SearchMethodRegistry.load().configure("beta-darts",
                Map.of()).hooks();
        r.startEpoch(0, 50, 1, null);
        assertEquals(0, r.lambda());
        try (NDManager m = NDManager.newBaseManager()) {
            assertNull(r.architectureTerm(List.of(m.ones(new Shape(2, 3)), m.ones(new Shape(2, 3)))));
        }
        r.startEpoch(7, 50, 1, null);
        assertEquals(3.5, r.lambda(), 1e-12);
    }

    @Test
    void theTermsGradientMatchesANumericalDerivative() {
        try (NDManager m = NDManager.newBaseManager()) {
            m.getEngine().setRandomSeed(5);
            NDArray normal = m.randomNormal(new Shape(14, 8)).toType(DataType.FLOAT64, false);
            NDArray reduce = m.randomNormal(new Shape(14, 8)).toType(DataType.FLOAT64, false);
            SearchHooks hooks = SearchMethodRegistry.load().configure("beta-darts", Map.of()).hooks();
            hooks.startEpoch(4, 50, 1, null); // λ = 2
            normal.setRequiresGradient(true);
            reduce.setRequiresGradient(true);
            try (GradientCollector c = Engine.getInstance().newGradientCollector()) {
                c.backward(hooks.architectureTerm(List.of(normal, reduce)));
            }
            double[] analytic = normal.getGradient().toDoubleArray();
            double[] a = normal.toDoubleArray();
            double[] b = reduce.toDoubleArray();
            double h = 1e-6;
            double worst = 0;
            for (int i = 0; i < a.length; i++) {
                double keep = a[i];
                a[i] = keep + h;
                double up = term(a, b, 2);
                a[i] = keep - h;
                double down = term(a, b, 2);
                a[i] = keep;
                worst = Math.max(worst, Math.abs((up - down) / (2 * h) - analytic[i]));
            }
            assertEquals(0, worst, 1e-7, "largest difference between the gradient and central differences");
            // the value itself: λ · mean over 28 rows of logsumexp
            assertEquals(term(a, b, 2), hooks.architectureTerm(List.of(normal, reduce)).getDouble(), 1e-9);
        }
    }

    @Test
    void theArchitectureGradientGainsLambdaTimesSoftmaxOverTheEdgeCount() {
        try (NDManager m = NDManager.newBaseManager()) {
            MethodFixture f = new MethodFixture(m);
            SearchNetwork net = f.network(EdgeDesign.PLAIN);
            SearchHooks beta = SearchMethodRegistry.load().configure("beta-darts", Map.of()).hooks();
            BilevelOptimizer darts = f.optimizer(net, SearchHooks.darts());
            BilevelOptimizer regularised = f.optimizer(net, beta);
            regularised.startEpoch(4, 50, 1); // λ = 2
            List<NDArray> plain = darts.alphaGradient(f.xTrain, f.yTrain, f.xVal, f.yVal, 0.025, m).stream()
                    .map(NDArray::duplicate).toList(); // the returned gradients are live views
            List<NDArray> with = regularised.alphaGradient(f.xTrain, f.yTrain, f.xVal, f.yVal, 0.025, m);
            List<NDArray> alphas = MethodFixture.alphas(net);
            long rows = alphas.get(0).getShape().get(0) + alphas.get(1).getShape().get(0);
            for (int i = 0; i < 2; i++) {
                NDArray expected = alphas.get(i).softmax(1).mul(2.0 / rows);
                float[] gained = with.get(i).sub(plain.get(i)).toFloatArray();
                float[] want = expected.toFloatArray();
                for (int j = 0; j < want.length; j++) {
                    assertEquals(want[j], gained[j], 1e-6, "α table " + i + " element " + j);
                }
            }
        }
    }

    /** λ · mean over the rows of both tables of log Σ exp, in plain Java. */
    private static double term(double[] normal, double[] reduce, double lambda) {
        double sum = 0;
        for (double[] t : new double[][] {normal, reduce}) {
            for (int r = 0; r < 14; r++) {
                double s = 0;
                for (int k = 0; k < 8; k++) {
                    s += Math.exp(t[r * 8 + k]);
                }
                sum += Math.log(s);
            }
        }
        return lambda * sum / 28;
    }
}
