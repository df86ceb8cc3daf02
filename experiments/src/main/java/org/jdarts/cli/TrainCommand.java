package org.jdarts.cli;

import java.util.concurrent.Callable;
import org.jdarts.experiments.RunRequest;
import org.jdarts.experiments.TrainConfig;
import org.jdarts.experiments.Runs;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code jdarts train}: trains the network a genotype describes and measures its test error. */
@Command(name = "train", header = "Train and test the network a genotype describes.",
        mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Train the evaluation network of a genotype on the training images of --data",
            "(random crop, the flip where the source allows it, cutout; drop-path; auxiliary",
            "head) and test it on the test images after every epoch. The run directory gets config,",
            "provenance, metrics, a checkpoint per epoch and results.json; --resume",
            "continues a stopped run. SIGTERM or SIGINT stops it after the current step",
            "with a checkpoint (exit status 75).", ""},
        footer = {"", "Presets (every value can be overridden by its flag):",
            "  quick  C 16, L 6, batch 96, 3 epochs of 33,600 images, lr 0.1,",
            "         auxiliary 0.4: about 14 minutes on 2 CPU cores",
            "  paper  C 36, L 20, batch 96, 600 epochs, lr 0.025, cutout 16,",
            "         drop-path 0.2, auxiliary 0.4",
            "", "Examples:",
            "  jdarts train --genotype DARTS_V2 --preset quick --data ../shared/cifar10 --out runs/v2",
            "  jdarts train --genotype runs/sg --preset quick --data ../shared/cifar10 --out runs/sg-train"})
final class TrainCommand implements Callable<Integer> {

    @Option(names = "--genotype", paramLabel = "NAME|FILE|RUN_DIR",
            description = "DARTS_V1, DARTS_V2, a JSON or Python-notation file, or a search run directory.")
    String genotype;

    @Mixin
    RunOptions run;

    @Mixin
    PresetOptions preset;

    @Option(names = "--cutout", description = "Cutout side, 0 for none.")
    Integer cutout;

    @Option(names = "--drop-path", description = "Final drop-path probability.")
    Double dropPath;

    @Option(names = "--aux-weight", description = "Auxiliary loss weight, 0 for no auxiliary head.")
    Double auxWeight;

    @Mixin
    LayoutOption layout;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!run.resuming() && genotype == null) {
            throw new UsageException("--genotype and --out are required (or --resume DIR)");
        }
        RunRequest request = run.request(spec.commandLine().getParseResult(),
                "--genotype and --out are required (or --resume DIR)").inLayout(layout.resolve());
        var console = new RunConsole<>(Runs.TRAINING, "train", spec.commandLine().getOut(),
                spec.commandLine().getErr(), run.report());
        var listener = console.withReport(request.runDir());
        return RunCommands.execute(console, () -> run.resuming() ? Runs.TRAINING.resume(request, listener)
                : Runs.TRAINING.start(config(), request, listener), console::outcome);
    }

    TrainConfig config() {
        TrainConfig.Builder b = preset.train().setGenotype(genotype);
        PresetOptions.ifGiven(cutout, b::optCutout);
        PresetOptions.ifGiven(dropPath, b::optDropPath);
        PresetOptions.ifGiven(auxWeight, b::optAuxWeight);
        return b.build();
    }
}
