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
    private NDArray xt;
    private NDArray yt;
    private NDArray xv;
    private NDArray yv;

    /** A tiny float64 supernet whose α are large enough for the Hessian term to matter. */
    private void build(NDManager manager) {
        SearchSpace space = SearchSpaces.parse("{\"operations\": [\"none\", \"skip_connect\", \"avg_pool_3x3\","
                + " \"sep_conv_3x3\", \"dil_conv_3x3\"]}", "tiny", OperationRegistry.load());
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
        xt = m.randomNormal(0, 1, new Shape(8, 3, 16, 16), DataType.FLOAT64);
        yt = m.create(new int[] {0, 1, 2, 1, 2, 0, 1, 1});
        xv = m.randomNormal(0, 1, new Shape(8, 3, 16, 16), DataType.FLOAT64);
        yv = m.create(new int[] {2, 0, 1, 0, 1, 2, 2, 0});
    }

    @Test
    void hessianTermMatchesABruteForceNumericalDerivative() {
        try (NDManager manager = NDManager.newBaseManager()) {
            build(manager);

            double[] secondOrder = opt.alphaGradient(xt, yt, xv, yv, XI, m).get(0).toDoubleArray();

            // Rebuild w' and v as specified, and the direct term ∇α L_val(w', α).
            List<NDArray> w = copies(weights);
            List<NDArray> grads = opt.pass(xt, yt, weights, alphas, m).grads();
            for (int i = 0; i < weights.size(); i++) {
                weights.get(i).subi(grads.get(i).add(w.get(i).mul(WEIGHT_DECAY)).muli(XI));
            }
            List<NDArray> v = opt.pass(xv, yv, weights, alphas, m).grads();
            double[] direct = opt.pass(xv, yv, alphas, weights, m).grads().get(0).toDoubleArray();
            double eps = 0.01 / GradientClipping.globalNorm(v).getDouble();
            List<NDArray> plus = shifted(w, v, eps);
            List<NDArray> minus = shifted(w, v, -eps);

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

    /**
     * After a real step the SGD momentum buffer is not empty, and the virtual step must use it:
     * w' = w − ξ(momentum·buf + ∇w L_train + wd·w). The second-order gradient is rebuilt here from
     * that w' by the reference's formula; the same formula with the buffer left out must differ.
     */
    @Test
    void virtualStepUsesTheMomentumBuffer() {
        try (NDManager manager = NDManager.newBaseManager()) {
            build(manager);
            opt.step(xt, yt, xv, yv, XI);
            assertTrue(opt.sgd().buffer(0) != null, "a step fills the momentum buffer");

            List<NDArray> w = copies(weights);
            double[] secondOrder = opt.alphaGradient(xt, yt, xv, yv, XI, m).get(0).toDoubleArray();
            for (int i = 0; i < weights.size(); i++) {
                assertTrue(weights.get(i).contentEquals(w.get(i)), "weights restored after the virtual step");
            }
            double[] expected = rebuiltSecondOrder(w, 0.9);
            double[] withoutMomentum = rebuiltSecondOrder(w, 0);
            double scale = 0;
            double error = 0;
            double momentumEffect = 0;
            for (int k = 0; k < expected.length; k++) {
                scale = Math.max(scale, Math.abs(expected[k]));
                error = Math.max(error, Math.abs(expected[k] - secondOrder[k]));
                momentumEffect = Math.max(momentumEffect, Math.abs(expected[k] - withoutMomentum[k]));
            }
            assertTrue(error <= 1e-9 * Math.max(1, scale), "max abs difference " + error + " (scale " + scale + ")");
            assertTrue(momentumEffect > 1e-6 * scale, "the buffer must change the gradient (" + momentumEffect + ")");
        }
    }

    /** ∇α L_val(w', α) − ξ·[∇α L_train(w⁺, α) − ∇α L_train(w⁻, α)]/(2ε), from the weights {@code w}. */
    private double[] rebuiltSecondOrder(List<NDArray> w, double momentum) {
        setWeights(w);
        List<NDArray> grads = copies(opt.pass(xt, yt, weights, alphas, m).grads());
        for (int i = 0; i < weights.size(); i++) {
            NDArray direction = grads.get(i).add(w.get(i).mul(WEIGHT_DECAY)).add(opt.sgd().buffer(i).mul(momentum));
            weights.get(i).subi(direction.muli(XI));
        }
        List<NDArray> v = copies(opt.pass(xv, yv, weights, alphas, m).grads());
        NDArray direct = opt.pass(xv, yv, alphas, weights, m).grads().get(0).duplicate();
        double eps = 0.01 / GradientClipping.globalNorm(v).getDouble();
        setWeights(shifted(w, v, eps));
        NDArray gp = opt.pass(xt, yt, alphas, weights, m).grads().get(0).duplicate();
        setWeights(shifted(w, v, -eps));
        NDArray gm = opt.pass(xt, yt, alphas, weights, m).grads().get(0).duplicate();
        setWeights(w);
        return direct.sub(gp.sub(gm).div(2 * eps).mul(XI)).toDoubleArray();
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

    /** Returns w + scale·v. */
    private static List<NDArray> shifted(List<NDArray> w, List<NDArray> v, double scale) {
        List<NDArray> out = new ArrayList<>();
        for (int i = 0; i < w.size(); i++) {
            out.add(w.get(i).add(v.get(i).mul(scale)));
        }
        return out;
    }

    private static List<NDArray> copies(List<NDArray> arrays) {
        List<NDArray> out = new ArrayList<>();
        arrays.forEach(a -> out.add(a.duplicate()));
        return out;
    }
}
