package org.jdarts.experiments;

import java.nio.file.Path;
import org.jdarts.core.genotype.Genotype;
import org.jdarts.core.run.EpochRecord;
import org.jdarts.core.run.Metric;

/**
 * How a search ended.
 *
 * @param status finished, stopped after the requested epochs, or already finished before
 * @param runDir the run directory
 * @param epochsDone epochs done so far
 * @param epochs epochs of the whole search
 * @param genotype the genotype of the last epoch done (the final one when finished; null when stopped in the first epoch)
 * @param last the last epoch's record (its validation accuracy in {@code get(Metric.VAL_ACC)}), or null when stopped in the first epoch
 */
public record SearchResult(RunStatus status, Path runDir, int epochsDone, int epochs, Genotype genotype,
        EpochRecord last) {

    /** Returns the search-validation accuracy after the last epoch done. */
    public double validationAccuracy() {
        return last.get(Metric.VAL_ACC);
    }
}
