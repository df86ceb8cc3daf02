package org.jdarts.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** {@code jdarts data}: the data commands. */
@Command(name = "data", mixinStandardHelpOptions = true,
        description = "Check a data folder, list the data sources, or download CIFAR-10.",
        subcommands = {DataCheckCommand.class, DataSourcesCommand.class, DataDownloadCommand.class})
final class DataCommand implements Runnable {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
