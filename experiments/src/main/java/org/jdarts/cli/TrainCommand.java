package org.jdarts.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.jdarts.experiments.TrainConfig;
import org.jdarts.experiments.TrainPreset;
import org.jdarts.experiments.TrainRun;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code jdarts train}: trains the network a genotype describes and measures its test error. */
@Command(name = "train", header = "Train and test the network a genotype describes.",
        mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Train the evaluation network of a genotype on the CIFAR-10 training set",
            "(random crop, flip, cutout; drop-path; auxiliary head) and test it on the",
            "10,000 test images after every epoch. The run directory gets config,",
            "provenance, metrics, a checkpoint per epoch and results.json; --resume",
            "continues a stopped run.", ""},
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

    @Option(names = "--preset", paramLabel = "quick|paper", defaultValue = "quick",
            description = "Starting values (default: ${DEFAULT-VALUE}).")
    String preset;

    @Mixin
    DataOptions data;




    @Mixin
    RunOptions run;

    @Option(names = "--seed", defaultValue = "0", description = "Seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Mixin
    DeviceOption device;

    @Mixin
    PresetOverrides sizes;






    @Option(names = "--lr", description = "Initial learning rate.")
    Double lr;

    @Option(names = "--lr-min", defaultValue = "0", description = "Cosine floor (default: ${DEFAULT-VALUE}).")
    double lrMin;

    @Option(names = "--momentum", defaultValue = "0.9", description = "SGD momentum (default: ${DEFAULT-VALUE}).")
    double momentum;

    @Option(names = "--weight-decay", defaultValue = "3e-4", description = "Weight decay (default: ${DEFAULT-VALUE}).")
    double weightDecay;

    @Option(names = "--grad-clip", defaultValue = "5", description = "Gradient-norm bound (default: ${DEFAULT-VALUE}).")
    double gradClip;

    @Option(names = "--cutout", description = "Cutout side, 0 for none.")
    Integer cutout;

    @Option(names = "--drop-path", description = "Final drop-path probability.")
    Double dropPath;

    @Option(names = "--aux-weight", description = "Auxiliary loss weight, 0 for no auxiliary head.")
    Double auxWeight;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        TrainRun runner = new TrainRun(spec.commandLine().getOut(), spec.commandLine().getErr());
        if (run.stopAfter != null) {
            runner.stopAfter(run.stopAfter);
        }
        List<String> args = spec.commandLine().getParseResult().originalArgs();
        if (run.resume != null) {
            run.requireOnlyResumeOptions(spec.commandLine().getParseResult());
            runner.resume(run.resume, data.dir(), device.name(), args);
            return 0;
        }
        if (genotype == null || run.out == null) {
            throw new UsageException("--genotype and --out are required (or --resume DIR)");
        }
        runner.start(config(), data.dir(), device.name(), run.out, run.force, args);
        return 0;
    }

    private TrainConfig config() {
        TrainPreset p = TrainPreset.named(preset);
        return new TrainConfig(genotype, p.name(), sizes.channels(p.channels()), sizes.layers(p.layers()),
                sizes.epochs(p.epochs()), sizes.batchSize(p.batchSize()), sizes.trainImages(p.trainImages()), seed,
                lr != null ? lr : p.lr(), lrMin, momentum, weightDecay, gradClip,
                PresetOverrides.or(cutout, p.cutout()), dropPath != null ? dropPath : p.dropPath(),
                auxWeight != null ? auxWeight : p.auxWeight());
    }

}
