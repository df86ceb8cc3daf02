package org.jdarts.experiments.table9;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tasks of one grid that start together on a new folder all claim it; another grid or other files are refused. */
class GridSpecClaimTest {

    private static final GridSpec GRID = new GridSpec("table9", List.of("darts"), 2, 1, "first", Budget.SMOKE, 0);

    @Test
    void tasksStartingAtOnceOnANewFolderAllClaimIt(@TempDir Path dir) throws Exception {
        int tasks = 4;
        ExecutorService pool = Executors.newFixedThreadPool(tasks);
        try {
            for (int round = 0; round < 25; round++) {
                Path root = dir.resolve("experiment-" + round);
                CyclicBarrier start = new CyclicBarrier(tasks);
                List<Future<?>> claims = new ArrayList<>();
                for (int t = 0; t < tasks; t++) {
                    claims.add(pool.submit(() -> {
                        start.await();
                        GRID.claim(root);
                        return null;
                    }));
                }
                for (Future<?> claim : claims) {
                    claim.get(); // throws if a task was refused
                }
                assertTrue(GRID.requireSame(root));
                try (var entries = Files.list(root)) {
                    assertEquals(List.of(GridSpec.MANIFEST), entries.map(p -> p.getFileName().toString()).toList(),
                            "the manifest alone, no temporary file left behind");
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFolderHoldingOtherFilesOrAnotherGridIsRefused(@TempDir Path dir) throws Exception {
        Path other = Files.createDirectories(dir.resolve("other"));
        Files.writeString(other.resolve("notes.txt"), "mine");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GRID.claim(other));
        assertTrue(e.getMessage().contains("is not an experiment folder"), e.getMessage());

        Path root = dir.resolve("grid");
        GRID.claim(root);
        GridSpec secondOrder = new GridSpec("table9", List.of("darts"), 2, 1, "second", Budget.SMOKE, 0);
        e = assertThrows(IllegalArgumentException.class, () -> secondOrder.claim(root));
        assertTrue(e.getMessage().contains("holds another experiment's grid"), e.getMessage());
        GridSpec fewer = new GridSpec("table9", List.of("darts"), 1, 1, "first", Budget.SMOKE, 0);
        e = assertThrows(IllegalArgumentException.class, () -> fewer.claim(root));
        assertTrue(e.getMessage().contains("a grid may only grow"), e.getMessage());
    }

    @Test
    void aGridGrowsByMoreSearchesEvaluationsOrRandomGenotypesAndKeepsItsCells(@TempDir Path dir) throws Exception {
        Path root = dir.resolve("grid");
        assertNull(GRID.claim(root));
        GridSpec grown = new GridSpec("table9", List.of("darts"), 2, 2, "first", Budget.SMOKE, 3);
        assertEquals(GRID.toJson(), grown.claim(root).toJson(), "the grid it grew from");
        assertEquals(grown.toJson(), GridSpec.read(root).toJson());
        assertNull(grown.claim(root), "the same grid again");
        assertTrue(grown.cells(root).stream().map(GridCell::dir).toList()
                .containsAll(GRID.cells(root).stream().map(GridCell::dir).toList()), "every cell of the smaller grid");
    }
}
