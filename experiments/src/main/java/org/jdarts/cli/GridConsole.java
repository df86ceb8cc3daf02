package org.jdarts.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import org.jdarts.core.search.SearchEpoch;
import org.jdarts.core.train.TrainEpoch;
import org.jdarts.experiments.RunListener;
import org.jdarts.experiments.RunResult;
import org.jdarts.experiments.Runs;
import org.jdarts.experiments.table9.CellState;
import org.jdarts.experiments.table9.GridCell;
import org.jdarts.experiments.table9.GridRunner;

/** Presents an experiment grid's runs: a header per cell, then the cell's own search or training console. */
final class GridConsole implements GridRunner.Listener {

    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean report;
    private final int cells;
    private RunConsole<?> current;

    GridConsole(PrintWriter out, PrintWriter err, boolean report, int cells) {
        this.out = out;
        this.err = err;
        this.report = report;
        this.cells = cells;
    }

    @Override
    public RunListener<SearchEpoch> search(GridCell cell) {
        return begin(cell, new RunConsole<>(Runs.SEARCH, "search", out, err, report)).withReport(cell.dir());
    }

    @Override
    public RunListener<TrainEpoch> training(GridCell cell) {
        return begin(cell, new RunConsole<>(Runs.TRAINING, "train", out, err, report)).withReport(cell.dir());
    }

    /** Prints the cell's header and makes its console the current one. */
    private <C extends RunConsole<?>> C begin(GridCell cell, C console) {
        out.printf("%s: %s -> %s%n", header(cell), cell.label(), cell.dir());
        out.flush();
        current = console;
        return console;
    }

    /** Counts cells from 1 and names the index {@code --index} takes (from 0). */
    private String header(GridCell cell) {
        return "== cell " + (cell.index() + 1) + " of " + cells + " (--index " + cell.index() + ")";
    }

    @Override
    public boolean stopRequested() {
        return SignalTrap.requested();
    }

    @Override
    public void skipped(GridCell cell, CellState state, String why) {
        out.printf("%s: %s: skipped, %s%n", header(cell), cell.label(), why);
        out.flush();
    }

    @Override
    public void ended(GridCell cell, RunResult result) {
        if (current != null) {
            current.outcome(result);
        }
        current = null;
    }

    /** Ends a progress bar that a failure interrupted. */
    void interrupted() {
        if (current != null) {
            current.interrupted();
        }
    }

    /** Prints the cells, their state and run directory. */
    static void list(PrintWriter out, List<GridCell> cells) throws IOException {
        out.printf("%5s  %-8s  %-16s  %6s  %4s  %-22s  %s%n", "index", "kind", "space", "seed", "eval", "state",
                "run directory");
        for (GridCell c : cells) {
            out.printf("%5d  %-8s  %-16s  %6d  %4s  %-22s  %s%n", c.index(), c.kind().name().toLowerCase(), c.space(),
                    c.searchSeed(), c.kind() != GridCell.Kind.SEARCH ? Integer.toString(c.evalSeed()) : "-",
                    CellState.of(c), c.dir());
        }
        out.flush();
    }
}
