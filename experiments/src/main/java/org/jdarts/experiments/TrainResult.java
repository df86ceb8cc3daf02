package org.jdarts.experiments;

import java.nio.file.Path;
import org.jdarts.core.run.EpochRecord;
import org.jdarts.core.run.Metric;

/**
 * How a training run ended.
 *
 * @param status finished, stopped after the requested epochs, or already finished before
 * @param runDir the run directory
 * @param epochsDone epochs done so far
 * @param epochs epochs of the whole run
 * @param last the last epoch's record, or null when stopped in the first epoch
 * @param testImages images of the test set
 * @param parameters the network's parameters (auxiliary head excluded)
 */
public record TrainResult(RunStatus status, Path runDir, int epochsDone, int epochs, EpochRecord last,
        int testImages, long parameters) {

    /** Returns the test accuracy after the last epoch done. */
    public double testAccuracy() {
        return last.get(Metric.TEST_ACC);
    }

    /** Returns the test loss after the last epoch done. */
    public double testLoss() {
        return last.get(Metric.TEST_LOSS);
    }
}
