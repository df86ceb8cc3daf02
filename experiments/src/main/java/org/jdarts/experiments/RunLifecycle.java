package org.jdarts.experiments;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jdarts.core.checkpoint.Checkpoint;
import org.jdarts.core.loop.DivergedException;
import org.jdarts.core.loop.EpochListener;
import org.jdarts.core.loop.StepResult;
import org.jdarts.core.run.EpochFiles;
import org.jdarts.core.run.Journal;
import org.jdarts.core.run.Provenance;
import org.jdarts.core.run.RunDirectory;
import org.jdarts.core.run.RunKind;

/**
 * The life of a run directory, shared by searches and training runs: creating it (never over
 * something that is not a jdarts run), recording provenance and every resumption, one atomic
 * commit per epoch (the checkpoint, which carries the journal of every epoch, then the per-epoch
 * files rewritten from that journal), stopping after a number of epochs, divergence, and sealing
 * a finished run with its final files.
 */
final class RunLifecycle {

    private final RunDirectory dir;
    private final RunKind kind;
    private final List<String> operations;
    private final String fingerprint;
    private Provenance provenance;
    private Journal journal;
    private final boolean fresh;

    private RunLifecycle(RunDirectory dir, RunKind kind, List<String> operations, String fingerprint,
            Provenance provenance, Journal journal, boolean fresh) {
        this.dir = dir;
        this.kind = kind;
        this.operations = operations;
        this.fingerprint = fingerprint;
        this.provenance = provenance;
        this.journal = journal;
        this.fresh = fresh;
    }

    /**
     * Creates the run directory of a new run and writes its configuration, search space and
     * provenance. Call it only once everything that can be checked has been.
     *
     * @param kind search or training
     * @param request where (and whether --force was given)
     * @param config the configuration record ({@code config.json})
     * @param spaceJson the search space ({@code space.json}), or null
     * @param provenance the provenance of the new run
     * @param operations the search space's operation names (α's columns; searches)
     * @param fingerprint the configuration's fingerprint
     * @return the lifecycle, with no epoch done
     * @throws IOException if the directory or a file cannot be written
     * @throws IllegalArgumentException if the directory exists and may not be replaced
     */
    static RunLifecycle create(RunKind kind, RunRequest request, Object config, String spaceJson,
            Provenance provenance, List<String> operations, String fingerprint) throws IOException {
        RunDirectory dir = new RunDirectory(request.runDir());
        NewRunDirectory.prepare(dir, kind, request.force());
        dir.writeJson(RunDirectory.CONFIG, config);
        if (spaceJson != null) {
            dir.writeString(RunDirectory.SPACE, spaceJson);
        }
        dir.writeJson(RunDirectory.PROVENANCE, provenance);
        return new RunLifecycle(dir, kind, operations, fingerprint, provenance, Journal.empty(), true);
    }

    /**
     * Opens a run directory to resume it: records the resumption in its provenance and rewrites
     * its per-epoch files from the checkpoint's journal (repairing a crash between the two).
     *
     * @param kind search or training
     * @param dir the run directory
     * @param provenance its provenance with the new resumption
     * @param journal the checkpoint's journal
     * @param operations the search space's operation names (searches)
     * @param fingerprint the configuration's fingerprint
     * @return the lifecycle
     * @throws IOException if a file cannot be written
     */
    static RunLifecycle resume(RunKind kind, RunDirectory dir, Provenance provenance, Journal journal,
            List<String> operations, String fingerprint) throws IOException {
        NewRunDirectory.removeStaleTemporaryFiles(dir);
        dir.writeJson(RunDirectory.PROVENANCE, provenance);
        EpochFiles.write(dir, kind, journal, operations);
        return new RunLifecycle(dir, kind, operations, fingerprint, provenance, journal, false);
    }

    /** Returns the epochs done so far. */
    int epochsDone() {
        return journal.size();
    }

    /** Returns the journal of the epochs done so far. */
    Journal journal() {
        return journal;
    }

    /**
     * Runs the remaining epochs (at most {@code stopAfter} of them), committing each, and seals
     * the run once the last epoch is done.
     *
     * @param model the network, optimisers and epoch runner
     * @param stopAfter stop after this many epochs
     * @param listener told every step and epoch (after the epoch's commit)
     * @param <E> the epoch record
     * @return finished or stopped
     * @throws Exception if the data cannot be read, a file cannot be written, or the loss diverges
     */
    <E> RunStatus run(RunModel<E> model, int stopAfter, EpochListener<E> listener) throws Exception {
        int epochs = model.runner().epochs();
        int until = (int) Math.min(epochs, (long) journal.size() + stopAfter);
        try {
            model.runner().run(journal.size(), until, new EpochListener<E>() {
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
                    commit(model, epoch);
                    listener.onEpoch(epoch);
                }
            });
        } catch (DivergedException e) {
            throw new DivergedException(e.getMessage() + "; " + (journal.size() == 0 ? "no checkpoint was written"
                    : "the last good checkpoint (epoch " + journal.size() + ") is kept in " + checkpoint()));
        }
        if (until < epochs) {
            return RunStatus.STOPPED;
        }
        seal(model);
        return RunStatus.FINISHED;
    }

    /**
     * Writes the final files of a run whose epochs are all done (also of one that finished but
     * stopped before its final files were written) and marks its provenance finished.
     *
     * @param model the run's model
     * @throws IOException if a file cannot be written
     */
    void seal(RunModel<?> model) throws IOException {
        model.seal(dir, journal);
        provenance = provenance.finishedNow();
        dir.writeJson(RunDirectory.PROVENANCE, provenance);
    }

    private <E> void commit(RunModel<E> model, E epoch) throws IOException {
        Journal next = journal.plus(model.record(epoch));
        model.save(checkpoint(), new Checkpoint.Header(next.size(), fingerprint, next.toJson()));
        journal = next;
        EpochFiles.write(dir, kind, journal, operations);
    }

    /**
     * Removes what a new run created when it fails before its first checkpoint, so that the
     * corrected command can run without force.
     */
    void discardIfEmpty() {
        if (fresh && journal.size() == 0) {
            NewRunDirectory.discard(dir, kind);
        }
    }

    private Path checkpoint() {
        return dir.file(RunDirectory.CHECKPOINT);
    }
}
