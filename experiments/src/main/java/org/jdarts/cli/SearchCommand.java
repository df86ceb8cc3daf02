package org.jdarts.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.jdarts.experiments.SearchConfig;
import org.jdarts.experiments.SearchPreset;
import org.jdarts.experiments.SearchRun;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code jdarts search}: a DARTS architecture search into a run directory, resumable. */
@Command(name = "search", header = "Search a cell architecture with DARTS into a resumable run directory.",
        mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Search a cell architecture with DARTS. Each step updates the architecture",
            "parameters on a search-validation batch (Adam), then the weights on a",
            "search-train batch (SGD). After every epoch the run directory receives the",
            "metrics, the softmax alphas, the derived genotype and a checkpoint;",
            "--resume continues from the last checkpoint.",
            ""},
        footer = {"", "Presets (every value can be overridden by its flag):",
            "  quick  C 8, L 5, batch 32, 5 epochs x 48 steps, 1536+1536 images:",
            "         about 10 minutes on 2 CPU cores",
            "  paper  C 16, L 8, batch 64, 50 epochs, the full 25,000/25,000 split",
            "         (about a GPU-day)",
            "",
            "Examples:",
            "  jdarts search --space darts-sandglass --preset quick \\",
            "      --data ../shared/cifar10 --out runs/sg",
            "  jdarts search --resume runs/sg --data ../shared/cifar10"})
final class SearchCommand implements Callable<Integer> {

    @Option(names = "--space", paramLabel = "NAME|FILE", defaultValue = "darts",
            description = "Search space: darts, darts-ir, darts-sandglass or a JSON file (default: ${DEFAULT-VALUE}).")
    String space;

    @Option(names = "--preset", paramLabel = "quick|paper", defaultValue = "quick",
            description = "Starting values (default: ${DEFAULT-VALUE}).")
    String preset;

    @Mixin
    DataOptions data;




    @Mixin
    RunOptions run;

    @Option(names = "--order", paramLabel = "first|second", defaultValue = "first",
            description = "Architecture gradient: first or second order (default: ${DEFAULT-VALUE}).")
    String order;

    @Option(names = "--seed", defaultValue = "2", description = "Seed (default: ${DEFAULT-VALUE}, as the reference).")
    long seed;

    @Mixin
    DeviceOption device;

    @Mixin
    PresetOverrides sizes;






    @Option(names = "--val-images", description = "Search-validation images used by architecture steps.")
    Integer valImages;

    @Option(names = "--eval-images", description = "Search-validation images of the end-of-epoch validation.")
    Integer evalImages;

    @Option(names = "--split", defaultValue = "0.5", description = "Search-train fraction of the training set (default: ${DEFAULT-VALUE}).")
    double split;

    @Option(names = "--lr", defaultValue = "0.025", description = "Initial weight learning rate (default: ${DEFAULT-VALUE}).")
    double lr;

    @Option(names = "--lr-min", defaultValue = "0.001", description = "Cosine floor (default: ${DEFAULT-VALUE}).")
    double lrMin;

    @Option(names = "--momentum", defaultValue = "0.9", description = "SGD momentum (default: ${DEFAULT-VALUE}).")
    double momentum;

    @Option(names = "--weight-decay", defaultValue = "3e-4", description = "SGD weight decay (default: ${DEFAULT-VALUE}).")
    double weightDecay;

    @Option(names = "--grad-clip", defaultValue = "5", description = "Global gradient-norm bound (default: ${DEFAULT-VALUE}).")
    double gradClip;

    @Option(names = "--arch-lr", defaultValue = "3e-4", description = "Adam learning rate of alpha (default: ${DEFAULT-VALUE}).")
    double archLr;

    @Option(names = "--arch-weight-decay", defaultValue = "1e-3", description = "Adam weight decay of alpha (default: ${DEFAULT-VALUE}).")
    double archWeightDecay;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        SearchRun runner = new SearchRun(spec.commandLine().getOut(), spec.commandLine().getErr());
        if (run.stopAfter != null) {
            runner.stopAfter(run.stopAfter);
        }
        List<String> args = spec.commandLine().getParseResult().originalArgs();
        if (run.resume != null) {
            run.requireOnlyResumeOptions(spec.commandLine().getParseResult());
            runner.resume(run.resume, data.dir(), device.name(), args);
            return 0;
        }
        if (run.out == null) {
            throw new UsageException("--out RUN_DIR is required (or --resume RUN_DIR)");
        }
        runner.start(config(), data.dir(), device.name(), run.out, run.force, args);
        return 0;
    }

    /** Resolves the preset and the flags into a validated configuration. */
    SearchConfig config() {
        SearchPreset p = SearchPreset.named(preset);
        return new SearchConfig(space, p.name(), sizes.channels(p.channels()), sizes.layers(p.layers()),
                sizes.epochs(p.epochs()), sizes.batchSize(p.batchSize()), sizes.trainImages(p.trainImages()),
                PresetOverrides.or(valImages, p.valImages()), PresetOverrides.or(evalImages, p.evalImages()), split,
                seed, order, lr, lrMin, momentum, weightDecay, gradClip, archLr, archWeightDecay);
    }

}
