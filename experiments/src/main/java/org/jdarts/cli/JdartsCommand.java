package org.jdarts.cli;

import org.jdarts.experiments.BuildInfo;
import org.jdarts.experiments.bench.NativeAllocator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Spec;

/** The top-level {@code jdarts} command: only subcommands and help. */
@Command(
        name = "jdarts",
        mixinStandardHelpOptions = true,
        versionProvider = JdartsCommand.Version.class,
        description = {
            "Differentiable architecture search (DARTS) on the JVM, with the MobileNeXt",
            "inverted-residual and sandglass super-operators.",
            ""
        },
        subcommands = {SearchCommand.class, TrainCommand.class, EvalCommand.class, ExportCommand.class,
                PredictCommand.class, ReportCommand.class, ExperimentCommand.class, ParamsCommand.class,
                SampleCommand.class, OpsCommand.class, MethodsCommand.class, DataCommand.class,
                BenchCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Run 'jdarts COMMAND --help' for a command's options.",
            "Exit status: 0 success, 1 failure, 2 bad input (flag, value, file, a run",
            "directory in use), 75 stopped by SIGTERM/SIGINT after writing a checkpoint",
            "(resume it with --resume)."})
public final class JdartsCommand implements Runnable {

    @Spec
    CommandLine.Model.CommandSpec spec;

    /** Returns a configured command line: one-line errors, exit code 2 for usage errors. */
    public static CommandLine commandLine() {
        CommandLine cmd = new CommandLine(new JdartsCommand());
        cmd.setExecutionExceptionHandler(new ErrorHandler());
        cmd.setExecutionStrategy(parsed -> {
            Integer help = CommandLine.executeHelpRequest(parsed);
            if (help != null) {
                return help;
            }
            var problem = PluginJars.problem(System.getProperty(PluginJars.PROPERTY));
            if (problem.isPresent()) {
                parsed.commandSpec().commandLine().getErr().println("jdarts: " + problem.get());
                return ErrorHandler.USAGE;
            }
            return new CommandLine.RunLast().execute(parsed);
        });
        cmd.setParameterExceptionHandler((ex, args) -> {
            ex.getCommandLine().getErr().println("jdarts: " + ex.getMessage()
                    + " (see 'jdarts " + ex.getCommandLine().getCommandSpec().qualifiedName(" ")
                            .replaceFirst("^jdarts ?", "") + " --help')".replace("  ", " "));
            return ErrorHandler.USAGE;
        });
        return cmd;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Prints the jdarts, DJL and libtorch versions and the allocator of libtorch's arrays. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {
                "jdarts " + BuildInfo.version(),
                "DJL " + BuildInfo.djlVersion() + ", PyTorch (libtorch) " + BuildInfo.pytorchVersion() + ", allocator "
                        + NativeAllocator.current(),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")"
            };
        }
    }
}
