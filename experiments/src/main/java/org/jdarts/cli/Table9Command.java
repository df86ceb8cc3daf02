package org.jdarts.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jdarts.experiments.RunRequest;
import org.jdarts.experiments.RunStatus;
import org.jdarts.experiments.table9.Budget;
import org.jdarts.experiments.table9.GridCell;
import org.jdarts.experiments.table9.GridRunner;
import org.jdarts.experiments.table9.GridSpec;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code jdarts experiment table9}: the MobileNeXt paper's Table 9 as a grid of searches and trainings. */
@Command(name = "table9", mixinStandardHelpOptions = true, sortOptions = false,
        header = "MobileNeXt Table 9: darts, darts-ir, darts-sandglass x searches x evaluations.",
        description = {"For each space (darts, darts-ir, darts-sandglass) and search seed 1..N: a",
            "search, then its genotype trained and tested with seeds 1..M. Every cell is an",
            "ordinary run directory inside --out; re-running the command skips finished",
            "cells and resumes stopped ones, then writes table9.md, .html, .json and .csv.",
            "Budgets (every value can be changed with --set):",
            "  smoke  sample data, tiny networks: a couple of minutes (CI)",
            "  cpu    quick searches (C 8, L 5, 5 epochs) and 2-epoch trainings at",
            "         C 16, L 6: about 90 minutes for 3 spaces x 1 x 1 on 2 cores",
            "  paper  50-epoch searches (C 16, L 8, batch 64), 600-epoch trainings at",
            "         C 36, L 20, batch 96 (a GPU budget)", ""},
        footer = {"", "Examples:",
            "  jdarts experiment table9 --budget cpu --data ../shared/cifar10 --out runs/t9",
            "  jdarts experiment table9 --budget paper --searches 4 --eval-seeds 2 --out g \\",
            "      --data DIR --list                      # cells, their index and state",
            "  jdarts experiment table9 ... --index 5     # one cell (a job array task)",
            "  jdarts experiment collect runs/t9          # the table of what has finished"})
final class Table9Command implements Callable<Integer> {

    @Option(names = "--budget", required = true, paramLabel = "smoke|cpu|paper", description = "The budget.")
    String budget;

    @Option(names = "--searches", paramLabel = "N", defaultValue = "1",
            description = "Searches per space, seeds 1..N (default: ${DEFAULT-VALUE}).")
    int searches;

    @Option(names = "--eval-seeds", paramLabel = "M", defaultValue = "1",
            description = "Trainings per search, seeds 1..M (default: ${DEFAULT-VALUE}).")
    int evalSeeds;

    @Option(names = "--random", paramLabel = "N", defaultValue = "0",
            description = "Random genotypes per space (draw seeds 1..N, as jdarts sample draws them), each trained and"
                    + " tested like a search's genotype: the baseline the searches are compared with (default:"
                    + " ${DEFAULT-VALUE}).")
    int random;

    @Option(names = "--order", paramLabel = "first|second", defaultValue = "first",
            description = "Search order (default: ${DEFAULT-VALUE}).")
    String order;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The experiment folder.")
    Path out;

    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = "Change a budget value, e.g. search.epochs=10, train.trainImages=5000 (repeatable).")
    Map<String, String> set = new LinkedHashMap<>();

    @Option(names = "--list", description = "Print the cells with their index and state, and run nothing.")
    boolean list;

    @Option(names = "--index", paramLabel = "I", description = "Run only cell I (see --list); default: $SLURM_ARRAY_TASK_ID"
            + " or $JOB_COMPLETION_INDEX when set (a Slurm array task, a Kubernetes Indexed Job). A training cell"
            + " whose search has not finished runs or waits for it first.")
    Integer index;

    @Option(names = "--emit", split = ",", paramLabel = "slurm|kubernetes",
            description = "Write the files that run this grid on a cluster (table9-task.sbatch and"
                    + " table9-submit.sh, or table9-job.yaml) into --out, and run nothing.")
    List<String> emit = List.of();

    @Mixin
    ClusterOptions cluster;

    @Option(names = "--no-report", negatable = false, description = "Do not write each run's report/ folder.")
    boolean noReport;

    @Mixin
    DataOptions data;

    @Mixin
    DeviceOption device;

    @Mixin
    MethodOptions methodOptions;

    @Mixin
    CostOptions costOptions;

    @Spec
    CommandLine.Model.CommandSpec spec;

    /** Flags each emitted task passes on: those that shape how a cell runs but are not in the grid's record. */
    private List<String> taskFlags() {
        List<String> flags = new ArrayList<>();
        if (!device.cudnnBenchmark()) {
            flags.add("--no-cudnn-benchmark");
        }
        return flags;
    }

    /** The spaces of the table, in its order. */
    static final List<String> SPACES = List.of("darts", "darts-ir", "darts-sandglass");

    @Override
    public Integer call() throws Exception {
        GridSpec grid = grid();
        List<GridCell> cells = grid.cells(out);
        PrintWriter o = spec.commandLine().getOut();
        if (!emit.isEmpty()) {
            grid.claim(out);
            cluster.emit(emit, grid, cells, out, data, set, taskFlags(), o);
            return 0;
        }
        if (index == null && !list) {
            index = ClusterOptions.indexFromEnvironment(System.getenv());
        }
        if (index != null && (index < 0 || index >= cells.size())) {
            throw new UsageException("--index " + index + ": the grid has cells 0.." + (cells.size() - 1)
                    + " (see --list)");
        }
        if (list) {
            GridSpec grown = grid.grownFrom(out);
            if (grown != null) {
                o.println("running this command grows the grid from " + grown.describe() + " to " + grid.describe()
                        + "; its cells then are:");
            }
            GridConsole.list(o, cells);
            return 0;
        }
        GridSpec grown = grid.claim(out);
        if (grown != null) {
            o.println("the grid grows from " + grown.describe() + " to " + grid.describe() + "; its finished cells are"
                    + " kept");
        }
        RunRequest template = new RunRequest(out, data.dir(), data.partial() || grid.budget().partialData(),
                device.resolve(), true, false, Integer.MAX_VALUE, spec.commandLine().getParseResult().originalArgs())
                .withDataSource(data.sourceOrNull()).withReadOptions(data.readOptions());
        GridConsole console = new GridConsole(o, spec.commandLine().getErr(), !noReport, cells.size());
        SignalTrap.install(m -> spec.commandLine().getErr().println("warning: " + m));
        GridRunner runner = new GridRunner(grid, cells, template);
        RunStatus status;
        try {
            status = index != null ? runner.run(cells.get(index), console, true) : runner.runAll(console);
        } finally {
            console.interrupted();
        }
        if (status == RunStatus.INTERRUPTED) {
            o.println("stopped by a signal; re-run the same command to continue (an interrupted run continues from its"
                    + " checkpoint)");
            o.flush();
            return SignalTrap.EXIT_CODE;
        }
        if (index != null) {
            o.printf("cell %d done; 'jdarts experiment collect %s' writes the table of what has finished%n", index, out);
            o.flush();
            return 0;
        }
        CollectCommand.collect(out, o);
        return 0;
    }

    private GridSpec grid() {
        Budget b;
        try {
            b = Budget.named(budget);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--budget: " + e.getMessage());
        }
        try {
            b = b.with(set);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--set " + e.getMessage());
        }
        b = b.withSearch(c -> costOptions.apply(methodOptions.apply(c.toBuilder())).build());
        if (!order.equals("first") && !order.equals("second")) {
            throw new UsageException("--order '" + order + "': valid are first, second");
        }
        if (random < 0) {
            throw new UsageException("--random must be at least 0, got " + random);
        }
        return new GridSpec("table9", SPACES, searches, evalSeeds, order, b, random);
    }
}
