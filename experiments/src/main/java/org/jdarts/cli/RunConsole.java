package org.jdarts.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import org.jdarts.core.loop.StepResult;
import org.jdarts.experiments.LiveReport;
import org.jdarts.experiments.RunListener;
import org.jdarts.experiments.RunPlan;
import org.jdarts.experiments.RunResult;
import org.jdarts.experiments.RunStatus;
import org.jdarts.experiments.RunType;

/**
 * Presents a run of any kind on the console: its plan and one line per epoch on standard output,
 * a progress bar per epoch on standard error, then how it ended.
 *
 * @param <E> the record of a finished epoch
 */
final class RunConsole<E> implements RunListener<E> {

    private final RunType<?, E> type;
    private final String command;
    private final PrintWriter out;
    private final PrintWriter err;
    private final EpochProgress progress;
    private final boolean report;
    private LiveReport<E> liveReport;
    private int epochs;

    /**
     * Creates the console.
     *
     * @param type the kind of run
     * @param command the subcommand that resumes such a run ({@code search}, {@code train})
     * @param out standard output
     * @param err standard error
     * @param report whether to keep the run's report folder up to date
     */
    RunConsole(RunType<?, E> type, String command, PrintWriter out, PrintWriter err, boolean report) {
        this.type = type;
        this.command = command;
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
    RunListener<E> withReport(Path runDir) {
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

    @Override
    public void onNote(String message) {
        progress.breakLine();
        err.println(message);
        err.flush();
    }

    @Override
    public void onStart(RunPlan plan) {
        epochs = plan.epochs();
        out.printf(Locale.ROOT, "jdarts %s -> %s%n", command, plan.runDir());
        plan.details().forEach(line -> out.println("  " + line));
        if (plan.firstEpoch() > 0) {
            out.printf(Locale.ROOT, "resuming after epoch %d of %d%n", plan.firstEpoch(), epochs);
        }
        out.flush();
    }

    /**
     * Prints how the run ended.
     *
     * @param r the result
     * @return the exit status: 0, or {@link SignalTrap#EXIT_CODE} when a signal stopped the run
     */
    int outcome(RunResult r) {
        switch (r.status()) {
            case INTERRUPTED -> {
                out.printf(Locale.ROOT, "stopped by a signal after %d finished epoch(s) and the steps of the next one"
                        + " that were done; checkpoint written; continue with: jdarts %s --resume %s%n",
                        r.epochsDone(), command, r.runDir());
                out.flush();
                return SignalTrap.EXIT_CODE;
            }
            case STOPPED -> out.printf(Locale.ROOT, "stopped after epoch %d of %d as asked; continue with: jdarts %s"
                    + " --resume %s%n", r.epochsDone(), r.epochs(), command, r.runDir());
            case ALREADY_FINISHED -> {
                out.printf(Locale.ROOT, "%s: the %s already %s; nothing to do%n", r.runDir(), r.kind(),
                        r.endedEarly() ? "ended after epoch " + r.epochsDone() + " of " + r.epochs()
                                : "finished its " + r.epochs() + " epochs");
                r.summary().forEach(out::println);
            }
            case FINISHED -> {
                r.summary().forEach(out::println);
                out.println("run directory: " + r.runDir());
            }
            default -> throw new IllegalStateException(r.status().toString());
        }
        if (r.status() != RunStatus.ALREADY_FINISHED && liveReport != null) {
            liveReport.finalPage().ifPresent(page -> out.println("report: " + page));
        }
        out.flush();
        return 0;
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
        out.println(type.describe(epoch, epochs));
        out.flush();
    }

    /** Ends a progress bar that a failure interrupted. */
    void interrupted() {
        progress.finish();
    }
}
