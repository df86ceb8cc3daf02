package org.jdarts.experiments;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Optional;
import java.util.function.Consumer;
import org.jdarts.reports.ReportFormat;
import org.jdarts.reports.Reports;

/**
 * A run listener that keeps the run's {@code report/} folder up to date: after every epoch while
 * writing it takes under a second (the first report, which loads the chart and drawing classes, is
 * not judged), and once the run has finished or stopped as asked (not after a signal: then
 * stopping comes first). A report that cannot be written is a warning, never the run's failure.
 * Combine it with another listener with {@link RunListener#both}:
 *
 * <pre>{@code
 * Runs.SEARCH.start(config, request, RunListener.both(myListener, new LiveReport<>(request.runDir(), System.err::println)));
 * }</pre>
 *
 * @param <E> the record of a finished epoch
 */
public final class LiveReport<E> implements RunListener<E> {

    /** The most a report may take for it to be rewritten after every epoch. */
    public static final double EPOCH_BUDGET_SECONDS = 1.0;

    private final Path runDir;
    private final Consumer<String> warnings;
    private final NetworkSize costs = new NetworkSize();
    private boolean everyEpoch = true;
    private int written;
    private Path page;

    /**
     * Creates the listener.
     *
     * @param runDir the run directory
     * @param warnings told, in one line, when a report cannot be written
     */
    public LiveReport(Path runDir, Consumer<String> warnings) {
        this.runDir = runDir;
        this.warnings = warnings;
    }

    @Override
    public void onEpoch(E epoch) {
        if (!everyEpoch) {
            return;
        }
        long start = System.nanoTime();
        write();
        double seconds = (System.nanoTime() - start) / 1e9;
        if (written > 1 && seconds >= EPOCH_BUDGET_SECONDS) {
            everyEpoch = false;
        }
    }

    @Override
    public void onEnd(RunStatus status) {
        if (status == RunStatus.FINISHED || status == RunStatus.STOPPED) {
            page = write().orElse(null);
        }
    }

    /** Returns the HTML page of the report written when the run ended, if one was. */
    public Optional<Path> finalPage() {
        return Optional.ofNullable(page);
    }

    private Optional<Path> write() {
        Path folder = Reports.defaultFolder(runDir);
        try {
            Reports.writeRun(runDir, folder, EnumSet.allOf(ReportFormat.class), costs);
            written++;
            return Optional.of(folder.resolve(ReportFormat.HTML.file()));
        } catch (Exception e) {
            String m = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
            warnings.accept("report not written to " + folder + ": " + m.lines().findFirst().orElse(m));
            return Optional.empty();
        }
    }
}
