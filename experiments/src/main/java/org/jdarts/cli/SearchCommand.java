package org.jdarts.cli;

import java.util.concurrent.Callable;
import org.jdarts.experiments.RunRequest;
import org.jdarts.experiments.SearchConfig;
import org.jdarts.experiments.Runs;
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
            "search-train batch (SGD). After every epoch the run directory receives a",
            "checkpoint, the metrics, the softmax alphas and the derived genotype;",
            "--resume continues from the last checkpoint. SIGTERM or SIGINT stops the",
            "search after the current step with a checkpoint (exit status 75).",
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
            "  jdarts search --space darts-sandglass --preset quick --method pc-darts \\",
            "      --hessian-every 5 --data ../shared/cifar10 --out runs/sg-pc",
            "  jdarts search --resume runs/sg"})
final class SearchCommand implements Callable<Integer> {

    @Mixin
    SpaceOption space;

    @Mixin
    RunOptions run;

    @Option(names = "--order", paramLabel = "first|second", defaultValue = "first",
            description = "Architecture gradient: first or second order (default: ${DEFAULT-VALUE}).")
    String order;

    @Mixin
    PresetOptions preset;

    @Option(names = "--val-images", description = "Search-validation images used by architecture steps.")
    Integer valImages;

    @Option(names = "--eval-images", description = "Search-validation images of the end-of-epoch validation.")
    Integer evalImages;

    @Option(names = "--split", description = "Search-train fraction of the training set (default: 0.5).")
    Double split;

    @Option(names = "--arch-lr", description = "Adam learning rate of alpha (default: the preset's: quick 0.03, paper 0.0003).")
    Double archLr;

    @Option(names = "--arch-weight-decay", description = "Adam weight decay of alpha (default: 0.001).")
    Double archWeightDecay;

    @Option(names = "--arch-beta1", description = "Adam beta1 of alpha: how much of the last steps' gradients each"
            + " step keeps (default: 0.5, the reference's).")
    Double archBeta1;

    @Mixin
    MethodOptions methodOptions;

    @Mixin
    CostOptions costOptions;

    @Option(names = "--no-fuse", description = {"Evaluate every edge on its own, as the reference code does, instead of the",
        "edges that leave a node together (same results up to rounding, slower; for comparison)."})
    boolean noFuse;

    @Mixin
    LayoutOption layout;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        RunRequest asked = run.request(spec.commandLine().getParseResult(), "--out RUN_DIR is required (or --resume RUN_DIR)");
        RunRequest request = (noFuse ? asked.perEdge() : asked).inLayout(layout.resolve());
        var console = new RunConsole<>(Runs.SEARCH, "search", spec.commandLine().getOut(),
                spec.commandLine().getErr(), run.report());
        var listener = console.withReport(request.runDir());
        return RunCommands.execute(console, () -> run.resuming() ? Runs.SEARCH.resume(request, listener)
                : Runs.SEARCH.start(config(), request, listener), console::outcome);
    }

    /** Resolves the preset and the flags into a validated configuration. */
    SearchConfig config() {
        SearchConfig.Builder b = preset.search().setSpace(space.name()).optOrder(order);
        PresetOptions.ifGiven(valImages, b::optValImages);
        PresetOptions.ifGiven(evalImages, b::optEvalImages);
        PresetOptions.ifGiven(split, b::optSplitPortion);
        PresetOptions.ifGiven(archLr, b::optArchLr);
        PresetOptions.ifGiven(archWeightDecay, b::optArchWeightDecay);
        PresetOptions.ifGiven(archBeta1, b::optArchBeta1);
        return costOptions.apply(methodOptions.apply(b)).build();
    }
}
