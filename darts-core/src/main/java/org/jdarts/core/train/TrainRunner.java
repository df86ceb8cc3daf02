package org.jdarts.core.train;

import ai.djl.ndarray.NDManager;
import ai.djl.training.dataset.Dataset;
import java.util.List;
import java.util.function.DoubleSupplier;
import java.util.SplittableRandom;
import java.util.function.IntFunction;
import org.jdarts.core.loop.BatchSteps;
import org.jdarts.core.loop.EpochRunner;
import org.jdarts.core.loop.EpochSteps;
import org.jdarts.core.loop.Evaluation;
import org.jdarts.core.loop.Metrics;

/**
 * Runs training epochs: cosine learning rate per epoch, drop-path growing linearly from 0, a test
 * evaluation after every epoch. The drop-path draws of an epoch derive from the seed and the epoch.
 */
public final class TrainRunner extends EpochRunner<TrainEpoch> {

    private final NetworkTrainer trainer;
    private final IntFunction<Dataset> train;
    private final Dataset test;
    private final int steps;
    private final long seed;
    private final NDManager manager;

    /**
     * Creates the runner.
     *
     * @param trainer the network and optimiser
     * @param epochs total epochs of the run
     * @param train training batches of epoch e
     * @param test test batches
     * @param steps steps per epoch (at most the batches of an epoch)
     * @param seed seed of the drop-path draws
     * @param manager parent of the per-batch managers
     */
    public TrainRunner(NetworkTrainer trainer, int epochs, IntFunction<Dataset> train, Dataset test, int steps,
            long seed, NDManager manager) {
        super(trainer.hyperparameters().schedule(epochs));
        this.trainer = trainer;
        this.train = train;
        this.test = test;
        this.steps = steps;
        this.seed = seed;
        this.manager = manager;
    }

    @Override
    protected EpochSteps steps(int epoch, double lr) throws Exception {
        double dropPath = dropPathAt(epoch);
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + epoch);
        return new BatchSteps(steps, List.of(train.apply(epoch).getData(manager)),
                (x, y) -> trainer.step(x.get(0), y.get(0), lr, dropPath, random.split()), random::split);
    }

    @Override
    protected TrainEpoch finish(int epoch, double lr, Metrics trainMetrics, DoubleSupplier seconds) throws Exception {
        Metrics testMetrics = Evaluation.run(trainer.network(), trainer.store(), test, manager);
        return new TrainEpoch(epoch, lr, dropPathAt(epoch), trainMetrics, testMetrics, seconds.getAsDouble());
    }

    private double dropPathAt(int epoch) {
        return trainer.hyperparameters().dropPathAt(epoch, epochs());
    }
}
