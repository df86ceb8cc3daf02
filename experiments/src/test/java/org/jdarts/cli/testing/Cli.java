package org.jdarts.cli.testing;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.io.StringWriter;
import org.jdarts.cli.JdartsCommand;
import picocli.CommandLine;

/**
 * Runs the {@code jdarts} command line in-process ({@link #run}) or as the built launcher in a child
 * process ({@link #launch}, integration tests), and captures what it prints.
 */
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

    /**
     * Runs {@code ./jdarts args...} (the launcher of the built project, {@code jdarts.home}) in a
     * child process, without {@code JDARTS_DATA} or {@code JDARTS_PLUGINS}, so that nothing of an
     * earlier run in the test JVM is shared with it.
     *
     * @param args the arguments
     * @return its exit status and output
     * @throws Exception if it cannot be started or does not finish within 10 minutes
     */
    public static Result launch(String... args) throws Exception {
        Path home = Path.of(System.getProperty("jdarts.home")).toAbsolutePath().normalize();
        List<String> command = new ArrayList<>(List.of("bash", home.resolve("jdarts").toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("jdarts-out", ".txt");
        Path err = Files.createTempFile("jdarts-err", ".txt");
        try {
            ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
            pb.environment().remove("JDARTS_PLUGINS");
            pb.environment().remove("JDARTS_DATA");
            Process p = pb.start();
            if (!p.waitFor(10, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IllegalStateException("jdarts " + String.join(" ", args) + " did not finish");
            }
            return new Result(p.exitValue(), Files.readString(out), withoutEngineNoise(Files.readString(err)));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /** Drops libtorch's hardware notices (NNPACK) from standard error: they are not jdarts'. */
    private static String withoutEngineNoise(String err) {
        return err.lines().filter(l -> !l.contains("NNPACK")).map(l -> l + "\n").reduce("", String::concat);
    }
}
