package org.jdarts.experiments.table9;

import java.io.IOException;
import java.nio.file.Files;
import org.jdarts.core.run.Provenance;
import org.jdarts.core.run.RunDirectory;
import org.jdarts.core.run.RunLock;

/** Where a grid cell stands, read from its run directory. */
public enum CellState {

    /** Not started. */
    PENDING("pending"),
    /** A training whose search has not finished (a random genotype's training never waits). */
    WAITING("waiting for its search"),
    /** Another process holds its run directory's lock. */
    RUNNING("running"),
    /** Started and stopped (or crashed) with a checkpoint: the next run resumes it. */
    STOPPED("stopped, will resume"),
    /** Done. */
    FINISHED("finished");

    private final String label;

    CellState(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }

    /**
     * Reads a cell's state.
     *
     * @param cell the cell
     * @return its state
     * @throws IOException if a file of its run directory cannot be read
     */
    public static CellState of(GridCell cell) throws IOException {
        RunDirectory run = new RunDirectory(cell.dir());
        if (Files.isDirectory(cell.dir()) && RunLock.holder(cell.dir()).isPresent()) {
            return RUNNING;
        }
        if (finished(run)) {
            return FINISHED;
        }
        if (run.has(RunDirectory.CHECKPOINT)) {
            return STOPPED;
        }
        if (cell.kind() == GridCell.Kind.TRAINING && !finished(new RunDirectory(cell.searchDir()))) {
            return WAITING;
        }
        return PENDING;
    }

    /** Returns whether a run directory holds a finished run. */
    static boolean finished(RunDirectory run) throws IOException {
        if (!run.has(RunDirectory.PROVENANCE) || !run.has(RunDirectory.CHECKPOINT)) {
            return false;
        }
        Provenance p = run.readProvenance();
        return p.finished() != null;
    }
}
