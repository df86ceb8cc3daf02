package org.jdarts.experiments;

import java.nio.file.Path;
import java.util.List;
import org.jdarts.core.run.RunKind;

/**
 * What a run is about to do, once everything is checked and its network is built: what every
 * kind of run has, typed, and the kind's own facts (space, data split, optimisers, network size)
 * as lines for a person to read.
 *
 * @param kind the kind of run directory
 * @param config the configuration
 * @param runDir the run directory
 * @param device the device's name
 * @param steps steps per epoch
 * @param trainImages the images a training epoch reads
 * @param firstEpoch the epoch it starts with, from 0 (later than 0 when resumed)
 * @param details the kind's own facts, one line each
 */
public record RunPlan(RunKind kind, RunConfig config, Path runDir, String device, int steps, int trainImages,
        int firstEpoch, List<String> details) {

    /** Copies the details. */
    public RunPlan {
        details = List.copyOf(details);
    }

    /** Returns the epochs of the whole run. */
    public int epochs() {
        return config.epochs();
    }
}
