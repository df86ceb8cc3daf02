package org.jdarts.core.train;

import ai.djl.ndarray.NDManager;
import ai.djl.training.dataset.Batch;
import ai.djl.training.dataset.Dataset;
import java.util.SplittableRandom;
import java.util.function.IntFunction;
import org.jdarts.core.optim.CosineSchedule;
import org.jdarts.core.search.DivergedException;
import org.jdarts.core.search.StepResult;

/**
 * Runs training epochs: cosine learning rate per epoch, drop-path growing linearly from 0, a test
 * evaluation after every epoch. The drop-path draws of an epoch derive from the seed and the epoch.
 */
public final class TrainRunner {

    private final NetworkTrainer trainer;
    private final TrainHyperparameters hp;
    private final CosineSchedule schedule;
    private final IntFunction<Dataset> train;
    private final Dataset test;
    private final int steps;
    private final long seed;
    private final NDManager manager;

    /**
     * Creates the runner.
     *
     * @param trainer the network and optimiser
     * @param hp the hyperparameters
     * @param epochs total epochs of the schedule
     * @param train training batches of epoch e
     * @param test test batches
     * @param steps steps per epoch
     * @param seed seed of the drop-path draws
     * @param manager parent of the per-batch managers
     */
    public TrainRunner(NetworkTrainer trainer, TrainHyperparameters hp, int epochs, IntFunction<Dataset> train,
            Dataset test, int steps, long seed, NDManager manager) {
        this.trainer = trainer;
        this.hp = hp;
        this.schedule = new CosineSchedule(hp.lr(), hp.lrMin(), epochs);
        this.train = train;
        this.test = test;
        this.steps = steps;
        this.seed = seed;
        this.manager = manager;
    }

    /**
     * Runs epochs {@code from} … {@code until−1}.
     *
     * @param from first epoch
     * @param until epoch to stop before
     * @param listener told every step and epoch
     * @throws Exception if data cannot be read, the loss diverges or the listener fails
     */
    public void run(int from, int until, TrainListener listener) throws Exception {
        for (int epoch = from; epoch < Math.min(until, schedule.epochs()); epoch++) {
            long start = System.nanoTime();
            double lr = schedule.at(epoch);
            double dropPath = hp.dropPathAt(epoch, schedule.epochs());
            SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + epoch);
            listener.onEpochStart(epoch, steps);
            double lossSum = 0;
            long correct = 0;
            long seen = 0;
            int step = 0;
            for (Batch b : train.apply(epoch).getData(manager)) {
                StepResult r;
                try (b) {
                    if (step >= steps) {
                        continue;
                    }
                    step++;
                    r = trainer.step(b.getData().head(), b.getLabels().head(), lr, dropPath, random.split());
                }
                if (!Double.isFinite(r.loss())) {
                    throw new DivergedException("loss became " + r.loss() + " at epoch " + (epoch + 1) + ", step "
                            + step + " (lr " + lr + "); try a lower --lr");
                }
                lossSum += r.loss() * r.size();
                correct += r.correct();
                seen += r.size();
                listener.onStep(epoch, step, steps, r);
            }
            double[] t = evaluate(trainer, test, manager);
            listener.onEpoch(new TrainEpoch(epoch, lr, dropPath, lossSum / seen, (double) correct / seen, t[0], t[1],
                    (System.nanoTime() - start) / 1e9));
        }
    }

    /**
     * Returns {mean loss, accuracy} of a network over a dataset, in inference mode.
     *
     * @param trainer the network
     * @param data the batches
     * @param manager parent of the per-batch managers
     * @return mean loss and accuracy
     * @throws Exception if the data cannot be read
     */
    public static double[] evaluate(NetworkTrainer trainer, Dataset data, NDManager manager) throws Exception {
        double loss = 0;
        double correct = 0;
        long n = 0;
        for (Batch b : data.getData(manager)) {
            try (b) {
                double[] r = trainer.evaluate(b.getData().head(), b.getLabels().head());
                loss += r[0];
                correct += r[1];
                n += b.getSize();
            }
        }
        return new double[] {loss / n, correct / n};
    }
}
