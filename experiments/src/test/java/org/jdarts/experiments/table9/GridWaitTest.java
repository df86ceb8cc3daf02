package org.jdarts.experiments.table9;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jdarts.core.run.RunLock;
import org.jdarts.core.search.SearchEpoch;
import org.jdarts.core.train.TrainEpoch;
import org.jdarts.experiments.RunListener;
import org.jdarts.experiments.RunRequest;
import org.jdarts.experiments.RunResult;
import org.jdarts.experiments.RunStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A task waiting for another process (a training cell for its search, any cell for the process
 * that holds its lock) stops on request, within a second.
 */
class GridWaitTest {

    @Test
    void aWaitForTheSearchEndsOnAStopRequest(@TempDir Path root) throws Exception {
        List<String> said = whileThisProcessHoldsTheSearch(root, OneSpace::training);
        assertTrue(said.get(0).startsWith("waiting for its search (process " + ProcessHandle.current().pid()),
                said.toString());
    }

    @Test
    void aWaitForTheProcessHoldingTheCellEndsOnAStopRequest(@TempDir Path root) throws Exception {
        List<String> said = whileThisProcessHoldsTheSearch(root, OneSpace::search);
        assertEquals(1, said.size(), "said once while the holder stays the same: " + said);
        assertTrue(said.get(0).startsWith("another process works on it (process " + ProcessHandle.current().pid()),
                said.toString());
    }

    /**
     * Holds the search cell's lock as "another process" would, runs the asked cell alone, asks it
     * to stop 0.3 s after its first wait message, and returns what it said while waiting.
     */
    private static List<String> whileThisProcessHoldsTheSearch(Path root, Function<OneSpace, GridCell> asked)
            throws Exception {
        OneSpace grid = OneSpace.at(root);
        List<String> said = new ArrayList<>();
        try (RunLock otherProcess = RunLock.acquire(grid.search().dir(), w -> {})) {
            assertStopsWithinSeconds(grid.runner(), asked.apply(grid), said);
        }
        return said;
    }

    /** A smoke grid of one space, one search and one training, with the search's folder made. */
    private record OneSpace(GridRunner runner, GridCell search, GridCell training) {

        static OneSpace at(Path root) throws IOException {
            GridSpec spec = new GridSpec("table9", List.of("darts"), 1, 1, "first", Budget.SMOKE, 0);
            List<GridCell> cells = spec.cells(root);
            GridCell search = cell(cells, GridCell.Kind.SEARCH);
            Files.createDirectories(search.dir());
            return new OneSpace(new GridRunner(spec, cells, RunRequest.of(root, root)), search,
                    cell(cells, GridCell.Kind.TRAINING));
        }

        private static GridCell cell(List<GridCell> cells, GridCell.Kind kind) {
            return cells.stream().filter(c -> c.kind() == kind).findFirst().orElseThrow();
        }
    }

    /** Runs the cell alone with a listener that asks to stop 0.3 s after the first wait message. */
    private static void assertStopsWithinSeconds(GridRunner runner, GridCell cell, List<String> said)
            throws Exception {
        long[] stopAt = {Long.MAX_VALUE};
        GridRunner.Listener listener = new GridRunner.Listener() {
            @Override
            public RunListener<SearchEpoch> search(GridCell c) {
                throw new AssertionError("the search belongs to another process");
            }

            @Override
            public RunListener<TrainEpoch> training(GridCell c) {
                throw new AssertionError("the training cannot start before its search");
            }

            @Override
            public void skipped(GridCell c, CellState state, String why) {
                said.add(why);
                stopAt[0] = System.nanoTime() + 300_000_000L;
            }

            @Override
            public void ended(GridCell c, RunResult result) {}

            @Override
            public boolean stopRequested() {
                return System.nanoTime() > stopAt[0];
            }
        };
        long start = System.nanoTime();
        assertEquals(RunStatus.INTERRUPTED, runner.run(cell, listener, true));
        double seconds = (System.nanoTime() - start) / 1e9;
        assertTrue(seconds < 5, "stopped after " + seconds + " s, not after a poll");
    }
}
