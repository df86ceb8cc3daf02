package org.jdarts.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** {@code jdarts data}: the CIFAR-10 commands. */
@Command(name = "data", mixinStandardHelpOptions = true,
        description = "Check or download CIFAR-10.",
        subcommands = {DataCheckCommand.class, DataDownloadCommand.class})
final class DataCommand implements Runnable {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
