package org.jdarts.experiments.testing;

import java.nio.file.Path;
import org.jdarts.cifar10.testing.SampleData;
import org.jdarts.experiments.RunRequest;
import org.jdarts.experiments.SearchConfig;
import org.jdarts.experiments.Runs;
import org.jdarts.experiments.RunListener;
import org.jdarts.experiments.SearchPreset;
import org.jdarts.core.search.SearchEpoch;
import org.jdarts.experiments.TrainConfig;
import org.jdarts.experiments.TrainPreset;
import org.jdarts.experiments.TrainedRun;
import org.jdarts.core.train.TrainEpoch;

/** Searches and training runs small enough for the test suite, on the sample data, and silent listeners. */
public final class TinyRuns {

    /** A listener of searches that ignores everything. */
    public static final RunListener<SearchEpoch> QUIET_SEARCH = new RunListener<>() {};

    /** A listener of training runs that ignores everything. */
    public static final RunListener<TrainEpoch> QUIET_TRAINING = new RunListener<>() {};

    private TinyRuns() {}

    /** A supernet of C 2, L 3 on the darts space, 2 steps of 8 images per epoch. */
    public static SearchConfig search(int epochs) {
        return search("darts", epochs);
    }

    /** The same on another space (a name or a file). */
    public static SearchConfig search(String space, int epochs) {
        return SearchConfig.builder().setSpace(space)
                .optPreset(new SearchPreset("test", 8, 2, 3, epochs, 16, 16, 16)).optSeed(3).build();
    }

    /** DARTS_V2 at C 4, L 3 with every training feature on (auxiliary head, drop-path, cutout). */
    public static TrainConfig training(int epochs) {
        return training("DARTS_V2", epochs);
    }

    /** The same for another genotype (a name, a file or a search run directory). */
    public static TrainConfig training(String genotype, int epochs) {
        return TrainConfig.builder().setGenotype(genotype)
                .optPreset(new TrainPreset("test", 4, 3, 16, epochs, 64, 0.05, 16, 0.2, 0.4)).optSeed(5).build();
    }

    /**
     * Trains {@link #training(int) the tiny network} for one epoch on the sample data and opens the run.
     *
     * @param dir the run directory to create
     * @return the finished training
     * @throws Exception if the run fails
     */
    public static TrainedRun finishedTraining(Path dir) throws Exception {
        Runs.TRAINING.start(training(1), at(dir), QUIET_TRAINING);
        return TrainedRun.open(dir, "the test needs a trained network");
    }

    /** Returns a request for a new run in {@code dir} on the sample data. */
    public static RunRequest at(Path dir) {
        return RunRequest.of(dir, SampleData.sampleDir()).withPartialData();
    }

    /** Returns a request to resume the run in {@code dir} with the data it recorded. */
    public static RunRequest resume(Path dir) {
        return RunRequest.of(dir, null);
    }
}
