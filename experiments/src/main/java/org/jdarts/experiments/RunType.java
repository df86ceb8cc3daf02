package org.jdarts.experiments;

import ai.djl.ndarray.NDManager;
import java.io.IOException;
import java.util.function.BiFunction;
import org.jdarts.core.run.Journal;
import org.jdarts.core.run.RunDirectory;
import org.jdarts.core.run.RunKind;
import org.jdarts.core.run.RunLock;
import org.jdarts.data.ImageData;

/**
 * A kind of run (a search, a training run) as a library call: {@link #start} a new run or
 * {@link #resume} one; the run prints nothing, a {@link RunListener} hears about its plan, steps
 * and epochs, and the result says how it ended. The two kinds are {@link Runs#SEARCH} and
 * {@link Runs#TRAINING}.
 *
 * <p>Both carry out the same lifecycle: everything that can be checked (configuration, space or
 * genotype, data, sizes) is checked before the run directory is created; the network is built
 * (seeded) and, when resuming, restored from the checkpoint; every epoch is committed (the
 * checkpoint with its journal, then the per-epoch files); a finished run is sealed with its final
 * files; a new run that fails before its first checkpoint leaves nothing behind.
 *
 * @param <C> the configuration
 * @param <P> the plan handed to the listener
 * @param <E> the record of a finished epoch
 * @param <R> the result
 */
public final class RunType<C extends RunConfig, P, E, R> {

    /**
     * Reads the result of a run that had already finished.
     *
     * @param <C> the configuration
     * @param <R> the result
     */
    @FunctionalInterface
    interface Finished<C, R> {
        R read(C config, RunDirectory dir, Journal journal) throws IOException;
    }

    private final RunKind kind;
    private final Class<C> configType;
    private final String finalFile;
    private final BiFunction<C, RunDirectory, RunJob<P, E, R>> jobs;
    private final Finished<C, R> alreadyFinished;

    /**
     * Defines a kind of run.
     *
     * @param kind the kind of run directory
     * @param configType the configuration record
     * @param finalFile the file a finished run writes last
     * @param jobs makes the job of a configuration, resolving what it reads besides the data: from
     *     the run directory when resuming (the second argument; null for a new run)
     * @param alreadyFinished reads the result of a finished run from its directory
     */
    RunType(RunKind kind, Class<C> configType, String finalFile, BiFunction<C, RunDirectory, RunJob<P, E, R>> jobs,
            Finished<C, R> alreadyFinished) {
        this.kind = kind;
        this.configType = configType;
        this.finalFile = finalFile;
        this.jobs = jobs;
        this.alreadyFinished = alreadyFinished;
    }

    /**
     * Starts a new run.
     *
     * @param config the configuration
     * @param request the run directory (absent or empty, or a run directory with force), data, device
     * @param listener told the plan, every step and epoch
     * @return how the run ended
     * @throws Exception on bad input, failed I/O or divergence
     */
    public R start(C config, RunRequest request, RunListener<P, E> listener) throws Exception {
        RunJob<P, E, R> job = jobs.apply(config, null);
        ImageData data = RunInputs.readData(request);
        job.checkData(data);
        RunLifecycle life = RunLifecycle.create(kind, request, config, job.spaceJson(),
                RunInputs.provenance(request, config.seed(), data, job.spaceJson(), job.inputs()), job.operations(),
                job.parameterFree(),
                config.fingerprint(), listener);
        boolean succeeded = false;
        try {
            job.writeInputs(new RunDirectory(request.runDir()));
            R result = execute(life, job, request, false, listener);
            succeeded = true;
            return result;
        } finally {
            life.close(succeeded);
        }
    }

    /**
     * Resumes a run from its last checkpoint, with the data it recorded unless another folder
     * (with the same files) is given. A run that already finished is left as it is.
     *
     * @param request the run directory, data (or null), device, stop-after
     * @param listener told the plan, every step and epoch
     * @return how the run ended
     * @throws Exception on bad input, failed I/O or divergence
     */
    public R resume(RunRequest request, RunListener<P, E> listener) throws Exception {
        Resumable<C> run = Resumable.open(request, kind, configType);
        C config = run.config();
        Journal journal = run.journal();
        RunInputs.checkInputs(run.dir(), run.provenance());
        if (run.sealed(finalFile)) {
            // owns the run for a moment: a lock or temporary files a killed process left are cleaned up
            try (RunLock lock = RunLock.acquire(run.dir().path(), listener::onWarning)) {
                NewRunDirectory.removeStaleTemporaryFiles(run.dir());
            }
            R result = alreadyFinished.read(config, run.dir(), journal);
            listener.onEnd(RunStatus.ALREADY_FINISHED);
            return result;
        }
        RunJob<P, E, R> job = jobs.apply(config, run.dir());
        job.checkData(RunInputs.readData(request, run.provenance()));
        try (RunLifecycle life = RunLifecycle.resume(kind, run.dir(), RunInputs.resumed(run.provenance(), request),
                journal, job.operations(), job.parameterFree(), config.fingerprint(), listener)) {
            return execute(life, job, request, true, listener);
        }
    }

    private R execute(RunLifecycle life, RunJob<P, E, R> job, RunRequest request, boolean resuming,
            RunListener<P, E> listener) throws Exception {
        try (NDManager manager = NDManager.newBaseManager(request.device())) {
            job.build(manager, request);
            if (resuming) {
                job.restore(request.runDir().resolve(RunDirectory.CHECKPOINT));
                life.resumed();
            }
            listener.onStart(job.plan(request, life.epochsDone()));
            RunStatus status;
            if (life.epochsDone() >= job.runner().epochs()) {
                life.seal(job); // it finished, but stopped before its final files were written
                status = RunStatus.FINISHED;
            } else {
                status = life.run(job, request.stopAfter(), listener);
            }
            R result = job.result(status, request, life.journal());
            listener.onEnd(status);
            return result;
        }
    }
}
