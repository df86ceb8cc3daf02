package org.jdarts.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** {@code jdarts experiment}: experiment grids made of search and training runs. */
@Command(name = "experiment", mixinStandardHelpOptions = true,
        header = "Experiment grids: many searches and trainings, one table.",
        description = "Run an experiment grid (every cell an ordinary search or training run directory), or"
                + " collect whatever has finished into its table.",
        subcommands = {Table9Command.class, CollectCommand.class})
final class ExperimentCommand implements Runnable {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
