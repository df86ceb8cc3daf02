package org.jdarts.core.search;

import ai.djl.ndarray.NDManager;
import ai.djl.training.dataset.Batch;
import ai.djl.translate.TranslateException;
import java.io.IOException;
import java.util.Iterator;
import org.jdarts.core.genotype.Genotype;
import org.jdarts.core.genotype.GenotypeDerivation;
import org.jdarts.core.optim.CosineSchedule;

/**
 * Runs search epochs: per step an architecture step on a search-validation batch and a weight step
 * on a search-train batch; per epoch a validation pass, the softmax α and the derived genotype.
 */
public final class SearchRunner {

    private final BilevelOptimizer optimizer;
    private final CosineSchedule schedule;
    private final SearchData data;
    private final NDManager manager;

    /**
     * Creates the runner.
     *
     * @param optimizer the network and its optimisers
     * @param schedule the per-epoch learning rate
     * @param data the datasets
     * @param manager the parent of every per-step manager (on the run's device)
     */
    public SearchRunner(BilevelOptimizer optimizer, CosineSchedule schedule, SearchData data, NDManager manager) {
        this.optimizer = optimizer;
        this.schedule = schedule;
        this.data = data;
        this.manager = manager;
    }

    /**
     * Runs epochs {@code from} … {@code schedule.epochs()−1}.
     *
     * @param from the first epoch to run (0, or the epoch after the last checkpoint)
     * @param listener told every step and epoch
     * @throws DivergedException if a loss becomes NaN or infinite
     * @throws Exception if the data cannot be read or the listener fails
     */
    public void run(int from, SearchListener listener) throws Exception {
        run(from, schedule.epochs(), listener);
    }

    /**
     * Runs epochs {@code from} … {@code until−1} of the schedule (a run can stop early and resume).
     *
     * @param from the first epoch to run
     * @param until the epoch to stop before, at most the schedule's epochs
     * @param listener told every step and epoch
     * @throws Exception as {@link #run(int, SearchListener)}
     */
    public void run(int from, int until, SearchListener listener) throws Exception {
        for (int epoch = from; epoch < Math.min(until, schedule.epochs()); epoch++) {
            listener.onEpoch(runEpoch(epoch, listener));
        }
    }

    private EpochResult runEpoch(int epoch, SearchListener listener) throws IOException, TranslateException {
        long start = System.nanoTime();
        double lr = schedule.at(epoch);
        Iterator<Batch> train = data.train().apply(epoch).getData(manager).iterator();
        Iterator<Batch> val = data.validation().apply(epoch).getData(manager).iterator();
        int steps = data.steps();
        listener.onEpochStart(epoch, steps);
        double lossSum = 0;
        long correct = 0;
        long seen = 0;
        for (int step = 1; step <= steps && train.hasNext() && val.hasNext(); step++) {
            StepResult result;
            try (Batch t = train.next(); Batch v = val.next()) {
                result = optimizer.step(t.getData().head(), t.getLabels().head(),
                        v.getData().head(), v.getLabels().head(), lr);
            }
            if (!Double.isFinite(result.loss())) {
                throw new DivergedException("loss became " + result.loss() + " at epoch " + (epoch + 1)
                        + ", step " + step + " (lr " + lr + "); try a lower --lr");
            }
            lossSum += result.loss() * result.size();
            correct += result.correct();
            seen += result.size();
            listener.onStep(epoch, step, steps, result);
        }
        double[] val2 = validate();
        double[][][] w = optimizer.alphaWeights();
        Genotype genotype = GenotypeDerivation.derive(w[0], w[1], optimizer.network().space().names());
        return new EpochResult(epoch, lr, lossSum / seen, (double) correct / seen, val2[0], val2[1],
                (System.nanoTime() - start) / 1e9, w[0], w[1], genotype);
    }

    /** Returns {mean loss, accuracy} over the evaluation data, in inference mode. */
    private double[] validate() throws IOException, TranslateException {
        double loss = 0;
        double correct = 0;
        long n = 0;
        for (Batch b : data.evaluation().getData(manager)) {
            try (b) {
                double[] r = optimizer.evaluate(b.getData().head(), b.getLabels().head());
                loss += r[0];
                correct += r[1];
                n += b.getSize();
            }
        }
        if (!Double.isFinite(loss)) {
            throw new DivergedException("validation loss became " + loss);
        }
        return new double[] {loss / n, correct / n};
    }
}
