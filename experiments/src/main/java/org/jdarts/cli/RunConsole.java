package org.jdarts.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.jdarts.core.loop.StepResult;
import org.jdarts.experiments.RunListener;

/**
 * What presenting a search and a training run have in common: standard output for the plan and
 * one line per epoch, a progress bar per epoch on standard error.
 *
 * @param <P> the run's plan
 * @param <E> the record of a finished epoch
 */
abstract class RunConsole<P, E> implements RunListener<P, E> {

    /** Where the plan, the epoch lines and the outcome go. */
    protected final PrintWriter out;
    private final PrintWriter err;
    private final EpochProgress progress;
    private final LiveReport report;
    private int epochs;
    private Path runDir;

    /**
     * Creates the console.
     *
     * @param out standard output
     * @param err standard error
     * @param report whether to keep the run's report folder up to date
     */
    RunConsole(PrintWriter out, PrintWriter err, boolean report) {
        this.out = out;
        this.err = err;
        this.progress = new EpochProgress(err);
        this.report = report ? new LiveReport(this::onWarning) : null;
    }

    @Override
    public boolean stopRequested() {
        return SignalTrap.requested();
    }

    @Override
    public void onWarning(String message) {
        progress.breakLine();
        err.println("warning: " + message);
        err.flush();
    }

    /**
     * Prints how an interrupted run ended and returns its exit status.
     *
     * @param command {@code search} or {@code train}
     * @param epochsDone the epochs finished
     * @param runDir the run directory
     * @return {@link SignalTrap#EXIT_CODE}
     */
    protected int interruptedOutcome(String command, int epochsDone, Path runDir) {
        out.printf("stopped by a signal after %d finished epoch(s) and the steps of the next one that were done;"
                + " checkpoint written; continue with: jdarts %s --resume %s%n", epochsDone, command, runDir);
        out.flush();
        return SignalTrap.EXIT_CODE;
    }

    /** Sets the run's total epochs (for the labels) and directory and, when resumed, says where it resumes. */
    protected void started(int totalEpochs, int firstEpoch, Path dir) {
        epochs = totalEpochs;
        runDir = dir;
        if (firstEpoch > 0) {
            out.printf("resuming after epoch %d of %d%n", firstEpoch, totalEpochs);
        }
    }

    /** Returns the run's total epochs. */
    protected int epochs() {
        return epochs;
    }

    @Override
    public void onEpochStart(int epoch, int steps) {
        progress.start(epoch, epochs, steps);
    }

    @Override
    public void onStep(int epoch, int step, int steps, StepResult result) {
        progress.step(step, result);
    }

    @Override
    public void onEpoch(E epoch) {
        progress.finish();
        out.println(epochLine(epoch));
        out.flush();
        if (report != null) {
            report.afterEpoch(runDir);
        }
    }

    /**
     * Writes the run's report once it has ended (not after a signal: then stopping comes first) and
     * says where it is.
     *
     * @param dir the run directory
     */
    protected void finalReport(Path dir) {
        if (report != null) {
            report.write(dir).ifPresent(page -> out.println("report: " + page));
        }
    }

    /** Returns the line printed after an epoch. */
    protected abstract String epochLine(E epoch);

    /** Ends a progress bar that a failure interrupted. */
    void interrupted() {
        progress.finish();
    }
}
