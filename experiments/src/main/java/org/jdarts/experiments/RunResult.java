package org.jdarts.experiments;

import java.nio.file.Path;
import java.util.List;
import org.jdarts.core.genotype.Genotype;
import org.jdarts.core.run.EpochRecord;
import org.jdarts.core.run.Metric;
import org.jdarts.core.run.RunKind;

/**
 * How a run ended.
 *
 * @param kind the kind of run directory
 * @param status finished, stopped after the requested epochs, interrupted, or already finished before
 * @param runDir the run directory
 * @param epochsDone epochs done so far
 * @param epochs epochs of the whole run
 * @param genotype a search's genotype of the last epoch done (its final genotype once finished), or
 *     the genotype a training run trains; null when a search stopped in its first epoch
 * @param last the last epoch's record, or null when the run stopped in its first epoch
 * @param summary what a finished run found, as lines for a person to read (none unless finished)
 */
public record RunResult(RunKind kind, RunStatus status, Path runDir, int epochsDone, int epochs, Genotype genotype,
        EpochRecord last, List<String> summary) {

    /** Copies the summary. */
    public RunResult {
        summary = List.copyOf(summary);
    }

    /**
     * Returns a metric of the last epoch done, for example {@link Metric#VAL_ACC} of a search or
     * {@link Metric#TEST_ACC} of a training run.
     *
     * @param metric the metric
     * @return its value
     * @throws IllegalStateException if no epoch was done
     * @throws IllegalArgumentException if the run's kind does not record it
     */
    public double metric(Metric metric) {
        if (last == null) {
            throw new IllegalStateException("no epoch of " + runDir + " was done");
        }
        Double value = last.get(metric);
        if (value == null) {
            throw new IllegalArgumentException("a " + kind + " does not record " + metric.key());
        }
        return value;
    }

    /** Returns whether the run finished before its last epoch (a search's early stop). */
    public boolean endedEarly() {
        return (status == RunStatus.FINISHED || status == RunStatus.ALREADY_FINISHED) && epochsDone < epochs;
    }
}
