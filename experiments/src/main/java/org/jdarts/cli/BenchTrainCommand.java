package org.jdarts.cli;

import ai.djl.Device;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jdarts.core.network.NetworkShape;
import org.jdarts.core.train.TrainHyperparameters;
import org.jdarts.experiments.bench.NativeAllocator;
import org.jdarts.experiments.bench.TrainBench;
import org.jdarts.experiments.GenotypeSource;
import org.jdarts.experiments.TrainPreset;
import org.jdarts.space.blocks.MemoryLayout;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code jdarts bench train}: seconds per training step of an evaluation network. */
@Command(name = "train", header = "Seconds per training step on synthetic data.",
        mixinStandardHelpOptions = true,
        description = {"Time training steps (auxiliary head, drop-path, clipping, SGD) of a genotype's",
            "network on synthetic data at the paper's and the quick preset's sizes, then its",
            "test pass (inference mode, batches of 200) in images/s."},
        footer = {"", "Examples:", "  jdarts bench train --genotype DARTS_V2 --steps 5",
            "  jdarts bench train --size paper --steps 1 --layout channels-last --profile /tmp/train.json"})
final class BenchTrainCommand implements Callable<Integer> {

    @Option(names = "--genotype", defaultValue = "DARTS_V2", description = "Genotype (default: ${DEFAULT-VALUE}).")
    String genotype;

    @Option(names = "--size", paramLabel = "paper|quick|both", defaultValue = "both",
            description = "Preset sizes to time (default: ${DEFAULT-VALUE}).")
    String size;

    @Mixin
    LayoutOption layout;

    @Mixin
    ProfileOption profile;

    @Mixin
    BenchOptions bench;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        bench.validate();
        profile.validate();
        GenotypeSource source = GenotypeSource.resolve(genotype);
        List<TrainPreset> presets = size.equals("both") ? List.of(TrainPreset.PAPER, TrainPreset.QUICK)
                : List.of(TrainPreset.named(size));
        PrintWriter out = spec.commandLine().getOut();
        Device device = bench.device.resolve();
        MemoryLayout memoryLayout = layout.resolve().on(device);
        out.printf(Locale.ROOT, "bench train: %s, synthetic data, device %s, %d threads, %s, allocator %s%n", genotype,
                bench.device.name(), Runtime.getRuntime().availableProcessors(), LayoutOption.cliName(memoryLayout),
                NativeAllocator.current());
        for (TrainPreset p : presets) {
            List<Double> times = new ArrayList<>();
            NetworkShape shape = new NetworkShape(p.channels(), p.layers(), 10);
            Path trace = presets.size() == 1 || !profile.requested() ? profile.file
                    : BenchSearchCommand.suffixed(profile.file, p.name());
            ProfileOption.StepProfiler profiler = profile.profiler(bench.warmup, trace, device.isGpu(), out);
            profiler.beforeRun();
            TrainBench.Result result = TrainBench.run(source.genotype(), source.operations(), shape, p.auxWeight() > 0,
                    new TrainHyperparameters(p.lr(), 0, 0.9, 3e-4, 5, p.auxWeight(), Math.max(p.dropPath(), 0.2)),
                    memoryLayout, p.batchSize(), bench.warmup + bench.steps + profiler.extraSteps(), device,
                    ResidentMemory::current, (i, s) -> {
                        profiler.afterStep(i);
                        if (profiler.timed(i, bench.warmup)) {
                            times.add(s.seconds());
                        }
                        out.printf(Locale.ROOT, "  %s step %d%s: %.2f s, resident %.0f MB%s%n", p.name(), i + 1,
                                profiler.label(i, bench.warmup), s.seconds(), s.residentBytes() / 1e6,
                                BenchOptions.deviceMemory(s));
                        out.flush();
                    });
            double median = Median.of(times);
            double perEpoch = median * (50_000 / p.batchSize());
            out.printf(Locale.ROOT, "%s size: %s, C %d, L %d, batch %d, %.2fM parameters: median %.2f s/step,"
                    + " %.1f images/s; a 50,000-image epoch %.1f min, %d epochs %.1f h%n", p.name(), genotype,
                    p.channels(), p.layers(), p.batchSize(), result.parameters() / 1e6, median, p.batchSize() / median,
                    perEpoch / 60, p.epochs(), perEpoch * p.epochs() / 3600);
            double test = result.evaluationImagesPerSecond();
            out.printf(Locale.ROOT, "%s size: test pass (inference mode, batch %d): %.1f images/s; 10,000 test images"
                    + " %.1f min%n", p.name(), TrainBench.EVALUATION_BATCH, test, 10_000 / test / 60);
        }
        out.printf(Locale.ROOT, "peak resident memory: %.0f MB%n", ResidentMemory.peak() / 1e6);
        out.flush();
        return 0;
    }
}
