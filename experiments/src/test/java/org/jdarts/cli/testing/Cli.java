package org.jdarts.cli.testing;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.jdarts.cli.JdartsCommand;
import picocli.CommandLine;

/** Runs the {@code jdarts} command line in-process and captures what it prints. */
public final class Cli {

    /**
     * What a run returned and printed.
     *
     * @param exit the exit status
     * @param out standard output
     * @param err standard error
     */
    public record Result(int exit, String out, String err) {}

    private Cli() {}

    /** Runs {@code jdarts args...}. */
    public static Result run(String... args) {
        CommandLine cmd = JdartsCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        int exit = cmd.execute(args);
        return new Result(exit, out.toString(), err.toString());
    }
}
