package org.jdarts.experiments.table9;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jdarts.core.run.RunLock;
import org.jdarts.core.search.SearchEpoch;
import org.jdarts.core.train.TrainEpoch;
import org.jdarts.experiments.RunListener;
import org.jdarts.experiments.RunRequest;
import org.jdarts.experiments.RunResult;
import org.jdarts.experiments.RunStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A training cell waiting for a search another process runs stops on request, within a second. */
class GridWaitTest {

    @Test
    void aWaitForTheSearchEndsOnAStopRequest(@TempDir Path root) throws Exception {
        GridSpec grid = new GridSpec("table9", List.of("darts"), 1, 1, "first", Budget.SMOKE);
        List<GridCell> cells = grid.cells(root);
        GridCell search = cells.stream().filter(c -> c.kind() == GridCell.Kind.SEARCH).findFirst().orElseThrow();
        GridCell training = cells.stream().filter(c -> c.kind() == GridCell.Kind.TRAINING).findFirst().orElseThrow();
        Files.createDirectories(search.dir());
        List<String> said = new ArrayList<>();
        long[] stopAt = {Long.MAX_VALUE};
        GridRunner.Listener listener = new GridRunner.Listener() {
            @Override
            public RunListener<SearchEpoch> search(GridCell cell) {
                throw new AssertionError("the search belongs to another process");
            }

            @Override
            public RunListener<TrainEpoch> training(GridCell cell) {
                throw new AssertionError("the training cannot start before its search");
            }

            @Override
            public void skipped(GridCell cell, CellState state, String why) {
                said.add(why);
                stopAt[0] = System.nanoTime() + 300_000_000L;
            }

            @Override
            public void ended(GridCell cell, RunResult result) {}

            @Override
            public boolean stopRequested() {
                return System.nanoTime() > stopAt[0];
            }
        };
        try (RunLock otherProcess = RunLock.acquire(search.dir(), w -> {})) {
            GridRunner runner = new GridRunner(grid, cells, RunRequest.of(root, root));
            long start = System.nanoTime();
            assertEquals(RunStatus.INTERRUPTED, runner.run(training, listener, true));
            double seconds = (System.nanoTime() - start) / 1e9;
            assertTrue(seconds < 5, "stopped after " + seconds + " s, not after the 30 s poll");
            assertTrue(said.get(0).startsWith("waiting for its search (process " + ProcessHandle.current().pid()),
                    said.toString());
        }
    }
}
