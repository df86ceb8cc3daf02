package org.jdarts.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.jdarts.experiments.NetworkSize;
import org.jdarts.reports.ReportFormat;
import org.jdarts.reports.Reports;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code jdarts report}: the report of one run directory, or the comparison of several. */
@Command(name = "report", header = "Charts, cell drawings and a report of a run, or a comparison of runs.",
        mixinStandardHelpOptions = true,
        description = {"Reads run directories (their JSON and CSV files; a run in progress or",
            "stopped reports the epochs it has) and writes, for one run: its summary, the",
            "derived genotype and drawings of its cells (SVG, PNG, graphviz .dot), the",
            "network's parameters and multiply-adds at the run's size and at C 36, L 20,",
            "α heatmaps and α over the epochs (searches), loss/accuracy/lr curves, the",
            "cells after every epoch, configuration and provenance. For several runs: one",
            "table of final metrics, the genotypes side by side and their α heatmaps.",
            "HTML is one self-contained page (inline SVG, opens offline); Markdown uses",
            "the PNG files beside it. jdarts search and train write RUN_DIR/report/",
            "themselves.", ""},
        footer = {"", "Examples:",
            "  jdarts report runs/quick-sandglass     # writes runs/quick-sandglass/report/",
            "  jdarts report runs/a runs/b --out cmp  # a comparison",
            "  jdarts report runs/a --out /tmp/a --format md"})
final class ReportCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "RUN_DIR", description = "Search or training run directories.")
    List<Path> runs;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Report folder (replaced as a whole if it holds a jdarts report); default for one run:"
                    + " RUN_DIR/report; required for a comparison.")
    Path out;

    @Option(names = "--format", paramLabel = "FORMATS", defaultValue = "html,md",
            description = "Comma-separated: html, md (default: ${DEFAULT-VALUE}).")
    String format;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Set<ReportFormat> formats;
        try {
            formats = ReportFormat.parse(format);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--format: " + e.getMessage());
        }
        long start = System.nanoTime();
        Path folder;
        String what;
        if (runs.size() == 1) {
            folder = out != null ? out : Reports.defaultFolder(runs.get(0));
            var run = Reports.writeRun(runs.get(0), folder, formats, new NetworkSize());
            what = run.kind() + " run, " + run.epochsDone() + " of " + run.epochsPlanned() + " epochs";
        } else {
            if (out == null) {
                throw new UsageException("--out DIR is required to compare several runs");
            }
            folder = out;
            Reports.writeComparison(runs, folder, formats, new NetworkSize());
            what = runs.size() + " runs compared";
        }
        PrintWriter o = spec.commandLine().getOut();
        o.printf(Locale.ROOT, "report (%s) in %.1f s: %s%n", what, (System.nanoTime() - start) / 1e9,
                formats.stream().map(f -> folder.resolve(f.file()).toString()).collect(Collectors.joining(", ")));
        o.flush();
        return 0;
    }
}
