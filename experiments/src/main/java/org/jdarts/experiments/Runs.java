package org.jdarts.experiments;

import org.jdarts.core.run.RunDirectory;
import org.jdarts.core.run.RunKind;
import org.jdarts.core.search.SearchEpoch;
import org.jdarts.core.train.TrainEpoch;

/**
 * The kinds of run, as library calls:
 *
 * <pre>{@code
 * RunResult s = Runs.SEARCH.start(searchConfig, RunRequest.of(Path.of("runs/s"), data), listener);
 * RunResult t = Runs.TRAINING.resume(RunRequest.of(Path.of("runs/t"), null), listener);
 * }</pre>
 *
 * <p>Another kind of run is a configuration record and a {@link RunJob} (two classes) and a
 * constant here; the lifecycle, plans, results, listeners and consoles are shared.
 */
public final class Runs {

    /** A DARTS search: the data, the supernet and the bilevel optimiser wired to a run directory. */
    public static final RunType<SearchConfig, SearchEpoch> SEARCH = new RunType<>(
            RunKind.SEARCH, SearchConfig.class, RunDirectory.GENOTYPE, SearchJob::of, SearchJob::epochLine);

    /**
     * The training of a genotype's network: the training set with augmentation, the test set after
     * every epoch, {@code results.json} at the end.
     */
    public static final RunType<TrainConfig, TrainEpoch> TRAINING = new RunType<>(
            RunKind.TRAINING, TrainConfig.class, RunDirectory.RESULTS, TrainJob::of, TrainJob::epochLine);

    private Runs() {}
}
