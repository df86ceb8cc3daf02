package org.jdarts.core.method.builtin;

import ai.djl.ndarray.NDArray;
import java.util.List;
import java.util.SplittableRandom;
import org.jdarts.core.method.SearchHooks;
import org.jdarts.core.method.SearchMethod;
import org.jdarts.core.supernet.SearchNetwork;
import org.jdarts.space.op.OperationArgs;
import org.jdarts.space.op.OperationParameter;

/**
 * {@code sdarts-rs}: SDARTS-RS (Chen and Hsieh, ICML 2020), random smoothing. The weight step mixes
 * the operations with softmax(α) plus uniform noise U(−ε, ε), drawn anew for every step and cell
 * type, ε ramped linearly from ε_min in the first epoch towards ε_max (ε = ε_min + (ε_max −
 * ε_min)·e/E, as in their code); the architecture step and the evaluation see softmax(α) itself,
 * and α is never changed by the noise. The draws come from the seed and the epoch, so a resumed
 * search repeats them.
 */
public final class SdartsRs implements SearchMethod {

    static final OperationParameter EPSILON_MIN = OperationParameter.real("epsilon_min",
            "noise bound in the first epoch", 0.03, 0, 10);
    static final OperationParameter EPSILON_MAX = OperationParameter.real("epsilon_max",
            "noise bound the ramp reaches at the end of the search", 0.3, 0, 10);

    @Override
    public String name() {
        return "sdarts-rs";
    }

    @Override
    public String description() {
        return "SDARTS-RS (Chen & Hsieh 2020): uniform noise U(-eps, eps) on the weight step's mixing weights";
    }

    @Override
    public List<OperationParameter> parameters() {
        return List.of(EPSILON_MIN, EPSILON_MAX);
    }

    @Override
    public SearchHooks hooks(OperationArgs options) {
        return new Noise(options.getDouble(EPSILON_MIN.name()), options.getDouble(EPSILON_MAX.name()));
    }

    /** The hooks: the noise bound of the epoch and its random draws. */
    static final class Noise implements SearchHooks {

        private final double min;
        private final double max;
        private double epsilon;
        private SplittableRandom random = new SplittableRandom(0);
        private long drawsPerStep;

        Noise(double min, double max) {
            this.min = min;
            this.max = max;
        }

        /** Returns the current bound ε. */
        double epsilon() {
            return epsilon;
        }

        @Override
        public void startEpoch(int epoch, int epochs, long seed, SearchNetwork network) {
            epsilon = min + (max - min) * epoch / epochs;
            random = new SplittableRandom(seed * 7_919L + epoch);
            drawsPerStep = network.alphaNormal().getArray().size() + network.alphaReduce().getArray().size();
        }

        @Override
        public void skipStep() {
            for (long i = 0; i < drawsPerStep; i++) {
                random.nextDouble();
            }
        }

        @Override
        public NDArray weightStepMixing(NDArray softmax) {
            float[] noise = new float[Math.toIntExact(softmax.size())];
            for (int i = 0; i < noise.length; i++) {
                noise[i] = (float) ((2 * random.nextDouble() - 1) * epsilon);
            }
            NDArray u = softmax.getManager().create(noise, softmax.getShape());
            return softmax.add(u);
        }
    }
}
