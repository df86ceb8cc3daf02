package org.jdarts.experiments.bench;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.dataset.ArrayDataset;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.jdarts.cifar10.Cifar10;
import org.jdarts.core.eval.EvalNetwork;
import org.jdarts.core.genotype.Genotype;
import org.jdarts.core.loop.Evaluation;
import org.jdarts.core.network.NetworkShape;
import org.jdarts.core.train.NetworkTrainer;
import org.jdarts.core.train.TrainHyperparameters;
import org.jdarts.space.CandidateOperation;
import org.jdarts.space.blocks.MemoryLayout;

/** Times training steps of an evaluation network on synthetic data: behind {@code jdarts bench train}. */
public final class TrainBench {

    /** Images per batch of the timed evaluation pass (a training run's test batches). */
    public static final int EVALUATION_BATCH = 200;

    private static final int EVALUATION_BATCHES = 3;

    /**
     * What the benchmark measured besides each step.
     *
     * @param parameters the network's parameters (auxiliary head excluded)
     * @param evaluationImagesPerSecond images per second of the evaluation pass (inference mode, no
     *     gradient, batches of {@value #EVALUATION_BATCH}, loss and accuracy summed as a run's test does)
     */
    public record Result(long parameters, double evaluationImagesPerSecond) {}

    private TrainBench() {}

    /**
     * Runs {@code steps} training steps (auxiliary head and drop-path as configured).
     *
     * @param genotype the architecture
     * @param operations resolves operation names
     * @param config the network's shape
     * @param auxiliary whether the network has the auxiliary head
     * @param hp the hyperparameters (drop-path used at its final value)
     * @param layout how the network keeps its activations
     * @param batchSize images per batch
     * @param steps steps to run
     * @param device where to run
     * @param residentMemory reads resident memory
     * @param listener told each step's time
     * @return the parameter count (auxiliary head excluded) and the evaluation pass's images/s
     * @throws Exception if the evaluation's synthetic data cannot be batched
     */
    public static Result run(Genotype genotype, Function<String, CandidateOperation> operations, NetworkShape config,
            boolean auxiliary,
            TrainHyperparameters hp, MemoryLayout layout, int batchSize, int steps, Device device, LongSupplier residentMemory,
            SyntheticBench.Listener listener) throws Exception {
        try (NDManager manager = NDManager.newBaseManager(device)) {
            manager.getEngine().setRandomSeed(0);
            EvalNetwork net = new EvalNetwork(genotype, operations, config, auxiliary, Cifar10.SHAPE.height());
            net.setMemoryLayout(layout);
            net.initialize(manager, DataType.FLOAT32, Cifar10.SHAPE.batch(1));
            NetworkTrainer trainer = new NetworkTrainer(net, hp, manager);
            SplittableRandom random = new SplittableRandom(0);
            for (int i = 0; i < steps; i++) {
                try (NDManager step = manager.newSubManager(); NDManager host = NDManager.newBaseManager(Device.cpu())) {
                    NDArray hostX = host.randomNormal(Cifar10.SHAPE.batch(batchSize));
                    NDArray hostY = host.randomInteger(0, config.classes(), new Shape(batchSize), DataType.INT32);
                    long start = System.nanoTime();
                    NDArray x = hostX.toDevice(device, false); // the upload a run makes, timed (none on the CPU)
                    NDArray y = hostY.toDevice(device, false);
                    x.attach(step);
                    y.attach(step);
                    trainer.step(x, y, hp.lr(), hp.dropPath(), random.split());
                    listener.onStep(i, SyntheticBench.Sample.after(start, residentMemory, device));
                }
            }
            return new Result(net.parameterCount(), evaluationImagesPerSecond(net, trainer, manager, config.classes()));
        }
    }

    /** Times one evaluation pass over synthetic images on the network's device, after an untimed one. */
    private static double evaluationImagesPerSecond(EvalNetwork net, NetworkTrainer trainer, NDManager manager,
            int classes) throws Exception {
        int images = EVALUATION_BATCH * EVALUATION_BATCHES;
        try (NDManager data = manager.newSubManager()) {
            ArrayDataset test = new ArrayDataset.Builder().setData(data.randomNormal(Cifar10.SHAPE.batch(images)))
                    .optLabels(data.randomInteger(0, classes, new Shape(images), DataType.INT32))
                    .setSampling(EVALUATION_BATCH, false).build();
            Evaluation.run(net, trainer.store(), test, manager);
            long start = System.nanoTime();
            Evaluation.run(net, trainer.store(), test, manager); // ends with its one read: every kernel done
            return images / ((System.nanoTime() - start) / 1e9);
        }
    }
}
