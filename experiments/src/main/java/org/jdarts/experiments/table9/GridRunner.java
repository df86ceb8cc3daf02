package org.jdarts.experiments.table9;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jdarts.core.run.RunDirectory;
import org.jdarts.core.run.RunLock;
import org.jdarts.core.run.RunLockLostException;
import org.jdarts.core.run.RunLockedException;
import org.jdarts.core.search.SearchEpoch;
import org.jdarts.core.train.TrainEpoch;
import org.jdarts.experiments.RunListener;
import org.jdarts.experiments.RunResult;
import org.jdarts.experiments.RunRequest;
import org.jdarts.experiments.RunStatus;
import org.jdarts.experiments.Runs;
import org.jdarts.experiments.SampledGenotype;

/**
 * Runs the cells of an experiment grid, each an ordinary search or training run: a finished cell
 * is skipped, a stopped one resumed from its checkpoint, a training waits for its search, and a
 * cell another process works on (its run directory's lock) is left to that process, or, when it
 * is the one cell asked for, waited for.
 */
public final class GridRunner {

    /** What the runner tells whoever presents it, and asks it. */
    public interface Listener {

        /** Returns the listener of a search cell's run. */
        RunListener<SearchEpoch> search(GridCell cell);

        /** Returns the listener of a training cell's run. */
        RunListener<TrainEpoch> training(GridCell cell);

        /** Told that a cell is left alone, and why. */
        void skipped(GridCell cell, CellState state, String why);

        /** Told how a cell's run ended. */
        void ended(GridCell cell, RunResult result);

        /**
         * Asked while a cell waits for another process (a training for its search): the wait ends,
         * as {@link RunStatus#INTERRUPTED}, once this says so (the command line says so on SIGTERM).
         *
         * @return whether to stop waiting
         */
        default boolean stopRequested() {
            return false;
        }
    }

    /** How often a training cell run alone checks on a search another process works on. */
    private static final long POLL_MILLIS = 30_000;

    /** How often a wait checks whether it was asked to stop. */
    private static final long STOP_CHECK_MILLIS = 200;

    private final GridSpec spec;
    private final List<GridCell> cells;
    private final RunRequest template;

    /**
     * Creates the runner.
     *
     * @param spec the grid
     * @param cells its cells ({@link GridSpec#cells})
     * @param template the data folder, device and command line every cell's run is requested with
     *     (its run directory is replaced by the cell's)
     */
    public GridRunner(GridSpec spec, List<GridCell> cells, RunRequest template) {
        this.spec = spec;
        this.cells = List.copyOf(cells);
        this.template = template;
    }

    /**
     * Runs every cell that can run, in dependency order (each space's searches, each followed by
     * its trainings), until one is interrupted.
     *
     * @param listener presents the runs
     * @return {@link RunStatus#INTERRUPTED} if a signal stopped a cell, else {@link RunStatus#FINISHED}
     * @throws Exception what a run throws
     */
    public RunStatus runAll(Listener listener) throws Exception {
        for (GridCell search : cells) {
            if (search.kind() != GridCell.Kind.SEARCH) {
                continue;
            }
            if (run(search, listener, false) == RunStatus.INTERRUPTED) {
                return RunStatus.INTERRUPTED;
            }
            for (GridCell training : cells) {
                if (training.kind() == GridCell.Kind.TRAINING && training.searchDir().equals(search.dir())
                        && run(training, listener, false) == RunStatus.INTERRUPTED) {
                    return RunStatus.INTERRUPTED;
                }
            }
        }
        for (GridCell random : cells) {
            if (random.kind() == GridCell.Kind.RANDOM && run(random, listener, false) == RunStatus.INTERRUPTED) {
                return RunStatus.INTERRUPTED;
            }
        }
        return RunStatus.FINISHED;
    }

    /**
     * Runs one cell.
     *
     * @param cell the cell
     * @param listener presents the run
     * @param alone whether only this cell was asked for (a scheduler's task): then a cell that cannot
     *     run yet is waited for (its search, or the process that holds it) instead of skipped
     * @return how its run ended ({@link RunStatus#ALREADY_FINISHED} for a finished cell), or null if skipped
     * @throws Exception what the run throws
     */
    public RunStatus run(GridCell cell, Listener listener, boolean alone) throws Exception {
        CellState state = CellState.of(cell);
        switch (state) {
            case FINISHED -> {
                listener.skipped(cell, state, "already finished");
                return RunStatus.ALREADY_FINISHED;
            }
            case WAITING -> {
                if (!alone) {
                    listener.skipped(cell, state, "its search (" + cell.searchDir() + ") has not finished");
                    return null;
                }
                RunStatus search = awaitSearch(cell, listener);
                if (search == RunStatus.INTERRUPTED) {
                    return search;
                }
                return run(cell, listener, true);
            }
            case RUNNING -> {
                if (alone) {
                    return awaitLock(cell, listener);
                }
                listener.skipped(cell, state, "another process works on it (" + RunLock.holder(cell.dir())
                        .orElse("its lock") + ")");
                return null;
            }
            default -> {
                try {
                    return start(cell, state, listener);
                } catch (RunLockedException e) {
                    if (alone) {
                        return awaitLock(cell, listener); // taken between the look and the start
                    }
                    listener.skipped(cell, CellState.RUNNING, e.getMessage());
                    return null;
                } catch (RunLockLostException e) {
                    // this process stalled past its lease and another took the cell over: it is that one's now
                    listener.skipped(cell, CellState.RUNNING, e.getMessage());
                    return null;
                }
            }
        }
    }

    /**
     * Makes a training cell's search finish: runs it (or resumes it) when no process works on it,
     * else waits for the process that does. What a job array's or Indexed Job's training task does
     * when it starts before its search has finished.
     */
    private RunStatus awaitSearch(GridCell training, Listener listener) throws Exception {
        GridCell search = cells.stream().filter(c -> c.kind() == GridCell.Kind.SEARCH
                && c.dir().equals(training.searchDir())).findFirst().orElseThrow();
        while (true) {
            CellState state = CellState.of(search);
            if (state == CellState.FINISHED) {
                return RunStatus.FINISHED;
            }
            if (state != CellState.RUNNING) {
                RunStatus status = run(search, listener, false);
                if (status == RunStatus.INTERRUPTED) {
                    return status;
                }
                if (status != null) {
                    continue;
                }
            }
            listener.skipped(training, CellState.WAITING, "waiting for its search (" + RunLock.holder(search.dir())
                    .orElse("another process") + ")");
            if (!sleep(POLL_MILLIS, listener)) {
                return RunStatus.INTERRUPTED;
            }
        }
    }

    /**
     * Waits while another process holds the cell's lock, then runs the cell (or finds it finished):
     * what a scheduler's task does when its cell is held by a task started twice, or by a task
     * whose node died moments ago (its lock is taken over once its lease runs out unrenewed), so
     * that neither loses the task.
     */
    private RunStatus awaitLock(GridCell cell, Listener listener) throws Exception {
        long poll = Math.max(1000, Math.min(POLL_MILLIS, RunLock.lease().toMillis() / 4));
        String said = null;
        while (true) {
            Optional<String> holder = RunLock.holder(cell.dir());
            if (holder.isEmpty()) {
                return run(cell, listener, true);
            }
            String why = "another process works on it (" + holder.get() + "); waiting until it ends or its lease of "
                    + RunLock.lease().toSeconds() + " s runs out unrenewed";
            if (!why.equals(said)) {
                listener.skipped(cell, CellState.RUNNING, why);
                said = why;
            }
            if (!sleep(poll, listener)) {
                return RunStatus.INTERRUPTED;
            }
        }
    }

    /** Sleeps, checking for a stop request; returns false if one came. */
    private boolean sleep(long millis, Listener listener) throws InterruptedException {
        long end = System.nanoTime() + millis * 1_000_000;
        while (System.nanoTime() < end) {
            if (listener.stopRequested()) {
                return false;
            }
            Thread.sleep(Math.min(STOP_CHECK_MILLIS, Math.max(1, (end - System.nanoTime()) / 1_000_000)));
        }
        return !listener.stopRequested();
    }

    private RunStatus start(GridCell cell, CellState state, Listener listener) throws Exception {
        boolean resume = state == CellState.STOPPED;
        RunRequest request = template.at(cell.dir(), !resume && new RunDirectory(cell.dir()).has(RunDirectory.CONFIG));
        if (cell.kind() == GridCell.Kind.SEARCH) {
            var l = listener.search(cell);
            var r = resume ? Runs.SEARCH.resume(request, l)
                    : Runs.SEARCH.start(spec.budget().search(cell.space(), cell.searchSeed(), spec.order()), request, l);
            listener.ended(cell, r);
            return r.status();
        }
        var l = listener.training(cell);
        Path genotype = cell.searchDir().toAbsolutePath().normalize();
        if (cell.kind() == GridCell.Kind.RANDOM && !resume) {
            SampledGenotype.draw(cell.space(), cell.searchSeed()).write(genotype); // the same bytes every time
        }
        var r = resume ? Runs.TRAINING.resume(request, l)
                : Runs.TRAINING.start(spec.budget().train(genotype.toString(), cell.evalSeed()), request, l);
        listener.ended(cell, r);
        return r.status();
    }
}
