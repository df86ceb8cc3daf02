package org.jdarts.experiments.table9;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;
import org.apache.commons.math3.stat.inference.TTest;
import org.jdarts.core.genotype.Genotype;
import org.jdarts.core.genotype.GenotypeEdge;
import org.jdarts.core.io.Json;
import org.jdarts.core.run.DataShape;
import org.jdarts.core.run.Metric;
import org.jdarts.core.run.MetricsCsv;
import org.jdarts.core.run.Provenance;
import org.jdarts.core.run.ResultField;
import org.jdarts.core.run.RunDirectory;
import org.jdarts.core.run.SearchMonitors;
import org.jdarts.experiments.GenotypeSource;
import org.jdarts.experiments.NetworkSize;
import org.jdarts.experiments.RunSizes;
import org.jdarts.reports.NetworkCost;
import org.jdarts.reports.page.RunReport;

/**
 * The collected table of an experiment grid: every finished search and evaluation, per space the
 * statistics, the paper's row beside ours, Welch's t-test against the original space.
 *
 * @param grid the grid
 * @param generated when it was collected
 * @param cells how many cells the grid has
 * @param finished how many have finished
 * @param rows one per space
 * @param dataSource the data source the grid's runs read ({@code cifar10}: the paper's data), or
 *     null before any run finished
 * @param data the shape and classes of that data (CIFAR-10's before any run finished)
 */
public record Table9(GridSpec grid, String generated, int cells, int finished, List<SpaceRow> rows,
        String dataSource, DataShape data) {

    /** Returns whether the grid ran on the paper's data, CIFAR-10 (or nothing has finished yet). */
    public boolean onPaperData() {
        return dataSource == null || dataSource.equals(PAPER_DATA);
    }

    /** The data set of the paper's table. */
    public static final String PAPER_DATA = "cifar10";

    /** The significance level of the verdicts. */
    public static final double ALPHA = 0.05;

    /**
     * Collects whatever has finished in an experiment folder.
     *
     * @param root the experiment folder
     * @return the table
     * @throws IOException if a run directory cannot be read
     */
    public static Table9 collect(Path root) throws IOException {
        GridSpec grid = GridSpec.read(root);
        List<GridCell> finished = new ArrayList<>();
        List<GridCell> cells = grid.cells(root);
        for (GridCell c : cells) {
            if (CellState.finished(new RunDirectory(c.dir()))) {
                finished.add(c);
            }
        }
        String dataSource = null;
        DataShape data = NetworkSize.CIFAR10;
        if (!finished.isEmpty()) {
            Provenance p = new RunDirectory(finished.get(0).dir()).readProvenance();
            dataSource = p.dataSourceName();
            data = p.dataShape() == null ? NetworkSize.CIFAR10 : p.dataShape();
        }
        List<SpaceRow> rows = new ArrayList<>();
        double[] dartsErrors = null;
        for (String space : grid.spaces()) {
            List<SearchOutcome> searches = new ArrayList<>();
            for (GridCell c : finished) {
                if (c.kind() == GridCell.Kind.SEARCH && c.space().equals(space)) {
                    searches.add(search(grid, c, finished, data));
                }
            }
            List<RandomOutcome> random = new ArrayList<>();
            for (int k = 1; k <= grid.random(); k++) {
                RandomOutcome r = random(grid, space, k, root, finished, data);
                if (r != null) {
                    random.add(r);
                }
            }
            SpaceRow row = row(grid, space, root, searches, random, dartsErrors);
            if (space.equals("darts")) {
                dartsErrors = errors(searches);
            }
            rows.add(row);
        }
        return new Table9(grid, Instant.now().toString(), cells.size(), finished.size(), rows, dataSource, data);
    }

    /** Reads a finished search and its finished evaluations ({@code finished}: every finished cell). */
    private static SearchOutcome search(GridSpec grid, GridCell cell, List<GridCell> finished, DataShape data)
            throws IOException {
        RunDirectory run = new RunDirectory(cell.dir());
        GenotypeSource source = GenotypeSource.resolve(cell.dir().toString());
        Genotype g = source.genotype();
        NetworkCost paper = NetworkSize.count(source, RunReport.PAPER_CHANNELS, RunReport.PAPER_LAYERS, data);
        RunSizes trained = grid.budget().train().sizes();
        NetworkCost budget = NetworkSize.count(source, trained.channels(), trained.layers(), data);
        Map<String, Integer> ops = new TreeMap<>();
        for (GenotypeEdge e : g.normal()) {
            ops.merge(e.op(), 1, Integer::sum);
        }
        for (GenotypeEdge e : g.reduce()) {
            ops.merge(e.op(), 1, Integer::sum);
        }
        MetricsCsv.Table metrics = run.readMetrics();
        double[] val = metrics.column(Metric.VAL_ACC);
        Provenance p = run.readProvenance();
        List<SearchOutcome.Evaluation> evals = new ArrayList<>();
        for (GridCell t : finished) {
            RunDirectory training = new RunDirectory(t.dir());
            if (t.kind() == GridCell.Kind.TRAINING && t.searchDir().equals(cell.dir())) {
                JsonNode results = training.readJson(RunDirectory.RESULTS, JsonNode.class);
                evals.add(new SearchOutcome.Evaluation(t.evalSeed(), t.dir().toString(),
                        results.path(ResultField.TEST_ERROR.key()).asDouble(),
                        results.path(ResultField.TEST_IMAGES.key()).asInt(),
                        Arrays.stream(training.readMetrics().column(Metric.SECONDS)).sum()));
            }
        }
        return new SearchOutcome(cell.searchSeed(), cell.dir().toString(), g.toString(), paper.parameters(),
                budget.parameters(), paper.multiplyAdds(), SearchMonitors.skips(g.normal()),
                SearchMonitors.skips(g.reduce()), ops,
                Arrays.stream(metrics.column(Metric.SECONDS)).sum(), p.device(), val[val.length - 1], evals);
    }

    /** Reads a random genotype's finished trainings, or returns null when none has finished. */
    private static RandomOutcome random(GridSpec grid, String space, int seed, Path root, List<GridCell> finished,
            DataShape data) throws IOException {
        List<SearchOutcome.Evaluation> evals = new ArrayList<>();
        Path dir = null;
        for (GridCell t : finished) {
            if (t.kind() == GridCell.Kind.RANDOM && t.space().equals(space) && t.searchSeed() == seed) {
                RunDirectory training = new RunDirectory(t.dir());
                JsonNode results = training.readJson(RunDirectory.RESULTS, JsonNode.class);
                evals.add(new SearchOutcome.Evaluation(t.evalSeed(), t.dir().toString(),
                        results.path(ResultField.TEST_ERROR.key()).asDouble(),
                        results.path(ResultField.TEST_IMAGES.key()).asInt(),
                        Arrays.stream(training.readMetrics().column(Metric.SECONDS)).sum()));
                dir = t.searchDir();
            }
        }
        if (dir == null) {
            return null;
        }
        GenotypeSource source = GenotypeSource.resolve(dir.toString());
        NetworkCost paper = NetworkSize.count(source, RunReport.PAPER_CHANNELS, RunReport.PAPER_LAYERS, data);
        return new RandomOutcome(seed, dir.toString(), source.genotype().toString(), paper.parameters(),
                SearchMonitors.skips(source.genotype().normal()), SearchMonitors.skips(source.genotype().reduce()), evals);
    }

    private static double[] errors(List<SearchOutcome> searches) {
        return searches.stream().flatMap(s -> s.evaluations().stream()).mapToDouble(e -> 100 * e.testError())
                .toArray();
    }

    private static SpaceRow row(GridSpec grid, String space, Path root, List<SearchOutcome> searches,
            List<RandomOutcome> random, double[] dartsErrors) throws IOException {
        double[] errors = errors(searches);
        double[] perSearch = searches.stream().filter(s -> !s.evaluations().isEmpty())
                .mapToDouble(s -> s.evaluations().stream().mapToDouble(e -> 100 * e.testError()).average().orElse(0))
                .toArray();
        Map<String, Integer> histogram = new TreeMap<>();
        searches.forEach(s -> s.operations().forEach((k, v) -> histogram.merge(k, v, Integer::sum)));
        int operations = searches.isEmpty() ? 0
                : operations(Path.of(searches.get(0).dir()).resolve(RunDirectory.ALPHAS));
        SpaceRow.Welch welch = space.equals("darts") ? null : welch(errors, dartsErrors);
        double[] randomErrors = random.stream().flatMap(r -> r.evaluations().stream())
                .mapToDouble(e -> 100 * e.testError()).toArray();
        AgainstRandom againstRandom = grid.random() == 0 ? null : AgainstRandom.of(perSearch,
                random.stream().mapToDouble(RandomOutcome::meanTestError).toArray());
        VarianceSplit split = VarianceSplit.of(searches.stream().map(o -> o.evaluations().stream()
                .mapToDouble(e -> 100 * e.testError()).toArray()).toList());
        return new SpaceRow(space, operations, searches, Spread.of(errors), Spread.of(perSearch),
                mean(searches, SearchOutcome::parametersPaper), mean(searches, SearchOutcome::parametersBudget),
                mean(searches, SearchOutcome::multiplyAddsPaper), mean(searches, SearchOutcome::skipNormal),
                mean(searches, SearchOutcome::skipReduce), histogram,
                mean(searches, SearchOutcome::seconds),
                searches.stream().map(SearchOutcome::device).distinct().toList(), SpaceRow.PaperRow.of(space), welch,
                random, Spread.of(randomErrors), againstRandom, split);
    }

    private static int operations(Path alphas) throws IOException {
        if (!Files.isRegularFile(alphas)) {
            return 0;
        }
        int n = 0;
        for (JsonNode op : Json.MAPPER.readTree(alphas.toFile()).path("operations")) {
            if (!op.asText().equals("none")) {
                n++;
            }
        }
        return n;
    }

    private static double mean(List<SearchOutcome> searches, ToDoubleFunction<SearchOutcome> f) {
        return searches.stream().mapToDouble(f).average().orElse(Double.NaN);
    }

    /** Welch's t-test of a space's test errors against darts', with a plain verdict. */
    static SpaceRow.Welch welch(double[] errors, double[] darts) {
        if (darts == null || errors.length < 2 || darts.length < 2) {
            return new SpaceRow.Welch(Double.NaN, Double.NaN, "not testable: Welch's t-test needs at least 2"
                    + " evaluations in each space (here " + errors.length + " and " + (darts == null ? 0 : darts.length)
                    + "); the difference cannot be told from noise at this budget");
        }
        TTest test = new TTest();
        double t = test.t(errors, darts);
        double p = test.tTest(errors, darts);
        String verdict = p < ALPHA
                ? String.format(Locale.ROOT, "distinguishable from noise at this budget (p = %.3g < %.2f)", p, ALPHA)
                : String.format(Locale.ROOT, "not distinguishable from noise at this budget (p = %.3g ≥ %.2f)", p,
                        ALPHA);
        return new SpaceRow.Welch(t, p, verdict);
    }

    /** Returns the table as {@code table9.json} records it. */
    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("experiment", grid.experiment());
        m.put("grid", grid.toJson());
        m.put("generated", generated);
        m.put("cells", cells);
        m.put("finished", finished);
        m.put("dataSource", dataSource);
        m.put("data", data);
        m.put("rows", rows);
        return m;
    }
}
