package org.jdarts.core.method.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import java.util.HexFormat;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.jdarts.core.method.MethodFixture;
import org.jdarts.core.method.SearchHooks;
import org.jdarts.core.method.SearchMethodRegistry;
import org.jdarts.core.search.BilevelOptimizer;
import org.jdarts.core.supernet.EdgeDesign;
import org.jdarts.core.supernet.SearchNetwork;
import org.junit.jupiter.api.Test;

/** SDARTS-RS: the noise stays within ±ε of the ramp, leaves α alone, and a resumed run draws the same noise. */
class SdartsRsTest {

    @Test
    void theNoiseIsBoundedByTheEpochsEpsilonAndNotZero() {
        try (NDManager m = NDManager.newBaseManager()) {
            MethodFixture f = new MethodFixture(m);
            SdartsRs.Noise noise = (SdartsRs.Noise) SearchMethodRegistry.load().configure("sdarts-rs", Map.of()).hooks();
            SearchNetwork net = f.network(EdgeDesign.PLAIN);
            noise.startEpoch(2, 5, 11, net);
            double epsilon = 0.03 + (0.3 - 0.03) * 2 / 5;
            assertEquals(epsilon, noise.epsilon(), 1e-12);
            NDArray soft = net.alphaNormal().getArray().softmax(-1);
            NDArray diff = noise.weightStepMixing(soft).sub(soft).abs();
            float max = diff.max().getFloat();
            assertTrue(max <= epsilon + 1e-6, "noise " + max + " exceeds ε " + epsilon);
            assertTrue(max > 0.5 * epsilon, "noise " + max + " is implausibly small for U(-ε, ε) over "
                    + soft.size() + " draws");
        }
    }

    @Test
    void theWeightStepSeesTheNoiseButAlphaAndLaterPassesDoNot() {
        try (NDManager m = NDManager.newBaseManager()) {
            MethodFixture f = new MethodFixture(m);
            SearchNetwork darts = f.network(EdgeDesign.PLAIN);
            SearchNetwork noisy = f.network(EdgeDesign.PLAIN);
            MethodFixture.copyShared(darts, noisy);
            BilevelOptimizer a = f.optimizer(darts, SearchHooks.darts());
            BilevelOptimizer b = f.optimizer(noisy,
                    SearchMethodRegistry.load().configure("sdarts-rs", Map.of()).hooks());
            f.steps(a, 0, 1);
            f.steps(b, 0, 1);
            // the architecture step came first and saw no noise: α alike, bit for bit
            MethodFixture.assertSameBytes("α after one step", MethodFixture.alphas(darts), MethodFixture.alphas(noisy));
            // the weight step saw the noise: the weights differ
            NDArray w1 = darts.weights().get(0).getArray();
            NDArray w2 = noisy.weights().get(0).getArray();
            assertTrue(w1.sub(w2).abs().max().getFloat() > 0, "the noise must reach the weight step");
            // and the mixing is restored: an inference pass mixes with softmax(α) again
            NDArray x = f.xVal;
            NDArray before = noisy.forward(b.store(), new NDList(x), false).singletonOrThrow();
            noisy.setMixing(UnaryOperator.identity());
            NDArray again = noisy.forward(b.store(), new NDList(x), false).singletonOrThrow();
            assertEquals(HexFormat.of().formatHex(before.toByteArray()), HexFormat.of().formatHex(again.toByteArray()));
        }
    }

    @Test
    void aSkippedStepConsumesTheDrawsOfARunStep() {
        try (NDManager m = NDManager.newBaseManager()) {
            MethodFixture f = new MethodFixture(m);
            SearchNetwork net = f.network(EdgeDesign.PLAIN);
            NDArray soft = net.alphaNormal().getArray().softmax(-1);
            SdartsRs.Noise run = (SdartsRs.Noise) SearchMethodRegistry.load().configure("sdarts-rs", Map.of()).hooks();
            run.startEpoch(1, 5, 11, net);
            run.weightStepMixing(soft);
            run.weightStepMixing(soft);
            NDArray second = run.weightStepMixing(soft);
            SdartsRs.Noise resumed = (SdartsRs.Noise) SearchMethodRegistry.load().configure("sdarts-rs", Map.of())
                    .hooks();
            resumed.startEpoch(1, 5, 11, net);
            resumed.skipStep();
            NDArray again = resumed.weightStepMixing(soft);
            assertEquals(HexFormat.of().formatHex(second.toByteArray()), HexFormat.of().formatHex(again.toByteArray()));
            SdartsRs.Noise otherEpoch = (SdartsRs.Noise) SearchMethodRegistry.load().configure("sdarts-rs", Map.of())
                    .hooks();
            otherEpoch.startEpoch(2, 5, 11, net);
            otherEpoch.skipStep();
            assertNotEquals(HexFormat.of().formatHex(second.toByteArray()),
                    HexFormat.of().formatHex(otherEpoch.weightStepMixing(soft).toByteArray()));
        }
    }
}
