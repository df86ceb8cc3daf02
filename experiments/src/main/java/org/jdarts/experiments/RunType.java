package org.jdarts.experiments;

import ai.djl.ndarray.NDManager;
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
 * <p>A kind is a strategy given to that lifecycle: its configuration record and its job (what it
 * builds, trains and writes), plus how a finished epoch reads in one line. Plans and results have
 * one type for every kind ({@link RunPlan}, {@link RunResult}).
 *
 * @param <C> the configuration
 * @param <E> the record of a finished epoch
 */
public final class RunType<C extends RunConfig, E> {

    /**
     * Says in one line how a finished epoch went.
     *
     * @param <E> the record of a finished epoch
     */
    @FunctionalInterface
    public interface EpochLine<E> {

        /**
         * Describes an epoch.
         *
         * @param epoch the finished epoch
         * @param epochs the epochs of the whole run
         * @return one line
         */
        String describe(E epoch, int epochs);
    }

    private final RunKind kind;
    private final Class<C> configType;
    private final String finalFile;
    private final BiFunction<C, RunDirectory, RunJob<E>> jobs;
    private final EpochLine<E> epochLine;

    /**
     * Defines a kind of run.
     *
     * @param kind the kind of run directory
     * @param configType the configuration record
     * @param finalFile the file a finished run writes last
     * @param jobs makes the job of a configuration, resolving what it reads besides the data: from
     *     the run directory when resuming (the second argument; null for a new run)
     * @param epochLine says how an epoch went
     */
    RunType(RunKind kind, Class<C> configType, String finalFile, BiFunction<C, RunDirectory, RunJob<E>> jobs,
            EpochLine<E> epochLine) {
        this.kind = kind;
        this.configType = configType;
        this.finalFile = finalFile;
        this.jobs = jobs;
        this.epochLine = epochLine;
    }

    /** Returns the kind of run directory this kind of run writes. */
    public RunKind kind() {
        return kind;
    }

    /**
     * Says in one line how a finished epoch went (for consoles and logs).
     *
     * @param epoch the epoch
     * @param epochs the epochs of the whole run
     * @return one line
     */
    public String describe(E epoch, int epochs) {
        return epochLine.describe(epoch, epochs);
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
    public RunResult start(C config, RunRequest request, RunListener<E> listener) throws Exception {
        RunJob<E> job = jobs.apply(config, null);
        ImageData data = RunInputs.readData(request);
        job.checkData(data);
        job.prepareInputs(listener::onNote);
        RunLifecycle life = RunLifecycle.create(kind, request, config, job.spaceJson(),
                RunInputs.provenance(request, config.seed(), data, job.spaceJson(), job.inputs()), job.operations(),
                job.parameterFree(),
                config.fingerprint(), listener);
        boolean succeeded = false;
        try {
            job.writeInputs(new RunDirectory(request.runDir()));
            RunResult result = execute(life, job, request, false, listener);
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
    public RunResult resume(RunRequest request, RunListener<E> listener) throws Exception {
        Resumable<C> run = Resumable.open(request, kind, configType);
        C config = run.config();
        Journal journal = run.journal();
        RunInputs.checkInputs(run.dir(), run.provenance());
        RunJob<E> job = jobs.apply(config, run.dir());
        if (run.sealed(finalFile)) {
            // owns the run for a moment: a lock or temporary files a killed process left are cleaned up
            try (RunLock lock = RunLock.acquire(run.dir().path(), listener::onWarning)) {
                NewRunDirectory.removeStaleTemporaryFiles(run.dir());
            }
            RunResult result = job.finished(run.dir(), journal);
            listener.onEnd(RunStatus.ALREADY_FINISHED);
            return result;
        }
        job.checkData(RunInputs.readData(request, run.provenance()));
        job.prepareInputs(listener::onNote);
        try (RunLifecycle life = RunLifecycle.resume(kind, run.dir(), RunInputs.resumed(run.provenance(), request),
                journal, job.operations(), job.parameterFree(), config.fingerprint(), listener)) {
            return execute(life, job, request, true, listener);
        }
    }

    private RunResult execute(RunLifecycle life, RunJob<E> job, RunRequest request, boolean resuming,
            RunListener<E> listener) throws Exception {
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
            RunResult result = job.result(status, request.runDir(), life.journal());
            listener.onEnd(status);
            return result;
        }
    }
}
