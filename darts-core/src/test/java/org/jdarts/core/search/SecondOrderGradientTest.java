package org.jdarts.core.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import java.nio.DoubleBuffer;
import java.util.ArrayList;
import java.util.List;
import org.jdarts.core.nn.Classification;
import org.jdarts.core.optim.GradientClipping;
import org.jdarts.core.supernet.SearchNetwork;
import org.jdarts.space.SearchSpace;
import org.jdarts.core.network.NetworkShape;
import org.jdarts.space.SearchSpaces;
import org.jdarts.space.op.OperationRegistry;
import org.junit.jupiter.api.Test;

/**
 * The finite-difference (Hessian) term of the second-order architecture gradient,
 * ξ·[∇α L_train(w⁺, α) − ∇α L_train(w⁻, α)]/(2ε) with w± = w ± ε·v, v = ∇w' L_val(w', α) and
 * ε = 0.01/‖v‖, against a brute-force numerical derivative of the same quantity: the central
 * difference in α of ξ·[L_train(w⁺, α) − L_train(w⁻, α)]/(2ε), from loss values only. A port
 * that divides by 2 and then multiplies by ε is off by a factor ε² and fails.
 */
class SecondOrderGradientTest {

    private static final double XI = 0.5;
    private static final double WEIGHT_DECAY = 3e-2;

    private NDManager m;
    private SearchNetwork net;
    private BilevelOptimizer opt;
    private List<NDArray> weights;
    private List<NDArray> alphas;

    @Test
    void hessianTermMatchesABruteForceNumericalDerivative() {
        SearchSpace space = SearchSpaces.parse("{\"operations\": [\"none\", \"skip_connect\", \"avg_pool_3x3\","
                + " \"sep_conv_3x3\", \"dil_conv_3x3\"]}", "tiny", OperationRegistry.load());
        try (NDManager manager = NDManager.newBaseManager()) {
            m = manager;
            m.getEngine().setRandomSeed(7);
            net = new SearchNetwork(space, new NetworkShape(4, 3, 3));
            net.initialize(m, DataType.FLOAT64, new Shape(1, 3, 16, 16));
            net.alphaNormal().getArray().muli(300);
            net.alphaReduce().getArray().muli(300);
            opt = new BilevelOptimizer(net, new SearchHyperparameters(0.1, 0.0, 0.9, WEIGHT_DECAY, 5, 3e-4, 0.5,
                    0.999, 0, SearchOrder.SECOND), m);
            weights = new ArrayList<>();
            net.weights().forEach(p -> weights.add(p.getArray()));
            alphas = List.of(net.alphaNormal().getArray(), net.alphaReduce().getArray());
            NDArray xt = m.randomNormal(0, 1, new Shape(8, 3, 16, 16), DataType.FLOAT64);
            NDArray yt = m.create(new int[] {0, 1, 2, 1, 2, 0, 1, 1});
            NDArray xv = m.randomNormal(0, 1, new Shape(8, 3, 16, 16), DataType.FLOAT64);
            NDArray yv = m.create(new int[] {2, 0, 1, 0, 1, 2, 2, 0});

            double[] secondOrder = opt.alphaGradient(xt, yt, xv, yv, XI, m).get(0).toDoubleArray();

            // Rebuild w' and v as specified, and the direct term ∇α L_val(w', α).
            List<NDArray> w = copies(weights);
            List<NDArray> grads = opt.pass(xt, yt, weights, alphas, m).grads();
            for (int i = 0; i < weights.size(); i++) {
                weights.get(i).subi(grads.get(i).add(w.get(i).mul(WEIGHT_DECAY)).muli(XI));
            }
            List<NDArray> v = opt.pass(xv, yv, weights, alphas, m).grads();
            double[] direct = opt.pass(xv, yv, alphas, weights, m).grads().get(0).toDoubleArray();
            double eps = 0.01 / GradientClipping.globalNorm(v);
            List<NDArray> plus = new ArrayList<>();
            List<NDArray> minus = new ArrayList<>();
            for (int i = 0; i < weights.size(); i++) {
                plus.add(w.get(i).add(v.get(i).mul(eps)));
                minus.add(w.get(i).sub(v.get(i).mul(eps)));
            }

            NDArray alpha = alphas.get(0);
            double[] a0 = alpha.toDoubleArray();
            double h = 1e-6;
            double maxTerm = 0;
            double maxError = 0;
            for (int k = 0; k < a0.length; k += 5) {
                double up = difference(plus, minus, alpha, a0, k, h, xt, yt);
                double down = difference(plus, minus, alpha, a0, k, -h, xt, yt);
                double brute = XI * (up - down) / (2 * eps) / (2 * h);
                double term = direct[k] - secondOrder[k];
                maxTerm = Math.max(maxTerm, Math.abs(brute));
                maxError = Math.max(maxError, Math.abs(term - brute) / (1e-3 + Math.abs(brute)));
            }
            setWeights(w);
            assertTrue(maxTerm > 1e-2, "the Hessian term must be large enough to test (" + maxTerm + ")");
            assertTrue(maxError < 1e-3, "relative error of the finite-difference term: " + maxError);
        }
    }

    /** L_train(w⁺, α + δ·e_k) − L_train(w⁻, α + δ·e_k). */
    private double difference(List<NDArray> plus, List<NDArray> minus, NDArray alpha, double[] a0, int k,
            double delta, NDArray x, NDArray y) {
        double[] shifted = a0.clone();
        shifted[k] += delta;
        alpha.set(DoubleBuffer.wrap(shifted));
        setWeights(plus);
        double lp = loss(x, y);
        setWeights(minus);
        double lm = loss(x, y);
        alpha.set(DoubleBuffer.wrap(a0));
        return lp - lm;
    }

    private double loss(NDArray x, NDArray y) {
        try (NDManager scope = m.newSubManager()) {
            NDArray input = x.duplicate();
            input.attach(scope);
            NDArray logits = net.forward(new ParameterStore(m, false), new NDList(input), true).singletonOrThrow();
            return Classification.crossEntropy(logits, y).getDouble();
        }
    }

    private void setWeights(List<NDArray> values) {
        for (int i = 0; i < weights.size(); i++) {
            weights.get(i).set(values.get(i).toByteBuffer());
        }
    }

    private static List<NDArray> copies(List<NDArray> arrays) {
        List<NDArray> out = new ArrayList<>();
        arrays.forEach(a -> out.add(a.duplicate()));
        return out;
    }
}
