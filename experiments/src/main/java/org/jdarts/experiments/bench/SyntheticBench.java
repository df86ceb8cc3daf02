package org.jdarts.experiments.bench;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import java.util.function.LongSupplier;
import org.jdarts.cifar10.Cifar10;
import org.jdarts.core.network.NetworkShape;
import org.jdarts.core.search.BilevelOptimizer;
import org.jdarts.core.search.SearchHyperparameters;
import org.jdarts.core.search.SearchOrder;
import org.jdarts.core.supernet.EdgeEvaluation;
import org.jdarts.core.supernet.SearchNetwork;
import org.jdarts.space.SearchSpace;
import org.jdarts.space.blocks.MemoryLayout;

/**
 * Times bilevel steps on synthetic data (normal images, uniform labels): the measurement behind
 * {@code jdarts bench search}.
 */
public final class SyntheticBench {

    /**
     * One timed step.
     *
     * @param seconds wall time of the step
     * @param residentBytes resident memory after the step (or -1 if unknown)
     */
    public record Sample(double seconds, long residentBytes) {}

    /** Receives each timed step as it finishes. */
    @FunctionalInterface
    public interface Listener {
        /**
         * Called after each step.
         *
         * @param index step number from 0 (warm-up steps included)
         * @param sample its time and memory
         */
        void onStep(int index, Sample sample);
    }

    private SyntheticBench() {}

    /**
     * Runs {@code steps} bilevel steps.
     *
     * @param space the search space
     * @param config the supernet's shape
     * @param order first or second order
     * @param evaluation fused edges or edge by edge
     * @param layout the activations' memory layout
     * @param batchSize images per batch
     * @param steps how many steps to time
     * @param device where to run
     * @param residentMemory reads the process's resident memory
     * @param listener told each step's time
     * @return the number of trainable weights
     */
    public static long run(SearchSpace space, NetworkShape config, SearchOrder order, EdgeEvaluation evaluation,
            MemoryLayout layout, int batchSize,
            int steps,
            Device device, LongSupplier residentMemory, Listener listener) {
        try (NDManager manager = NDManager.newBaseManager(device)) {
            manager.getEngine().setRandomSeed(0);
            SearchNetwork net = new SearchNetwork(space, config, evaluation);
            net.setMemoryLayout(layout);
            net.initialize(manager, DataType.FLOAT32, Cifar10.SHAPE.batch(1));
            BilevelOptimizer opt = new BilevelOptimizer(net, SearchHyperparameters.reference(order), manager);
            for (int i = 0; i < steps; i++) {
                try (NDManager step = manager.newSubManager()) {
                    Shape images = Cifar10.SHAPE.batch(batchSize);
                    NDArray xt = step.randomNormal(images);
                    NDArray xv = step.randomNormal(images);
                    NDArray yt = step.randomInteger(0, config.classes(), new Shape(batchSize), DataType.INT32);
                    NDArray yv = step.randomInteger(0, config.classes(), new Shape(batchSize), DataType.INT32);
                    long start = System.nanoTime();
                    opt.step(xt, yt, xv, yv, 0.025);
                    double seconds = (System.nanoTime() - start) / 1e9;
                    listener.onStep(i, new Sample(seconds, residentMemory.getAsLong()));
                }
            }
            return net.weightCount();
        }
    }
}
