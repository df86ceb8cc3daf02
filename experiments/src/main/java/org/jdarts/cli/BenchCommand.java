package org.jdarts.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** {@code jdarts bench}: benchmarks (commands whose numbers go into docs/performance.md, never tests). */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure throughput on this machine.",
        subcommands = {BenchDataCommand.class, BenchOpsCommand.class, BenchPredictCommand.class, BenchSearchCommand.class,
            BenchTrainCommand.class})
final class BenchCommand implements Runnable {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
