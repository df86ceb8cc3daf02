package org.jdarts.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.jdarts.core.loop.StepResult;
import org.jdarts.experiments.LiveReport;
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
    private final boolean report;
    private LiveReport<P, E> liveReport;
    private int epochs;

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
        this.report = report;
    }

    /**
     * Returns the listener to give the run: this console and, when asked for, the library's
     * {@link LiveReport} of the run directory.
     *
     * @param runDir the run directory
     * @return the listener
     */
    RunListener<P, E> withReport(Path runDir) {
        if (!report) {
            return this;
        }
        liveReport = new LiveReport<>(runDir, this::onWarning);
        return RunListener.both(this, liveReport);
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

    /** Sets the run's total epochs (for the labels) and, when resumed, says where it resumes. */
    protected void started(int totalEpochs, int firstEpoch) {
        epochs = totalEpochs;
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
    }

    /** Says where the report written when the run ended is, if one was. */
    protected void finalReport() {
        if (liveReport != null) {
            liveReport.finalPage().ifPresent(page -> out.println("report: " + page));
        }
    }

    /** Returns the line printed after an epoch. */
    protected abstract String epochLine(E epoch);

    /** Ends a progress bar that a failure interrupted. */
    void interrupted() {
        progress.finish();
    }
}
