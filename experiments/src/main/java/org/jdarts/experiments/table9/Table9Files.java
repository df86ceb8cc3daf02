package org.jdarts.experiments.table9;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jdarts.core.io.AtomicFiles;
import org.jdarts.experiments.Regularization;
import org.jdarts.experiments.RunSizes;
import org.jdarts.experiments.SearchConfig;
import org.jdarts.experiments.TrainConfig;
import org.jdarts.reports.page.ReportDocument;

/** Writes a collected table as {@code table9.json}, {@code table9.csv}, {@code table9.md} and {@code table9.html}. */
public final class Table9Files {

    /** The files' common name. */
    public static final String NAME = "table9";

    /** What a cell shows where there is nothing to show yet. */
    private static final String NONE = "–";

    private Table9Files() {}

    /**
     * Writes the four files (and the figures of the HTML and Markdown pages) into the experiment folder.
     *
     * @param table the table
     * @param root the experiment folder
     * @throws IOException if a file cannot be written
     */
    public static void write(Table9 table, Path root) throws IOException {
        AtomicFiles.writeJson(root.resolve(NAME + ".json"), table.toJson());
        AtomicFiles.writeString(root.resolve(NAME + ".csv"), csv(table));
        document(table, root).write(root, NAME, "jdarts: MobileNeXt Table 9, budget " + table.grid().budget().name());
    }

    /** Returns one CSV row per finished evaluation (a finished search without one: empty test columns). */
    static String csv(Table9 table) throws IOException {
        StringWriter text = new StringWriter();
        try (CSVPrinter out = new CSVPrinter(text, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').build())) {
            out.printRecord("space", "search_seed", "eval_seed", "test_error", "test_images", "parameters_c36_l20",
                    "parameters_budget", "multiply_adds_c36_l20", "skip_normal", "skip_reduce", "search_val_acc",
                    "search_seconds", "train_seconds", "device", "search_dir", "train_dir", "genotype");
            for (SpaceRow row : table.rows()) {
                for (SearchOutcome s : row.searches()) {
                    List<SearchOutcome.Evaluation> evals = s.evaluations().isEmpty()
                            ? Collections.singletonList(null) : s.evaluations();
                    for (SearchOutcome.Evaluation e : evals) {
                        out.printRecord(row.space(), s.seed(), e == null ? "" : e.seed(),
                                e == null ? "" : fmt("%.6f", e.testError()), e == null ? "" : e.testImages(),
                                s.parametersPaper(), s.parametersBudget(), s.multiplyAddsPaper(), s.skipNormal(),
                                s.skipReduce(), fmt("%.6f", s.validationAccuracy()), fmt("%.1f", s.seconds()),
                                e == null ? "" : fmt("%.1f", e.seconds()), s.device(), s.dir(), e == null ? "" : e.dir(),
                                "searched");
                    }
                }
                for (RandomOutcome r : row.random()) {
                    for (SearchOutcome.Evaluation e : r.evaluations()) {
                        out.printRecord(row.space(), r.seed(), e.seed(), fmt("%.6f", e.testError()), e.testImages(),
                                r.parametersPaper(), "", "", r.skipNormal(), r.skipReduce(), "", "", fmt("%.1f", e.seconds()), "",
                                r.dir(), e.dir(), "random");
                    }
                }
            }
        }
        return text.toString();
    }

    static ReportDocument document(Table9 table, Path root) throws IOException {
        GridSpec grid = table.grid();
        SearchConfig s = grid.budget().search();
        TrainConfig t = grid.budget().train();
        ReportDocument d = new ReportDocument();
        String method = s.method().resolvedName().equals("darts") ? "DARTS" : s.method().resolvedName()
                + (s.method().options() == null ? "" : " " + s.method().options());
        String dataName = table.onPaperData() ? "CIFAR-10" : table.dataSource();
        d.heading(1, "MobileNeXt Table 9 on " + dataName + " with " + method + ": jdarts, budget "
                + grid.budget().name());
        if (!table.onPaperData()) {
            d.text("This grid ran on " + table.dataSource() + " (" + table.data().describe() + " images, "
                    + table.data().classes() + " classes), not on the paper's CIFAR-10: the paper's columns are its"
                    + " CIFAR-10 results, shown for reference only; its test errors do not compare with these, and"
                    + " the parameter and mult-add counts here are those of networks for this data's image size and"
                    + " classes.");
        }
        RunSizes ss = s.sizes();
        RunSizes ts = t.sizes();
        Regularization tr = t.regularization();
        d.text(String.format(Locale.ROOT, "Budget %s: %d search(es) per space (seeds 1..%d), %s order, C %d, L %d,"
                + " batch %d, %d epochs of %d search-train images; each derived genotype trained with %d seed(s) at"
                + " C %d, L %d, batch %d, %d epochs of %d images (cutout %d, drop-path %s, auxiliary weight %s) and"
                + " tested on the test set of the data folder. %d of %d grid cells finished.", grid.budget().name(),
                grid.searches(), grid.searches(), grid.order(), ss.channels(), ss.layers(), ss.batchSize(), ss.epochs(),
                ss.trainImages(), grid.evalSeeds(), ts.channels(), ts.layers(), ts.batchSize(), ts.epochs(),
                ts.trainImages(), tr.cutout(), plain(tr.dropPath()), plain(tr.auxWeight()), table.finished(),
                table.cells()));
        if (!grid.budget().name().equals("paper")) {
            d.text("This is not the paper's budget (50-epoch searches; 600-epoch trainings at C 36, L 20, batch 96):"
                    + " the test errors here are those of short trainings of small networks, far above the paper's,"
                    + " and compare the spaces only as far as their spread allows. What it does show at any budget:"
                    + " which operations each space's searches keep, how many skip connections, and the size of the"
                    + " derived networks at the paper's evaluation size.");
        }
        d.heading(2, "The table");
        List<List<String>> rows = new ArrayList<>();
        for (SpaceRow r : table.rows()) {
            SpaceRow.PaperRow p = r.paper();
            String ops = r.operations() == 0 ? NONE : Integer.toString(r.operations());
            rows.add(List.of(r.space(), ops, errorCell(r.testError()),
                    interval(r.testError()), errorCell(r.testErrorOverSearches()), millions(r.parametersPaper()),
                    millions(r.parametersBudget()), millions(r.multiplyAddsPaper()),
                    skips(r.skipNormal(), r.skipReduce()),
                    r.devices().isEmpty() ? NONE : minutes(r.searchSeconds()) + " (" + String.join(", ", r.devices()) + ")",
                    p == null ? "" : fmt("%.2f%%", p.testError()), p == null ? "" : fmt("%.2fM", p.parametersMillions()),
                    p == null ? "" : p.operations()));
            if (grid.random() > 0) {
                Spread overDraws = Spread.of(r.random().stream().mapToDouble(RandomOutcome::meanTestError)
                        .filter(v -> !Double.isNaN(v)).toArray());
                rows.add(List.of(r.space() + ", random", ops, errorCell(r.randomTestError()),
                        interval(r.randomTestError()), errorCell(overDraws),
                        millions(r.random().stream().mapToLong(RandomOutcome::parametersPaper).average()
                                .orElse(Double.NaN)), "", "",
                        skips(r.random().stream().mapToInt(RandomOutcome::skipNormal).average().orElse(Double.NaN),
                                r.random().stream().mapToInt(RandomOutcome::skipReduce).average().orElse(Double.NaN)),
                        "none (drawn)", "", "", ""));
            }
        }
        d.table(List.of("space", "ops", "test error (mean ± sd, n evaluations)", "95% CI", "over searches",
                "params C 36, L 20", "params C " + t.sizes().channels() + ", L " + t.sizes().layers(), "mult-adds C 36, L 20",
                "skip_connect normal / reduce", "search time", "paper (CIFAR-10): test error (n = 1)",
                "paper (CIFAR-10): params", "paper: ops"), rows);
        d.note((grid.random() > 0 ? "Rows \"random\": genotypes drawn uniformly from the space under DARTS'"
                + " derivation rule (jdarts sample), trained and tested exactly like the searched ones; \"over"
                + " searches\" is then over draws. " : "")
                + "Parameters exclude the auxiliary head, as the reference counts them; mult-adds per "
                + table.data().describe() + " image."
                + " Each paper value is a single number (n = 1). sd and the 95% confidence interval (Student's t)"
                + " need at least 2 evaluations.");
        d.heading(2, "Against the original space");
        for (SpaceRow r : table.rows()) {
            if (r.welch() != null) {
                d.text(r.space() + " against darts, Welch's t-test on the test errors"
                        + (Double.isNaN(r.welch().t()) ? "" : fmt(" (t = %.3f)", r.welch().t())) + ": "
                        + r.welch().verdict() + ".");
            }
        }
        if (grid.random() > 0) {
            d.heading(2, "Against random genotypes");
            for (SpaceRow r : table.rows()) {
                d.text(r.space() + ": " + r.againstRandom().verdict() + ". Welch's t-test on each genotype's mean test"
                        + " error (n = " + r.againstRandom().searched() + " searched, " + r.againstRandom().random()
                        + " random" + (Double.isNaN(r.againstRandom().t()) ? "" : fmt("; t = %.3f",
                        r.againstRandom().t())) + ").");
            }
        }
        d.heading(2, "Where the spread comes from");
        for (SpaceRow r : table.rows()) {
            d.text(r.space() + ": " + (r.varianceSplit() == null ? "not computable: the split needs at least 2"
                    + " searches and a search trained at least twice (--searches N --eval-seeds M with N, M ≥ 2)"
                    : r.varianceSplit().describe()));
        }
        d.note("One-way random-effects analysis of variance of the test errors, searches as groups; the between-search"
                + " part is what another search may land on, the within-search part what retraining one cell does.");
        d.text("Published search-to-search spread of DARTS on CIFAR-10 is about 0.1–0.2 points of test error"
                + " (standard deviation), as large as the differences in the paper's table: one search per row"
                + " cannot separate the spaces.");
        d.heading(2, "What the paper says and leaves open");
        d.text("Said: the inverted residual block and the sandglass block were each added to the DARTS search space"
                + " \"as a new operator … without changing the cell structure\" (one at a time), and the searched"
                + " cells were evaluated \"as in\" DARTS: 600 epochs, 20 cells, 36 initial channels, batch 96,"
                + " cutout, auxiliary towers weighted 0.4, drop-path 0.2.");
        d.text("Left open: the search order (first or second), the search epochs, the seeds and the number of"
                + " searches per space; each row is a single number with no spread. jdarts uses the DARTS"
                + " reference's search settings and reports every search and evaluation.");
        d.heading(2, "Operations kept");
        TreeSet<String> ops = new TreeSet<>();
        table.rows().forEach(r -> ops.addAll(r.histogram().keySet()));
        List<List<String>> histogram = new ArrayList<>();
        for (String op : ops) {
            List<String> line = new ArrayList<>(List.of(op));
            table.rows().forEach(r -> line.add(Integer.toString(r.histogram().getOrDefault(op, 0))));
            histogram.add(line);
        }
        List<String> header = new ArrayList<>(List.of("operation"));
        table.rows().forEach(r -> header.add(r.space() + " (" + r.searches().size() + " search(es))"));
        d.table(header, histogram);
        d.note("Edges of the derived normal and reduction cells (16 per search) that use each operation.");
        d.heading(2, "Every search and evaluation");
        List<List<String>> detail = new ArrayList<>();
        for (SpaceRow r : table.rows()) {
            for (SearchOutcome o : r.searches()) {
                detail.add(List.of(r.space(), Integer.toString(o.seed()), fmt("%.2f%%", 100 * o.validationAccuracy()),
                        o.evaluations().stream().map(e -> fmt("%.2f%%", 100 * e.testError())).reduce((a, b) -> a + ", " + b)
                                .orElse("none yet"),
                        millions(o.parametersPaper()), o.skipNormal() + " / " + o.skipReduce(), minutes(o.seconds()),
                        o.evaluations().stream().map(e -> minutes(e.seconds())).reduce((a, b) -> a + ", " + b)
                                .orElse("")));
            }
        }
        d.table(List.of("space", "search seed", "search val. accuracy", "test error(s)", "params C 36, L 20",
                "skips normal / reduce", "search time", "training time(s)"), detail);
        d.heading(2, "Derived cells");
        for (SpaceRow r : table.rows()) {
            for (SearchOutcome o : r.searches()) {
                d.heading(3, r.space() + ", search " + o.seed());
                d.search(Paths.get(o.dir()), r.space() + "-search-" + o.seed());
            }
        }
        d.heading(2, "Checklist (Lindauer & Hutter, NAS best practices)");
        d.table(List.of("checklist item", "this grid"), checklist(table).stream()
                .map(i -> List.of(i.substring(0, i.indexOf(": ")), i.substring(i.indexOf(": ") + 2))).toList());
        d.heading(2, "Grid");
        d.code(grid.describe() + "\nexperiment folder: " + root.toAbsolutePath().normalize());
        return d;
    }

    /** What the grid did, from its own records, in the checklist's terms. */
    static List<String> checklist(Table9 table) {
        GridSpec grid = table.grid();
        List<String> items = new ArrayList<>();
        items.add("Same training pipeline for every genotype: yes: every searched"
                + (grid.random() > 0 ? " and random" : "") + " genotype is trained by the grid's one training"
                + " configuration (budget " + grid.budget().name() + "), with seeds 1.." + grid.evalSeeds() + ".");
        items.add("Random baseline: " + (grid.random() > 0 ? grid.random() + " random genotype(s) per space, drawn"
                + " uniformly under the derivation rule (seeds 1.." + grid.random() + ")"
                : "none (add one with --random N)") + ".");
        int finished = 0;
        for (SpaceRow r : table.rows()) {
            finished += r.searches().stream().mapToInt(o -> o.evaluations().size()).sum()
                    + r.random().stream().mapToInt(o -> o.evaluations().size()).sum();
        }
        int planned = grid.spaces().size() * (grid.searches() + grid.random()) * grid.evalSeeds();
        items.add("Searches per space: " + grid.searches() + " (seeds 1.." + grid.searches() + "), every one reported;"
                + " evaluations per genotype: " + grid.evalSeeds() + " planned, " + finished + " of " + planned
                + " trainings finished.");
        List<String> costs = new ArrayList<>();
        for (SpaceRow r : table.rows()) {
            if (!r.searches().isEmpty()) {
                costs.add(r.space() + " " + minutes(r.searchSeconds()) + " (" + String.join(", ", r.devices()) + ")");
            }
        }
        items.add("Search cost (mean per search): " + (costs.isEmpty() ? "no search finished yet" : String.join("; ",
                costs)) + ".");
        boolean changed = !grid.budget().equals(Budget.named(grid.budget().name()));
        items.add("Hyper-parameters tuned: no; the budget's preset values" + (changed ? ", with values changed by"
                + " --set (see the grid's experiment.json)" : "") + ", the same for every space.");
        items.add("Provenance: every run directory keeps its configuration, versions, seed and data checksums"
                + " (provenance.json).");
        return items;
    }

    private static String errorCell(Spread s) {
        if (s.n() == 0) {
            return "no evaluation yet";
        }
        return s.n() == 1 ? fmt("%.2f%% (n = 1)", s.mean()) : fmt("%.2f%% ± %.2f (n = %d)", s.mean(), s.sd(), s.n());
    }

    private static String interval(Spread s) {
        return s.n() < 2 ? "n < 2" : fmt("[%.2f, %.2f]", s.low(), s.high());
    }

    private static String millions(double count) {
        return Double.isNaN(count) ? "" : fmt("%.2fM", count / 1e6);
    }

    /** Mean skip connections per normal and reduction cell, or a dash where nothing was derived. */
    private static String skips(double normal, double reduce) {
        return Double.isNaN(normal) ? NONE : fmt("%.1f / %.1f", normal, reduce);
    }

    private static String minutes(double seconds) {
        return Double.isNaN(seconds) ? "" : fmt("%.1f min", seconds / 60);
    }

    private static String plain(double v) {
        return fmt("%s", v).replaceAll("\\.0$", "");
    }

    private static String fmt(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }
}
