package org.jdarts.experiments.table9;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.jdarts.cifar10.testing.SampleData;
import org.jdarts.cli.testing.Cli;
import org.jdarts.core.genotype.GenotypeEdge;
import org.jdarts.core.io.Json;
import org.jdarts.core.run.RunDirectory;
import org.jdarts.core.run.RunLock;
import org.jdarts.experiments.GenotypeSource;
import org.jdarts.experiments.NetworkSize;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The smoke grid end to end, in-process: its table's numbers against its cells' run directories, and bad requests. */
class Table9Test {

    @TempDir
    static Path dir;

    private static Path grid;
    private static Cli.Result first;

    private static String[] table9(Path out, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("experiment", "table9", "--budget", "smoke", "--data",
                SampleData.sampleDir().toString(), "--out", out.toString(), "--no-report"));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    @BeforeAll
    static void runTheSmokeGrid() {
        grid = dir.resolve("grid");
        first = Cli.run(table9(grid));
    }

    @Test
    void everyNumberOfTheTableComesFromTheCellRunDirectories() throws Exception {
        assertEquals(0, first.exit(), first.err());
        assertTrue(first.out().contains("6 of 6 cells finished"), first.out());
        JsonNode table = Json.MAPPER.readTree(grid.resolve("table9.json").toFile());
        assertEquals(6, table.path("finished").asInt());
        JsonNode rows = table.path("rows");
        assertEquals(List.of("darts", "darts-ir", "darts-sandglass"),
                List.of(rows.get(0).path("space").asText(), rows.get(1).path("space").asText(),
                        rows.get(2).path("space").asText()));
        for (JsonNode row : rows) {
            String space = row.path("space").asText();
            RunDirectory search = new RunDirectory(grid.resolve(space).resolve("search-1"));
            RunDirectory training = new RunDirectory(grid.resolve(space).resolve("search-1-train-1"));
            double error = training.readJson(RunDirectory.RESULTS, JsonNode.class).path("test_error").asDouble();
            assertEquals(100 * error, row.path("testError").path("mean").asDouble(), 1e-9, space);
            assertEquals(1, row.path("testError").path("n").asInt());
            var source = GenotypeSource.resolve(search.path().toString());
            assertEquals(NetworkSize.count(source, 36, 20).parameters(), row.path("parametersPaper").asDouble(), 0);
            assertEquals(NetworkSize.count(source, 4, 3).parameters(), row.path("parametersBudget").asDouble(), 0);
            long skips = source.genotype().normal().stream().map(GenotypeEdge::op).filter("skip_connect"::equals).count();
            assertEquals(skips, row.path("skipNormal").asDouble(), 0);
            assertEquals(Arrays.stream(search.readMetrics().column("seconds")).sum(),
                    row.path("searchSeconds").asDouble(), 1e-9);
            assertEquals(space.equals("darts") ? 7 : 8, row.path("operations").asInt());
            assertEquals(space.equals("darts") ? 3.11 : space.equals("darts-ir") ? 3.26 : 2.98,
                    row.path("paper").path("testError").asDouble());
            assertEquals(space.equals("darts"), row.path("welch").isNull(), space);
        }
        List<String> csv = Files.readAllLines(grid.resolve("table9.csv"));
        assertEquals(4, csv.size());
        assertTrue(csv.get(1).startsWith("darts,1,1,"), csv.get(1));
        String md = Files.readString(grid.resolve("table9.md"));
        assertTrue(md.contains("| darts | 7 | "), md);
        assertTrue(md.contains("| 3.11% | 3.25M | 7 (+ none) |"), md);
        assertTrue(md.contains("not testable"), "one evaluation per space cannot be tested");
        assertTrue(md.contains("(table9-images/"), "Markdown shows the figures beside it");
        assertTrue(md.contains("evaluations per genotype: 1 planned, 3 of 3 trainings finished."), md);
        String html = Files.readString(grid.resolve("table9.html"));
        assertEquals(3 * 4, html.split("<svg ", -1).length - 1, "per search: two cells and two heatmaps");
    }

    @Test
    void reRunningSkipsEveryFinishedCellAndListShowsTheirState() throws Exception {
        Cli.Result again = Cli.run(table9(grid));
        assertEquals(0, again.exit(), again.err());
        assertEquals(6, again.out().lines().filter(l -> l.contains(": skipped, already finished")).count(), again.out());
        Cli.Result list = Cli.run(table9(grid, "--list"));
        assertEquals(7, list.out().lines().count(), list.out());
        assertEquals(6, list.out().lines().filter(l -> l.contains("finished")).count(), list.out());
        assertTrue(list.out().lines().skip(4).findFirst().orElseThrow().matches(
                "\\s+3\\s+training\\s+darts\\s+1\\s+1\\s+finished\\s+.*search-1-train-1"), list.out());
        Cli.Result collect = Cli.run("experiment", "collect", grid.toString());
        assertEquals(0, collect.exit(), collect.err());
        String manifest = Files.readString(grid.resolve("experiment.json"));
        Cli.Result grown = Cli.run(table9(grid, "--list", "--searches", "2"));
        assertEquals(0, grown.exit(), grown.err());
        assertTrue(grown.out().startsWith("running this command grows the grid from table9, budget smoke, 1 search(es)"),
                grown.out());
        assertEquals(6, grown.out().lines().filter(l -> l.contains("finished")).count(), grown.out());
        assertEquals(6, grown.out().lines().filter(l -> l.matches(".*\\bsearch-2\\b.*|.*search-2-train.*")).count(),
                grown.out());
        assertEquals(manifest, Files.readString(grid.resolve("experiment.json")), "listing writes nothing");
    }

    @Test
    void aTaskWhoseCellAnotherHostHoldsWaitsUntilTheLeaseRunsOut() throws Exception {
        Path lock = grid.resolve("darts/search-1").resolve(RunLock.FILE);
        // a process on another node took the cell and stopped renewing its lease (the node died)
        Files.writeString(lock, Json.MAPPER.createObjectNode().put("host", "node-b").put("pid", 4242)
                .put("since", "now").toString());
        System.setProperty(RunLock.LEASE_PROPERTY, "2");
        try {
            long start = System.nanoTime();
            Cli.Result r = Cli.run(table9(grid, "--index", "0"));
            double seconds = (System.nanoTime() - start) / 1e9;
            assertEquals(0, r.exit(), r.out() + r.err());
            assertTrue(r.out().contains("cell 1 of 6 (--index 0): darts search 1: skipped, another process works on it (process"
                    + " 4242 on node-b"), r.out());
            assertTrue(r.out().contains("waiting until it ends or its lease of 2 s runs out unrenewed"), r.out());
            assertTrue(r.out().contains("cell 1 of 6 (--index 0): darts search 1: skipped, already finished"), r.out());
            assertTrue(seconds >= 1, "it waited for the lease, " + seconds + " s");
        } finally {
            System.clearProperty(RunLock.LEASE_PROPERTY);
            Files.deleteIfExists(lock);
        }
    }

    @Test
    void badRequestsAreOneLineWithExitTwo() throws Exception {
        assertUsage(Cli.run(table9(grid, "--index", "6")), "--index 6: the grid has cells 0..5 (see --list)");
        assertUsage(Cli.run(table9(grid, "--order", "second")), grid + " holds another experiment's grid");
        String[] cpu = table9(grid);
        cpu[3] = "cpu";
        assertUsage(Cli.run(cpu), grid + " holds another experiment's grid (table9, budget smoke");
        assertUsage(Cli.run(table9(grid, "--set", "train.epochs=2")), grid + " holds another experiment's grid");
        Path foreign = Files.createDirectories(dir.resolve("thesis"));
        Files.writeString(foreign.resolve("chapter1.tex"), "x");
        assertUsage(Cli.run(table9(foreign)), foreign + " exists and is not an experiment folder");
        assertUsage(Cli.run(table9(dir.resolve("x"), "--set", "search.nope=1")), "--set 'search.nope': valid keys are");
        assertUsage(Cli.run(table9(dir.resolve("x"), "--set", "train.epochs=0")), "--set budget override: epochs");
        String[] unknown = table9(dir.resolve("x"));
        unknown[3] = "huge";
        assertUsage(Cli.run(unknown), "--budget: budget 'huge': valid are smoke, cpu, paper");
        assertUsage(Cli.run("experiment", "collect", dir.resolve("nothing").toString()), "");
    }

    private static void assertUsage(Cli.Result r, String start) {
        assertEquals(2, r.exit(), r.out() + r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().strip().startsWith("jdarts experiment " + (start.isEmpty() ? "" : "table9: " + start)),
                r.err());
    }

    @Test
    void aCellLockedByADeadNodeIsTakenOverOnceItsLeaseRanOutAndTheTableIsTheUninterruptedOnes() throws Exception {
        assertEquals(0, first.exit(), first.err());
        Path other = dir.resolve("grid-on-two-hosts");
        assertEquals(0, Cli.run(table9(other, "--emit", "slurm")).exit(), "the grid folder, claimed");
        Path cell = Files.createDirectories(other.resolve("darts/search-1"));
        Path lock = cell.resolve(RunLock.FILE);
        // "host A" took the cell and died: its lock stays, naming a process of another node
        Files.writeString(lock, Json.MAPPER.createObjectNode().put("host", "node-a").put("pid", 4242)
                .put("since", "2026-12-07T00:00:00Z").put("token", "node-a-token").toString());
        Cli.Result whileLeased = Cli.run(table9(other));
        assertEquals(0, whileLeased.exit(), whileLeased.err());
        assertTrue(whileLeased.out().contains("another process works on it (process 4242 on node-a"), whileLeased.out());
        assertTrue(whileLeased.out().contains("4 of 6 cells finished"), whileLeased.out());
        // "host B" reruns the grid after the lease has run out
        Files.setLastModifiedTime(lock, java.nio.file.attribute.FileTime.from(java.time.Instant.now()
                .minus(java.time.Duration.ofSeconds(RunLock.DEFAULT_LEASE_SECONDS + 5))));
        Cli.Result after = Cli.run(table9(other));
        assertEquals(0, after.exit(), after.err());
        assertTrue(after.err().contains("taking over the lock of process 4242 on node-a"), after.err());
        assertTrue(after.out().contains("6 of 6 cells finished"), after.out());
        JsonNode expected = Json.MAPPER.readTree(grid.resolve("table9.json").toFile()).path("rows");
        JsonNode actual = Json.MAPPER.readTree(other.resolve("table9.json").toFile()).path("rows");
        for (int r = 0; r < 3; r++) {
            for (String field : List.of("space", "testError", "parametersPaper", "skipNormal", "skipReduce")) {
                assertEquals(expected.get(r).path(field), actual.get(r).path(field), field + " of row " + r);
            }
            assertEquals(expected.get(r).path("searches").get(0).path("genotype"),
                    actual.get(r).path("searches").get(0).path("genotype"));
        }
    }
}
