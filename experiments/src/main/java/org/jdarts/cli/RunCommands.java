package org.jdarts.cli;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

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
     * @param <R> the result
     * @return the exit status (0)
     * @throws Exception what the run throws
     */
    static <R> Integer execute(RunConsole<?, ?> console, Callable<R> run, Consumer<R> outcome) throws Exception {
        try {
            outcome.accept(run.call());
            return 0;
        } finally {
            console.interrupted();
        }
    }
}
