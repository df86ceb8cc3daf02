package org.jdarts.experiments;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import org.jdarts.core.checkpoint.CheckpointHeader;
import org.jdarts.core.loop.DivergedException;
import org.jdarts.core.loop.EpochListener;
import org.jdarts.core.loop.EpochPosition;
import org.jdarts.core.loop.StepResult;
import org.jdarts.core.run.EpochFiles;
import org.jdarts.core.run.Journal;
import org.jdarts.core.run.Provenance;
import org.jdarts.core.run.RunDirectory;
import org.jdarts.core.run.RunKind;
import org.jdarts.core.run.RunLock;

/**
 * The life of a run directory, shared by searches and training runs: creating it (never over
 * something that is not a jdarts run), holding its lock, recording provenance and every
 * resumption, one atomic commit per epoch (the checkpoint, which carries the journal of every
 * epoch, then the per-epoch files rewritten from that journal), stopping after a number of epochs
 * or on request (with a checkpoint of the steps done), divergence, sealing a finished run with its
 * final files, and removing what a new run created when it fails before its first checkpoint.
 */
final class RunLifecycle implements AutoCloseable {

    private final RunDirectory dir;
    private final RunKind kind;
    private final List<String> operations;
    private final Set<String> parameterFree;
    private final String fingerprint;
    private final RunLock lock;
    private final boolean fresh;
    private Provenance provenance;
    private Journal journal;
    private boolean checkpointed;

    private RunLifecycle(RunDirectory dir, RunKind kind, List<String> operations, Set<String> parameterFree,
            String fingerprint, RunLock lock, Provenance provenance, Journal journal, boolean fresh) {
        this.dir = dir;
        this.kind = kind;
        this.operations = operations;
        this.parameterFree = parameterFree;
        this.fingerprint = fingerprint;
        this.lock = lock;
        this.provenance = provenance;
        this.journal = journal;
        this.fresh = fresh;
        this.checkpointed = !fresh;
    }

    /**
     * Creates the run directory of a new run, takes its lock and writes its configuration, search
     * space and provenance. Call it only once everything that can be checked has been.
     *
     * @param kind search or training
     * @param request where (and whether force was given)
     * @param config the configuration record ({@code config.json})
     * @param spaceJson the search space ({@code space.json}), or null
     * @param provenance the provenance of the new run
     * @param operations the search space's operation names (α's columns; searches)
     * @param parameterFree the space's parameter-free operations (monitors; searches)
     * @param fingerprint the configuration's fingerprint
     * @param listener told about a stale lock taken over
     * @return the lifecycle, with no epoch done
     * @throws IOException if the directory or a file cannot be written
     * @throws IllegalArgumentException if the directory exists and may not be replaced
     */
    static RunLifecycle create(RunKind kind, RunRequest request, Object config, String spaceJson,
            Provenance provenance, List<String> operations, Set<String> parameterFree, String fingerprint,
            RunListener<?> listener) throws IOException {
        RunDirectory dir = new RunDirectory(request.runDir());
        RunLock lock = NewRunDirectory.prepare(dir, kind, request.force(), listener::onWarning);
        RunLifecycle life = new RunLifecycle(dir, kind, operations, parameterFree, fingerprint, lock, provenance,
                Journal.empty(), true);
        try {
            dir.writeJson(RunDirectory.CONFIG, config);
            if (spaceJson != null) {
                dir.writeString(RunDirectory.SPACE, spaceJson);
            }
            dir.writeJson(RunDirectory.PROVENANCE, provenance);
        } catch (IOException | RuntimeException e) {
            life.close(false);
            throw e;
        }
        return life;
    }

    /**
     * Opens a run directory to resume it: takes its lock and nothing else, so that a resumption
     * refused later (a checkpoint that does not fit the network) leaves every file as it was; once
     * the checkpoint is restored, {@link #resumed()} records the resumption.
     *
     * @param kind search or training
     * @param dir the run directory
     * @param provenance its provenance with the new resumption
     * @param journal the checkpoint's journal
     * @param operations the search space's operation names (searches)
     * @param parameterFree the space's parameter-free operations (monitors; searches)
     * @param fingerprint the configuration's fingerprint
     * @param listener told about a stale lock taken over
     * @return the lifecycle
     * @throws IOException if a file cannot be written
     */
    static RunLifecycle resume(RunKind kind, RunDirectory dir, Provenance provenance, Journal journal,
            List<String> operations, Set<String> parameterFree, String fingerprint, RunListener<?> listener)
            throws IOException {
        RunLock lock = RunLock.acquire(dir.path(), listener::onWarning);
        return new RunLifecycle(dir, kind, operations, parameterFree, fingerprint, lock, provenance, journal, false);
    }

    /**
     * Records a resumption whose checkpoint was restored: removes the temporary files of a killed
     * writer, writes the provenance with the resumption, and rewrites the per-epoch files from the
     * checkpoint's journal (repairing a crash between the two).
     *
     * @throws IOException if a file cannot be written
     */
    void resumed() throws IOException {
        NewRunDirectory.removeStaleTemporaryFiles(dir);
        dir.writeJson(RunDirectory.PROVENANCE, provenance);
        EpochFiles.write(dir, kind, journal, operations, parameterFree);
    }

    /** Returns the epochs finished so far. */
    int epochsDone() {
        return journal.size();
    }

    /** Returns the journal of the epochs done so far. */
    Journal journal() {
        return journal;
    }

    /**
     * Runs the remaining epochs (those of at most {@code stopAfter} epochs), committing each, and
     * seals the run once the last epoch is done. A stop request ends it after the current step
     * with a checkpoint of the steps done.
     *
     * @param model the network, optimisers and epoch runner
     * @param stopAfter stop after this many epochs
     * @param listener told every step and epoch (after the epoch's commit), asked about stops
     * @param <E> the epoch record
     * @return finished, stopped after the epochs asked for, or interrupted on request
     * @throws Exception if the data cannot be read, a file cannot be written, or the loss diverges
     */
    <E> RunStatus run(RunModel<E> model, int stopAfter, RunListener<E> listener) throws Exception {
        int epochs = model.runner().epochs();
        EpochPosition start = journal.resumeAt();
        int until = (int) Math.min(epochs, (long) start.epoch() + stopAfter);
        Optional<EpochPosition> stopped;
        boolean[] endedEarly = {model.endsEarly(journal)}; // changes only when an epoch is committed
        try {
            stopped = model.runner().run(start, until, new EpochListener<E>() {
                @Override
                public void onEpochStart(int epoch, int steps) {
                    listener.onEpochStart(epoch, steps);
                }

                @Override
                public void onStep(int epoch, int step, int steps, StepResult result) {
                    listener.onStep(epoch, step, steps, result);
                }

                @Override
                public void onEpoch(E epoch) throws Exception {
                    commit(model, journal.plus(model.record(epoch)));
                    endedEarly[0] = model.endsEarly(journal);
                    listener.onEpoch(epoch);
                }
            }, () -> listener.stopRequested() || endedEarly[0]);
        } catch (DivergedException e) {
            throw new DivergedException(e.getMessage() + "; " + (!checkpointed ? "no checkpoint was written"
                    : "the last good checkpoint (" + describe(journal.resumeAt()) + ") is kept in " + checkpoint()));
        }
        if (stopped.isPresent() && endedEarly[0]) {
            seal(model);
            return RunStatus.FINISHED;
        }
        if (stopped.isPresent()) {
            if (stopped.get().step() > 0) {
                commit(model, journal.stoppedAt(stopped.get()));
            } else if (!checkpointed) {
                // stopped before its first step: the seeded initial state is its checkpoint, so that
                // --resume (a scheduler's retry) starts it as if it had not stopped
                commit(model, journal);
            }
            return RunStatus.INTERRUPTED;
        }
        if (until < epochs) {
            return RunStatus.STOPPED;
        }
        seal(model);
        return RunStatus.FINISHED;
    }

    private static String describe(EpochPosition p) {
        return p.step() == 0 ? "epoch " + p.epoch() : "epoch " + (p.epoch() + 1) + ", step " + p.step();
    }

    /**
     * Writes the final files of a run whose epochs are all done (also of one that finished but
     * stopped before its final files were written) and marks its provenance finished.
     *
     * @param model the run's model
     * @throws IOException if a file cannot be written
     */
    void seal(RunModel<?> model) throws IOException {
        lock.requireHeld();
        model.seal(dir, journal);
        provenance = provenance.finishedNow();
        dir.writeJson(RunDirectory.PROVENANCE, provenance);
    }

    /** The commit of a journal: its checkpoint first (the atomic step), then the files it implies. */
    private <E> void commit(RunModel<E> model, Journal next) throws IOException {
        lock.requireHeld();
        model.save(checkpoint(), new CheckpointHeader(next.size(), fingerprint, next.toJson()));
        journal = next;
        checkpointed = true;
        EpochFiles.write(dir, kind, journal, operations, parameterFree);
    }

    /** Releases the lock; a new run that failed before its first checkpoint is removed. */
    @Override
    public void close() throws IOException {
        close(true);
    }

    /**
     * Releases the lock and, when a new run failed before its first checkpoint, removes what it
     * created, so that the corrected command can run without force (unless another process took the
     * run over: then the directory is that process's).
     *
     * @param succeeded whether the run ended normally
     * @throws IOException if the lock cannot be removed
     */
    void close(boolean succeeded) throws IOException {
        boolean lost = lock.lost();
        lock.close();
        if (!succeeded && fresh && !checkpointed && !lost) {
            NewRunDirectory.discard(dir, kind);
        }
    }

    private Path checkpoint() {
        return dir.file(RunDirectory.CHECKPOINT);
    }
}
