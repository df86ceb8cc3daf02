package org.jdarts.reports.page;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.jdarts.core.genotype.ArchitectureWeights;
import org.jdarts.core.genotype.Genotype;
import org.jdarts.core.run.AlphaHistory;
import org.jdarts.core.run.DataShape;
import org.jdarts.core.run.Metric;
import org.jdarts.core.run.Provenance;
import org.jdarts.core.run.ResultField;
import org.jdarts.core.run.RunDirectory;
import org.jdarts.core.run.RunKind;
import org.jdarts.reports.NetworkCost;
import org.jdarts.reports.NetworkCosts;
import org.jdarts.reports.cell.CellGraph;
import org.jdarts.reports.chart.AlphaHeatmap;
import org.jdarts.reports.chart.AlphaTrajectories;
import org.jdarts.reports.chart.CellWeights;
import org.jdarts.reports.chart.CostCurves;
import org.jdarts.reports.chart.MetricCurves;
import org.jdarts.reports.chart.MonitorCurves;
import org.jdarts.reports.run.RunSnapshot;

/**
 * The report of one run: summary, genotype and drawings of its cells, the derived network's size
 * at the run's and at the paper's evaluation size, α heatmaps and α over the epochs (searches),
 * curves, the cells after every epoch (searches), configuration and provenance.
 */
public final class RunReport {

    /** The paper's evaluation network: 36 initial channels. */
    public static final int PAPER_CHANNELS = 36;
    /** The paper's evaluation network: 20 cells. */
    public static final int PAPER_LAYERS = 20;

    private final RunSnapshot run;
    private final ReportAssets assets;
    private final NetworkCosts costs;
    private final String prefix;

    /**
     * Prepares the report of a run.
     *
     * @param run the run as read
     * @param assets where its figures go
     * @param costs counts the derived network's size
     * @param prefix prefixed to the figures' file names (a folder, or empty)
     */
    RunReport(RunSnapshot run, ReportAssets assets, NetworkCosts costs, String prefix) {
        this.run = run;
        this.assets = assets;
        this.costs = costs;
        this.prefix = prefix;
    }

    /** Returns the page's blocks. */
    List<Block> blocks() {
        List<Block> page = new ArrayList<>();
        boolean search = run.kind() == RunKind.SEARCH;
        page.add(new Block.Heading(1, (search ? "Search " : "Training ") + run.name()));
        page.add(new Block.Text(run.state() + ". Run directory: " + run.dir().toAbsolutePath().normalize()));
        page.add(new Block.Heading(2, "Summary"));
        page.add(keyValues(summary()));
        page.add(new Block.Heading(2, search ? "Derived genotype" : "Genotype trained"));
        if (search) {
            page.add(new Block.Note("After epoch " + run.epochsDone() + " of " + run.epochsPlanned()
                    + "; edges labelled with the operation kept and its softmax(α) weight."));
        }
        page.add(new Block.Code(run.genotype().toString()));
        changedInputs().forEach(note -> page.add(new Block.Note(note)));
        page.add(new Block.Figures(search ? cellsAfter(lastEpoch(), "") : cells(run.genotype(), -1, "", "")));
        page.add(new Block.Heading(2, "Derived network size"));
        int costAt = page.size();
        CompletableFuture<Block> cost = assets.async(this::costTable);
        page.add(new Block.Text(""));
        if (search) {
            page.add(new Block.Heading(2, "Architecture weights"));
            page.add(new Block.Figures(heatmaps("")));
            page.add(new Block.Figures(List.of(
                    assets.figure(prefix + "alpha-epochs-normal", "normal cell: softmax(α) over the epochs",
                            new AlphaTrajectories("normal", run.alphas(), ArchitectureWeights::normal,
                                    run.genotype().normal())),
                    assets.figure(prefix + "alpha-epochs-reduce", "reduction cell: softmax(α) over the epochs",
                            new AlphaTrajectories("reduce", run.alphas(), ArchitectureWeights::reduce,
                                    run.genotype().reduce())))));
        }
        page.add(new Block.Heading(2, "Curves"));
        page.add(new Block.Figures(List.of(assets.figure(prefix + "curves", "loss, accuracy and schedules per epoch",
                new MetricCurves(run.kind(), run.metrics())))));
        page.add(new Block.Details("Metrics per epoch (" + RunDirectory.METRICS + ")", List.of(metricsTable())));
        if (search && run.monitors() != null && !run.monitors().rows().isEmpty()) {
            page.add(new Block.Heading(2, "Collapse monitors"));
            page.add(new Block.Figures(List.of(assets.figure(prefix + "monitors",
                    "skip connections, entropy of softmax(α) and the Hessian's dominant eigenvalue per epoch ("
                            + RunDirectory.MONITORS + ")", new MonitorCurves(run.monitors(),
                            run.alphas() == null ? 0 : run.alphas().operations().size())))));
        }
        if (search && run.monitors() != null && run.monitors().columns().contains(Metric.COST_DERIVED.key())) {
            page.add(new Block.Heading(2, "Cost"));
            page.add(new Block.Note(costSummary()));
            page.add(new Block.Figures(List.of(assets.figure(prefix + "cost", "the derived network's cost and the"
                    + " cost term's weight per epoch (" + RunDirectory.MONITORS + ")",
                    new CostCurves(run.monitors(), run.config().path("cost").asText(),
                            run.config().has("costTarget") ? run.config().path("costTarget").asDouble() : null)))));
        }
        if (search) {
            page.add(new Block.Heading(2, "Cells after each epoch"));
            page.add(evolution());
        }
        page.add(new Block.Heading(2, "Configuration"));
        page.add(keyValues(flatten(run.config())));
        page.add(new Block.Heading(2, "Provenance"));
        page.addAll(provenance());
        page.set(costAt, cost.join());
        return page;
    }

    /** Returns the position of the last epoch in the run's per-epoch lists. */
    private int lastEpoch() {
        return run.alphas().epochs().size() - 1;
    }

    /** Returns one cell type's α after the epoch at position {@code i}, with that epoch's genotype edges. */
    private CellWeights weights(String cell, int i) {
        AlphaHistory.Epoch epoch = run.alphas().epochs().get(i);
        Genotype g = run.genotypes().get(i);
        boolean normal = cell.equals("normal");
        return new CellWeights(cell, epoch.epoch(), run.alphas().operations(), run.alphas().edges(),
                normal ? epoch.weights().normal() : epoch.weights().reduce(), normal ? g.normal() : g.reduce());
    }

    /**
     * Draws the α heatmaps of both cells after the last epoch.
     *
     * @param captionPrefix put before the captions (a run's label in a page of several runs), or empty
     * @return the two figures
     */
    List<Block.Asset> heatmaps(String captionPrefix) {
        int last = lastEpoch();
        String after = ": softmax(α) after epoch " + run.alphas().epochs().get(last).epoch();
        return List.of(
                assets.figure(prefix + "alpha-heatmap-normal", captionPrefix + "normal cell" + after,
                        new AlphaHeatmap(weights("normal", last))),
                assets.figure(prefix + "alpha-heatmap-reduce", captionPrefix + "reduction cell" + after,
                        new AlphaHeatmap(weights("reduce", last))));
    }

    /**
     * Draws the cells derived after the epoch at position {@code i}, labelled with their α weights.
     *
     * @param i the epoch's position
     * @param label put before the epoch in the captions (a run's label), or empty
     * @return the two figures
     */
    List<Block.Asset> cellsAfter(int i, String label) {
        return cells(run.genotypes().get(i), i, "", ", " + (label.isEmpty() ? "" : label + ", ") + "epoch "
                + run.alphas().epochs().get(i).epoch());
    }

    /**
     * Draws a genotype's two cells.
     *
     * @param g the genotype
     * @param epoch the position of the epoch whose α weights label the edges, or -1 for no weights
     * @param tag appended to the file names ({@code /epoch-003}: a sub-folder per cell type)
     * @param titleSuffix appended to the captions
     */
    private List<Block.Asset> cells(Genotype g, int epoch, String tag, String titleSuffix) {
        double[] normal = null;
        double[] reduce = null;
        if (epoch >= 0) {
            CellWeights n = weights("normal", epoch);
            CellWeights r = weights("reduce", epoch);
            normal = new double[g.normal().size()];
            reduce = new double[g.reduce().size()];
            for (int e = 0; e < normal.length; e++) {
                normal[e] = n.keptWeight(e);
                reduce[e] = r.keptWeight(e);
            }
        }
        return List.of(
                assets.cell(prefix + "cell-normal" + tag, CellGraph.normal(g, "normal cell" + titleSuffix, normal)),
                assets.cell(prefix + "cell-reduce" + tag, CellGraph.reduce(g, "reduction cell" + titleSuffix, reduce)));
    }

    private Block evolution() {
        List<Block> epochs = new ArrayList<>();
        Genotype previous = null;
        for (int i = 0; i < run.genotypes().size(); i++) {
            Genotype g = run.genotypes().get(i);
            AlphaHistory.Epoch e = run.alphas().epochs().get(i);
            epochs.add(new Block.Heading(3, "Epoch " + e.epoch() + (previous == null ? ""
                    : g.equals(previous) ? " (genotype unchanged)" : " (genotype changed)")));
            epochs.add(new Block.Figures(cells(g, i, String.format(Locale.ROOT, "/epoch-%03d", e.epoch()),
                    ", epoch " + e.epoch())));
            previous = g;
        }
        return new Block.Details("The derived cells after each of the " + run.genotypes().size() + " epochs", epochs);
    }

    /** Says the cost term's budget and where the last epoch left the costs. */
    private String costSummary() {
        JsonNode c = run.config();
        String kind = c.path("cost").asText();
        List<Map<String, Double>> rows = run.monitors().rows();
        Map<String, Double> last = rows.get(rows.size() - 1);
        double derived = last.get(Metric.COST_DERIVED.key());
        String budget = c.has("costTarget")
                ? "target " + Formats.cost(kind, c.path("costTarget").asDouble())
                : "fixed weight " + c.path("costWeight").asText();
        String against = c.has("costTarget") ? String.format(Locale.ROOT, " (%.1f%% of the target)",
                100 * derived / c.path("costTarget").asDouble()) : "";
        String measured = kind.equals("latency") ? String.format(Locale.ROOT, " (batch 1 on %s, estimated"
                + " from the latencies in latency.json)", c.path("costDevice").asText("cpu")) : "";
        return String.format(Locale.ROOT, "Cost term: %s, %s, counted at C %d, L %d%s. After epoch %d:"
                + " expected %s, derived genotype %s%s; weight λ %.4g.", kind, budget, c.path("costChannels").asInt(),
                c.path("costLayers").asInt(), measured, Math.round(last.get(Metric.EPOCH.key())),
                Formats.cost(kind, last.get(Metric.COST_EXPECTED.key())), Formats.cost(kind, derived),
                against, last.get(Metric.COST_WEIGHT.key()));
    }

    private Block costTable() {
        Path space = run.dir().resolve(RunDirectory.SPACE);
        Path spaceFile = Files.isRegularFile(space) ? space : null;
        List<List<String>> rows = new ArrayList<>();
        String sizeName = run.kind() == RunKind.SEARCH ? "search size" : "trained size";
        DataShape data = run.provenance() == null ? null : run.provenance().dataShape();
        List<List<Integer>> sizes = Stream.of(List.of(run.channels(), run.layers()),
                List.of(PAPER_CHANNELS, PAPER_LAYERS)).distinct().toList();
        for (List<Integer> size : sizes) {
            boolean paper = size.equals(List.of(PAPER_CHANNELS, PAPER_LAYERS));
            String label = (paper ? "paper's evaluation size" : sizeName) + ": C " + size.get(0) + ", L " + size.get(1);
            try {
                Optional<NetworkCost> cost = costs.cost(run.genotype(), spaceFile, size.get(0), size.get(1), data);
                rows.add(cost.map(c -> List.of(label, Formats.millions(c.parameters()), Formats.millions(c.multiplyAdds())))
                        .orElse(List.of(label, "not computed", "not computed")));
            } catch (Exception e) {
                rows.add(List.of(label, "failed: " + e.getMessage(), ""));
            }
        }
        return new Block.Table(List.of("network", "parameters (auxiliary head excluded)", "multiply-adds per "
                + (data == null ? "CIFAR-10 image" : data.describe() + " image")), rows);
    }

    private List<String[]> summary() {
        List<String[]> rows = new ArrayList<>();
        boolean search = run.kind() == RunKind.SEARCH;
        rows.add(new String[] {search ? "search space" : "genotype", run.subject()});
        rows.add(new String[] {"epochs", run.epochsDone() + " of " + run.epochsPlanned()});
        Provenance recorded = run.provenance();
        if (recorded != null && recorded.dataShape() != null) {
            DataShape d = recorded.dataShape();
            rows.add(new String[] {"data", recorded.dataSourceName() + ": " + d.describe() + " images, " + d.classes()
                    + " classes"});
        }
        Metric heldOut = search ? Metric.VAL_ACC : Metric.TEST_ACC;
        run.last(heldOut).ifPresent(v -> rows.add(new String[] {
            search ? "validation accuracy (last epoch)" : "test accuracy (last epoch)", Formats.percent(v)}));
        run.last(Metric.TRAIN_ACC).ifPresent(v -> rows.add(new String[] {"train accuracy (last epoch)", Formats.percent(v)}));
        if (run.results() != null && run.results().has(ResultField.TEST_ERROR.key())) {
            rows.add(new String[] {"test error", Formats.percent(run.results().get(ResultField.TEST_ERROR.key()).asDouble())
                    + " on " + run.results().path(ResultField.TEST_IMAGES.key()).asInt() + " test images"});
        }
        rows.add(new String[] {"compute time (sum of epochs)", Formats.duration(run.seconds())});
        Provenance p = run.provenance();
        if (p != null) {
            rows.add(new String[] {"device, host", p.device() + ", " + p.host()});
            rows.add(new String[] {"seed", Long.toString(p.seed())});
            rows.add(new String[] {"jdarts", p.jdarts() + " (commit " + p.gitCommit() + ")"});
            rows.add(new String[] {"started", p.started()});
            rows.add(new String[] {"finished", p.finished() == null ? "not yet" : p.finished()});
        }
        return rows;
    }

    private Block metricsTable() {
        List<List<String>> rows = new ArrayList<>();
        for (Map<String, Double> row : run.metrics().rows()) {
            List<String> cells = new ArrayList<>();
            for (String c : run.metrics().columns()) {
                cells.add(Formats.plain(row.get(c)));
            }
            rows.add(cells);
        }
        return new Block.Table(run.metrics().columns(), rows);
    }

    /** Returns a warning for every input file that differs from what the run wrote at its start. */
    private List<String> changedInputs() {
        Provenance p = run.provenance();
        List<String> notes = new ArrayList<>();
        if (p == null || p.inputChecksums() == null) {
            return notes;
        }
        p.inputChecksums().forEach((name, recorded) -> {
            Path file = run.dir().resolve(name);
            String actual;
            try {
                actual = Files.isRegularFile(file) ? HexFormat.of().formatHex(
                        MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))) : "missing";
            } catch (IOException | NoSuchAlgorithmException e) {
                actual = "unreadable";
            }
            if (!actual.equals(recorded)) {
                notes.add("Warning: " + name + " was changed after the run wrote it (SHA-256 " + actual + "; "
                        + RunDirectory.PROVENANCE + " records " + recorded + "): what this page shows from it may"
                        + " not be what the run used.");
            }
        });
        return notes;
    }

    private List<Block> provenance() {
        Provenance p = run.provenance();
        if (p == null) {
            return List.of(new Block.Text("No " + RunDirectory.PROVENANCE + " in the run directory."));
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"jdarts", p.jdarts()});
        rows.add(new String[] {"git commit", p.gitCommit()});
        rows.add(new String[] {"DJL, PyTorch", p.djl() + ", " + p.pytorch()});
        rows.add(new String[] {"Java, OS", p.jvm() + ", " + p.os()});
        rows.add(new String[] {"host, device", p.host() + ", " + p.device()});
        rows.add(new String[] {"data", p.dataSourceName() + " at " + p.dataDir()
                + (p.dataOptions() == null ? "" : " " + p.dataOptions())
                + (p.partialData() ? " (partial data allowed)" : "")});
        if (p.dataVerified() != null) {
            rows.add(new String[] {"data verified", p.dataVerified()});
        }
        if (p.dataShape() != null) {
            DataShape d = p.dataShape();
            rows.add(new String[] {"images, classes", d.describe() + ", " + d.classes() + ": " + d.classList(20)});
        }
        if (p.spaceSha256() != null) {
            rows.add(new String[] {"space.json SHA-256", p.spaceSha256()});
        }
        p.plugins().forEach((k, v) -> rows.add(new String[] {"plugin " + k, v}));
        rows.add(new String[] {"command line", "jdarts " + String.join(" ", p.commandLine())});
        for (Provenance.Resumption r : p.resumptions()) {
            rows.add(new String[] {"resumed " + r.time(), "jdarts " + String.join(" ", r.commandLine()) + " (" + r.host()
                    + ", " + r.device() + ")"});
        }
        List<String[]> data = new ArrayList<>();
        p.dataChecksums().forEach((k, v) -> data.add(new String[] {k, v}));
        return List.of(keyValues(rows), new Block.Details("Data files and their SHA-256", List.of(keyValues(data))));
    }

    static Block keyValues(List<String[]> rows) {
        return new Block.Table(List.of("", ""), rows.stream().map(List::of).toList());
    }

    static List<String[]> flatten(JsonNode node) {
        List<String[]> rows = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            JsonNode v = e.getValue();
            rows.add(new String[] {e.getKey(), v.isNumber() ? Formats.plain(v.asDouble())
                    : v.isValueNode() ? v.asText() : v.toString()});
        }
        return rows;
    }
}
