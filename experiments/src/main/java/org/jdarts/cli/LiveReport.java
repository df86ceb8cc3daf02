package org.jdarts.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import org.jdarts.experiments.NetworkSize;
import org.jdarts.reports.ReportFormat;
import org.jdarts.reports.Reports;

/**
 * Keeps a run's {@code report/} folder up to date: after every epoch while writing it takes under
 * a second (the first report, which loads the chart and drawing classes, is not judged), and at
 * the end. A report that cannot be written is a warning, never the run's failure.
 */
final class LiveReport {

    /** The most a report may take for it to be rewritten after every epoch. */
    static final double EPOCH_BUDGET_SECONDS = 1.0;

    private final NetworkSize costs = new NetworkSize();
    private final Consumer<String> warnings;
    private boolean everyEpoch = true;
    private int written;

    /**
     * Creates the writer.
     *
     * @param warnings told when a report cannot be written
     */
    LiveReport(Consumer<String> warnings) {
        this.warnings = warnings;
    }

    /** Rewrites the report after an epoch, unless reports have proved too slow for that. */
    void afterEpoch(Path runDir) {
        if (!everyEpoch) {
            return;
        }
        long start = System.nanoTime();
        write(runDir);
        double seconds = (System.nanoTime() - start) / 1e9;
        if (written > 1 && seconds >= EPOCH_BUDGET_SECONDS) {
            everyEpoch = false;
        }
    }

    /**
     * Writes the report.
     *
     * @param runDir the run directory
     * @return the report's HTML page, if it was written
     */
    Optional<Path> write(Path runDir) {
        Path folder = Reports.defaultFolder(runDir);
        try {
            Reports.writeRun(runDir, folder, java.util.EnumSet.allOf(ReportFormat.class), costs);
            written++;
            return Optional.of(folder.resolve(ReportFormat.HTML.file()));
        } catch (Exception e) {
            warnings.accept("report not written to " + folder + ": " + ErrorHandler.firstLine(e));
            return Optional.empty();
        }
    }
}
