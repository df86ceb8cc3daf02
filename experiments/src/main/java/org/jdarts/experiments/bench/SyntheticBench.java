package org.jdarts.experiments.bench;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.util.cuda.CudaUtils;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import org.jdarts.cifar10.Cifar10;
import org.jdarts.core.loop.Objective;
import org.jdarts.core.loop.WeightTrainer;
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
     * @param seconds wall time of the step: the batch's upload to the device, the step, and its
     *     read of the loss, which waits for every kernel the step queued (an honest time on a GPU)
     * @param residentBytes resident memory after the step (or -1 if unknown)
     * @param deviceBytes the device's used memory after the step, on a CUDA device (else -1)
     */
    public record Sample(double seconds, long residentBytes, long deviceBytes) {

        /** Measures a step that started at {@code startNanos}. */
        static Sample after(long startNanos, LongSupplier residentMemory, Device device) {
            double seconds = (System.nanoTime() - startNanos) / 1e9;
            long deviceBytes = device.isGpu() ? CudaUtils.getGpuMemory(device).getUsed() : -1;
            return new Sample(seconds, residentMemory.getAsLong(), deviceBytes);
        }
    }

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

    /** The three kinds of forward and backward pass a bilevel step is made of. */
    public enum PassKind {
        /** α's gradient only, the weights frozen: the first-order architecture step, the finite differences. */
        ALPHA_ONLY("alpha only"),
        /** The weights' gradient only, α frozen: the weight step, the virtual step. */
        WEIGHTS_ONLY("weights only"),
        /** Both: the second order's validation pass at the virtual weights. */
        BOTH("weights and alpha");

        private final String label;

        PassKind(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** Receives each timed pass as it finishes. */
    @FunctionalInterface
    public interface PassListener {
        /**
         * Called after each pass.
         *
         * @param round round number from 0 (warm-up rounds included)
         * @param kind what the pass differentiated
         * @param seconds its wall time
         */
        void onPass(int round, PassKind kind, double seconds);
    }

    private SyntheticBench() {}

    /**
     * Times single forward and backward passes of each {@link PassKind} on one synthetic batch,
     * {@code rounds} rounds of one pass of each kind: what the step times are made of.
     *
     * @param space the search space
     * @param config the supernet's shape
     * @param evaluation fused edges or edge by edge
     * @param layout the activations' memory layout
     * @param batchSize images per batch
     * @param rounds rounds to run
     * @param device where to run
     * @param listener told each pass's time
     */
    public static void passes(SearchSpace space, NetworkShape config, EdgeEvaluation evaluation, MemoryLayout layout,
            int batchSize, int rounds, Device device, PassListener listener) {
        try (NDManager manager = NDManager.newBaseManager(device)) {
            manager.getEngine().setRandomSeed(0);
            SearchNetwork net = new SearchNetwork(space, config, evaluation);
            net.setMemoryLayout(layout);
            net.initialize(manager, DataType.FLOAT32, Cifar10.SHAPE.batch(1));
            SearchHyperparameters hp = SearchHyperparameters.reference(SearchOrder.FIRST);
            WeightTrainer trainer = new WeightTrainer(net, net.weights(), hp.momentum(), hp.weightDecay(), hp.gradClip(),
                    manager);
            List<NDArray> weights = trainer.weights();
            List<NDArray> alphas = net.architecture().stream().map(Parameter::getArray).toList();
            List<NDArray> all = new ArrayList<>(weights);
            all.addAll(alphas);
            NDArray x = manager.randomNormal(Cifar10.SHAPE.batch(batchSize));
            NDArray y = manager.randomInteger(0, config.classes(), new Shape(batchSize), DataType.INT32);
            for (int round = 0; round < rounds; round++) {
                for (PassKind kind : PassKind.values()) {
                    List<NDArray> wrt = kind == PassKind.ALPHA_ONLY ? alphas : kind == PassKind.WEIGHTS_ONLY ? weights : all;
                    List<NDArray> frozen = kind == PassKind.ALPHA_ONLY ? weights
                            : kind == PassKind.WEIGHTS_ONLY ? alphas : List.of();
                    long start = System.nanoTime();
                    try (NDManager pass = manager.newSubManager()) {
                        // reading the loss waits for every kernel the pass queued
                        trainer.backward(x, y, Objective.CROSS_ENTROPY, wrt, frozen, pass).loss()
                                .toType(DataType.FLOAT64, false).getDouble();
                    }
                    listener.onPass(round, kind, (System.nanoTime() - start) / 1e9);
                }
            }
        }
    }

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
                try (NDManager step = manager.newSubManager(); NDManager host = NDManager.newBaseManager(Device.cpu())) {
                    Shape images = Cifar10.SHAPE.batch(batchSize);
                    NDArray[] batch = {host.randomNormal(images), host.randomNormal(images),
                        host.randomInteger(0, config.classes(), new Shape(batchSize), DataType.INT32),
                        host.randomInteger(0, config.classes(), new Shape(batchSize), DataType.INT32)};
                    long start = System.nanoTime();
                    NDArray[] on = new NDArray[batch.length];
                    for (int k = 0; k < batch.length; k++) { // the upload a run makes, timed (none on the CPU)
                        on[k] = batch[k].toDevice(device, false);
                        on[k].attach(step);
                    }
                    opt.step(on[0], on[2], on[1], on[3], 0.025);
                    listener.onStep(i, Sample.after(start, residentMemory, device));
                }
            }
            return net.weightCount();
        }
    }
}
