package org.jdarts.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jdarts.core.io.AtomicFiles;
import org.jdarts.experiments.CostBudget;
import org.jdarts.experiments.SearchConfig;
import org.jdarts.experiments.table9.ClusterJobs;
import org.jdarts.experiments.table9.GridCell;
import org.jdarts.experiments.table9.GridSpec;
import picocli.CommandLine.Option;

/** The site settings of {@code --emit}: what a cluster's users change in the generated files. */
public final class ClusterOptions {

    /** The variables a scheduler sets to a task's index, in the order they are read. */
    static final List<String> INDEX_VARIABLES = List.of("SLURM_ARRAY_TASK_ID", "JOB_COMPLETION_INDEX");

    @Option(names = "--jdarts", paramLabel = "PATH", description = "The jdarts launcher on the nodes or in the image"
            + " (default: this one, or 'jdarts').")
    String jdarts = System.getProperty("jdarts.launcher", "jdarts");

    @Option(names = "--partition", paramLabel = "NAME", defaultValue = "gpu", description = "Slurm partition"
            + " (default: ${DEFAULT-VALUE}).")
    String partition;

    @Option(names = "--account", paramLabel = "NAME", defaultValue = "", description = "Slurm account (default: none).")
    String account;

    @Option(names = "--time-limit", paramLabel = "HH:MM:SS", defaultValue = "24:00:00",
            description = "A task's time limit; a task stopped at it resumes when requeued (default: ${DEFAULT-VALUE}).")
    String timeLimit;

    @Option(names = "--max-parallel", paramLabel = "K", defaultValue = "8",
            description = "Tasks at once (default: ${DEFAULT-VALUE}).")
    int maxParallel;

    @Option(names = "--gpus", paramLabel = "N", defaultValue = "1",
            description = "GPUs per task; 0 runs on CPUs (default: ${DEFAULT-VALUE}).")
    int gpus;

    @Option(names = "--image", paramLabel = "IMAGE", defaultValue = "jdarts:latest",
            description = "Kubernetes container image holding jdarts (default: ${DEFAULT-VALUE}).")
    String image;

    @Option(names = "--claim", paramLabel = "NAME", defaultValue = "jdarts-shared",
            description = "Kubernetes ReadWriteMany PersistentVolumeClaim holding data and grid (default: ${DEFAULT-VALUE}).")
    String claim;

    @Option(names = "--mount", paramLabel = "PATH", defaultValue = "/shared",
            description = "Where the claim is mounted; --data and --out are its sub-folders of the same names"
                    + " (default: ${DEFAULT-VALUE}).")
    String mount;

    @Option(names = "--retries", paramLabel = "N", defaultValue = "3",
            description = "Kubernetes retries per index of a failed task (not of a usage error; default: ${DEFAULT-VALUE}).")
    int retries;

    /**
     * Returns the index a scheduler gave this task, if any.
     *
     * @param environment the process's environment
     * @return the index, or null
     * @throws UsageException if a variable is set but not a number
     */
    static Integer indexFromEnvironment(Map<String, String> environment) {
        for (String name : INDEX_VARIABLES) {
            String value = environment.get(name);
            if (value != null && !value.isBlank()) {
                try {
                    return Integer.valueOf(value.trim());
                } catch (NumberFormatException e) {
                    throw new UsageException("$" + name + " is '" + value + "', not a cell index");
                }
            }
        }
        return null;
    }

    /**
     * Writes the files of the schedulers asked for and says how to submit them.
     *
     * @param taskFlags flags every task passes on as given (those the grid's own record does not hold)
     */
    void emit(List<String> schedulers, GridSpec grid, List<GridCell> cells, Path out, DataOptions data,
            Map<String, String> set, List<String> taskFlags, PrintWriter o) throws IOException {
        ClusterJobs.Site site;
        try {
            site = new ClusterJobs.Site(jdarts, partition, account, timeLimit, maxParallel, gpus, image, claim, mount,
                    retries);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage().startsWith("time") ? "--time-limit: " + e.getMessage()
                    : "--max-parallel: " + e.getMessage());
        }
        int searches = (int) cells.stream().filter(c -> c.kind() == GridCell.Kind.SEARCH).count();
        for (String scheduler : schedulers) {
            switch (scheduler) {
                case "slurm" -> {
                    Path abs = out.toAbsolutePath().normalize();
                    List<String> args = gridArgs(grid, taskFlags, data.flagsFor(data.dir().toAbsolutePath().normalize()
                            .toString()), abs.toString(), set);
                    write(abs.resolve("table9-task.sbatch"), ClusterJobs.slurmTask(args, abs + "/slurm-logs", site));
                    write(abs.resolve("table9-submit.sh"), ClusterJobs.slurmSubmit(searches, cells.size(),
                            abs.toString(), site));
                    o.printf("Slurm: %s (one cell per array task) and %s; submit with: bash %s%n",
                            abs.resolve("table9-task.sbatch"), abs.resolve("table9-submit.sh"),
                            abs.resolve("table9-submit.sh"));
                }
                case "kubernetes" -> {
                    String base = mount.endsWith("/") ? mount : mount + "/";
                    String dataDir = base + data.dir().getFileName();
                    List<String> args = gridArgs(grid, taskFlags, data.flagsFor(dataDir), base + out.getFileName(), set);
                    Path file = out.resolve("table9-job.yaml");
                    write(file, ClusterJobs.kubernetes("jdarts-table9", args, cells.size(), site));
                    o.printf("Kubernetes: %s (an Indexed Job of %d completions); put the data in %s and run:"
                            + " kubectl apply -f %s%n", file, cells.size(), dataDir, file);
                }
                default -> throw new UsageException("--emit '" + scheduler + "': valid are slurm, kubernetes");
            }
        }
        o.flush();
    }

    private List<String> gridArgs(GridSpec grid, List<String> taskFlags, List<String> dataFlags, String outDir,
            Map<String, String> set) {
        List<String> args = new ArrayList<>(List.of("experiment", "table9", "--budget", grid.budget().name(),
                "--searches", Integer.toString(grid.searches()), "--eval-seeds", Integer.toString(grid.evalSeeds()),
                "--order", grid.order()));
        if (grid.random() > 0) {
            args.addAll(List.of("--random", Integer.toString(grid.random())));
        }
        set.forEach((k, v) -> args.addAll(List.of("--set", k + "=" + v)));
        SearchConfig search = grid.budget().search();
        if (search.method().name() != null) {
            args.addAll(List.of("--method", search.method().resolvedName()));
        }
        if (search.method().options() != null) {
            search.method().options().forEach((k, v) -> args.addAll(List.of("--method-option", k + "=" + v)));
        }
        if (search.monitors().hessianEvery() > 0) {
            args.addAll(List.of("--hessian-every", Integer.toString(search.monitors().hessianEvery())));
        }
        if (search.monitors().earlyStopSkips() > 0) {
            args.addAll(List.of("--early-stop-skips", Integer.toString(search.monitors().earlyStopSkips())));
        }
        CostBudget cost = search.cost();
        if (cost.enabled()) {
            args.addAll(List.of("--cost", cost.cost()));
            if (cost.costWeight() != null) {
                args.addAll(List.of("--cost-weight", Double.toString(cost.costWeight())));
            } else {
                args.addAll(List.of("--cost-target", Double.toString(cost.costTarget())));
            }
            args.addAll(List.of("--cost-channels", cost.costChannels().toString(), "--cost-layers",
                    cost.costLayers().toString()));
            if (cost.costDevice() != null) {
                args.addAll(List.of("--cost-device", cost.costDevice()));
            }
        }
        args.addAll(taskFlags);
        args.addAll(dataFlags);
        args.addAll(List.of("--out", outDir, "--device", gpus > 0 ? "gpu" : "cpu"));
        return args;
    }

    private static void write(Path file, String text) throws IOException {
        AtomicFiles.writeString(file, text);
        if (file.toString().endsWith(".sh") || file.toString().endsWith(".sbatch")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }
}
