package org.jdarts.reports;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jdarts.core.run.RunDirectory;
import org.jdarts.reports.page.ReportWriter;
import org.jdarts.reports.run.RunSnapshot;
import org.jdarts.reports.run.RunSnapshots;

/**
 * Reports of run directories, read from their files alone: one run's report (by default in the
 * run's {@value RunDirectory#REPORT}/ folder), or a comparison of several runs.
 */
public final class Reports {

    private Reports() {}

    /** Returns where a run's own report goes: its {@value RunDirectory#REPORT}/ folder. */
    public static Path defaultFolder(Path runDir) {
        return runDir.resolve(RunDirectory.REPORT);
    }

    /**
     * Writes the report of one run: everything is read before anything is written.
     *
     * @param runDir the run directory (finished, stopped or in progress)
     * @param out the report folder, replaced as a whole
     * @param formats HTML, Markdown or both
     * @param costs counts the derived network's size ({@link NetworkCosts#NONE}: not shown)
     * @return the run as reported
     * @throws IllegalArgumentException if the run directory lacks a file the report needs, or {@code out}
     *     is not a report folder
     * @throws IOException if a file cannot be read or written
     */
    public static RunSnapshot writeRun(Path runDir, Path out, Set<ReportFormat> formats, NetworkCosts costs)
            throws IOException {
        RunSnapshot run = RunSnapshots.read(runDir);
        ReportWriter.run(run, out, formats, costs);
        return run;
    }

    /**
     * Writes a comparison of several runs.
     *
     * @param runDirs the run directories
     * @param out the report folder, replaced as a whole
     * @param formats HTML, Markdown or both
     * @param costs counts the derived networks' sizes
     * @return the runs as reported
     * @throws IllegalArgumentException if a run directory lacks a file the report needs
     * @throws IOException if a file cannot be read or written
     */
    public static List<RunSnapshot> writeComparison(List<Path> runDirs, Path out, Set<ReportFormat> formats,
            NetworkCosts costs) throws IOException {
        List<RunSnapshot> runs = new ArrayList<>();
        for (Path dir : runDirs) {
            runs.add(RunSnapshots.read(dir));
        }
        ReportWriter.comparison(runs, out, formats, costs);
        return runs;
    }
}
