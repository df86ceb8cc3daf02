package org.jdarts.cli;

import java.util.concurrent.Callable;
import java.util.function.ToIntFunction;
import org.jdarts.experiments.RunResult;

/** How {@code jdarts search} and {@code jdarts train} carry out a run and present it. */
final class RunCommands {

    private RunCommands() {}

    /**
     * Runs, then prints the outcome; a failure ends the progress bar first, so that its one-line
     * message starts on a line of its own.
     *
     * @param console the run's console
     * @param run starts or resumes the run
     * @param outcome prints the result
     * @return the exit status: 0, or {@link SignalTrap#EXIT_CODE} when a signal stopped the run
     * @throws Exception what the run throws
     */
    static Integer execute(RunConsole<?> console, Callable<RunResult> run, ToIntFunction<RunResult> outcome)
            throws Exception {
        SignalTrap.install(console::onWarning);
        try {
            return outcome.applyAsInt(run.call());
        } finally {
            console.interrupted();
        }
    }
}
