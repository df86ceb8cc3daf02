package org.jdarts.reports.page;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jdarts.core.genotype.Genotype;
import org.jdarts.core.run.Metric;
import org.jdarts.core.run.RunDirectory;
import org.jdarts.core.run.RunKind;
import org.jdarts.core.run.SearchMonitors;
import org.jdarts.reports.NetworkCost;
import org.jdarts.reports.NetworkCosts;
import org.jdarts.reports.cell.CellGraph;
import org.jdarts.reports.chart.ParetoPlot;
import org.jdarts.reports.run.RunSnapshot;

/** A page comparing several runs: one table of final metrics, their genotypes side by side, their α heatmaps. */
public final class ComparisonReport {

    private final List<RunSnapshot> runs;
    private final ReportAssets assets;
    private final NetworkCosts costs;

    /**
     * Prepares the comparison.
     *
     * @param runs the runs, in the order given
     * @param assets where the figures go
     * @param costs counts the derived networks' sizes
     */
    ComparisonReport(List<RunSnapshot> runs, ReportAssets assets, NetworkCosts costs) {
        this.runs = List.copyOf(runs);
        this.assets = assets;
        this.costs = costs;
    }

    /** Returns the page's blocks. */
    List<Block> blocks() {
        List<Block> page = new ArrayList<>();
        page.add(new Block.Heading(1, "Comparison of " + runs.size() + " runs"));
        page.add(new Block.Heading(2, "Final metrics"));
        page.add(metrics());
        page.add(new Block.Note("Parameters (auxiliary head excluded) and multiply-adds per image of each run's"
                + " genotype at the paper's evaluation size, C " + RunReport.PAPER_CHANNELS + ", L "
                + RunReport.PAPER_LAYERS + ". Searches: their final genotype (the latest for an unfinished one)."));
        List<ParetoPlot.Point> byParams = new ArrayList<>();
        List<ParetoPlot.Point> byMacs = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            RunSnapshot r = runs.get(i);
            Optional<NetworkCost> cost = cost(r);
            Optional<Double> accuracy = r.last(r.kind() == RunKind.SEARCH ? Metric.VAL_ACC : Metric.TEST_ACC);
            if (cost.isPresent() && accuracy.isPresent()) {
                byParams.add(new ParetoPlot.Point(Integer.toString(i + 1), cost.get().parameters() / 1e6,
                        100 * accuracy.get()));
                byMacs.add(new ParetoPlot.Point(Integer.toString(i + 1), cost.get().multiplyAdds() / 1e6,
                        100 * accuracy.get()));
            }
        }
        if (byParams.size() >= 2) {
            page.add(new Block.Heading(2, "Accuracy against cost"));
            page.add(new Block.Figures(List.of(
                    assets.figure("pareto-params", "accuracy against parameters; dashed: the Pareto front",
                            new ParetoPlot("accuracy against parameters", "parameters at C " + RunReport.PAPER_CHANNELS
                                    + ", L " + RunReport.PAPER_LAYERS + " (millions)", "accuracy, last epoch (%)",
                                    byParams)),
                    assets.figure("pareto-macs", "accuracy against multiply-adds; dashed: the Pareto front",
                            new ParetoPlot("accuracy against multiply-adds", "multiply-adds per image at C "
                                    + RunReport.PAPER_CHANNELS + ", L " + RunReport.PAPER_LAYERS + " (millions)",
                                    "accuracy, last epoch (%)", byMacs)))));
            page.add(new Block.Note("Points are numbered as the runs above; searches at their validation accuracy,"
                    + " trainings at their test accuracy. On the Pareto front: "
                    + String.join(", ", ParetoPlot.front(byParams).stream().map(ParetoPlot.Point::label).toList())
                    + " (by parameters)."));
        }
        page.add(new Block.Heading(2, "Genotypes"));
        for (int i = 0; i < runs.size(); i++) {
            RunSnapshot run = runs.get(i);
            String folder = folder(i);
            page.add(new Block.Heading(3, label(i)));
            page.add(new Block.Code(run.genotype().toString()));
            page.add(new Block.Figures(List.of(
                    assets.cell(folder + "cell-normal", CellGraph.normal(run.genotype(), label(i) + ": normal cell", null)),
                    assets.cell(folder + "cell-reduce", CellGraph.reduce(run.genotype(), label(i) + ": reduction cell",
                            null)))));
        }
        if (runs.stream().anyMatch(r -> r.kind() == RunKind.SEARCH)) {
            page.add(new Block.Heading(2, "Architecture weights after the last epoch"));
            for (int i = 0; i < runs.size(); i++) {
                RunSnapshot run = runs.get(i);
                if (run.kind() != RunKind.SEARCH) {
                    continue;
                }
                page.add(new Block.Heading(3, label(i)));
                page.add(new Block.Figures(new RunReport(run, assets, costs, folder(i)).heatmaps(label(i) + ": ")));
            }
        }
        page.add(new Block.Heading(2, "Runs"));
        List<List<String>> dirs = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            dirs.add(List.of(label(i), runs.get(i).dir().toAbsolutePath().normalize().toString(), runs.get(i).state()));
        }
        page.add(new Block.Table(List.of("run", "directory", "state"), dirs));
        return page;
    }

    private String folder(int i) {
        return String.format(Locale.ROOT, "run%02d-%s/", i + 1, runs.get(i).name().replaceAll("[^A-Za-z0-9._-]", "_"));
    }

    private String label(int i) {
        return (i + 1) + ". " + runs.get(i).name();
    }

    private Block metrics() {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            RunSnapshot r = runs.get(i);
            boolean search = r.kind() == RunKind.SEARCH;
            Optional<NetworkCost> cost = cost(r);
            rows.add(List.of(label(i), r.kind().toString(), r.subject(), search ? method(r) : "",
                    r.epochsDone() + "/" + r.epochsPlanned(),
                    r.last(search ? Metric.VAL_ACC : Metric.TEST_ACC).map(Formats::percent).orElse("") + (search ? " (val)"
                            : " (test)"),
                    SearchMonitors.skips(r.genotype().normal()) + " / " + SearchMonitors.skips(r.genotype().reduce()),
                    search ? eigenvalue(r) : "",
                    cost.map(c -> Formats.millions(c.parameters())).orElse("not computed"),
                    cost.map(c -> Formats.millions(c.multiplyAdds())).orElse("not computed"),
                    Formats.duration(r.seconds())));
        }
        return new Block.Table(List.of("run", "kind", "space / genotype", "method", "epochs", "accuracy (last epoch)",
                "skip_connect normal / reduce", "Hessian eigenvalue (last estimate)", "parameters", "multiply-adds",
                "compute time"), rows);
    }

    /** Returns a search's method with the options it was given (DARTS when its configuration names none). */
    private static String method(RunSnapshot r) {
        String name = r.config().path("method").asText("darts");
        if (!r.config().has("methodOptions")) {
            return name;
        }
        List<String> options = new ArrayList<>();
        r.config().get("methodOptions").properties().forEach(e -> options.add(e.getKey() + " " + e.getValue().asText()));
        return name + " (" + String.join(", ", options) + ")";
    }

    /** Returns the last eigenvalue estimate of a search with its epoch, or "not estimated". */
    private static String eigenvalue(RunSnapshot r) {
        if (r.monitors() == null) {
            return "not estimated";
        }
        List<Map<String, Double>> rows = r.monitors().rows();
        for (int i = rows.size() - 1; i >= 0; i--) {
            double v = rows.get(i).get(SearchMonitors.HESSIAN);
            if (!Double.isNaN(v)) {
                return String.format(Locale.ROOT, "%.4g (epoch %d)", v, Math.round(rows.get(i).get(Metric.EPOCH.key())));
            }
        }
        return "not estimated";
    }


    private Optional<NetworkCost> cost(RunSnapshot r) {
        Path space = r.dir().resolve(RunDirectory.SPACE);
        Genotype g = r.genotype();
        try {
            return costs.cost(g, Files.isRegularFile(space) ? space : null, RunReport.PAPER_CHANNELS,
                    RunReport.PAPER_LAYERS, r.provenance() == null ? null : r.provenance().dataShape());
        } catch (Exception e) {
            return Optional.empty();
        }
    }
}
