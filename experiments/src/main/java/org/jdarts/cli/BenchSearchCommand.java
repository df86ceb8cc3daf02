package org.jdarts.cli;

import ai.djl.Device;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jdarts.core.network.NetworkShape;
import org.jdarts.core.search.SearchOrder;
import org.jdarts.core.supernet.EdgeEvaluation;
import org.jdarts.experiments.SearchPreset;
import org.jdarts.experiments.bench.NativeAllocator;
import org.jdarts.experiments.bench.SyntheticBench;
import org.jdarts.space.SearchSpace;
import org.jdarts.space.blocks.MemoryLayout;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code jdarts bench search}: seconds per bilevel step on synthetic data. */
@Command(name = "search", header = "Seconds per search step on synthetic data.",
        mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Time DARTS search steps (architecture step + weight step) on synthetic data and",
            "print the median seconds per step, search-train images/s and peak resident memory.",
            "With --steps 200 it also shows whether resident memory stays flat from step 50 on."},
        footer = {"", "Examples:",
            "  jdarts bench search                          # paper size: batch 64, C 16, L 8, darts",
            "  jdarts bench search --size quick --order first --steps 200",
            "  jdarts bench search --order first --steps 1 --profile /tmp/first.json",
            "  jdarts bench search --passes               # also what each kind of pass costs"})
final class BenchSearchCommand implements Callable<Integer> {

    @Option(names = "--size", paramLabel = "paper|quick", defaultValue = "paper",
            description = "Supernet and batch size of a preset (default: ${DEFAULT-VALUE}).")
    String size;

    @Mixin
    SpaceOption space;

    @Option(names = "--order", paramLabel = "first|second|both", defaultValue = "both",
            description = "Which steps to time (default: ${DEFAULT-VALUE}).")
    String order;

    @Option(names = "--no-fuse", description = "Evaluate every edge on its own (the reference's way) instead of the edges"
            + " that leave a node together.")
    boolean noFuse;

    @Option(names = "--passes", description = "Also time single forward and backward passes that differentiate alpha only,"
            + " the weights only, and both (--steps rounds after --warmup), and the ratio of the passes a"
            + " second-order step makes to those of a first-order step, at these times.")
    boolean passes;

    @Mixin
    ProfileOption profile;

    @Mixin
    LayoutOption layout;

    @Mixin
    BenchOptions bench;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        bench.validate();
        profile.validate();
        SearchPreset preset = SearchPreset.named(size);
        SearchSpace s = space.resolve();
        List<SearchOrder> orders = switch (order) {
            case "both" -> List.of(SearchOrder.FIRST, SearchOrder.SECOND);
            default -> List.of(SearchOrder.parse(order));
        };
        PrintWriter out = spec.commandLine().getOut();
        EdgeEvaluation evaluation = noFuse ? EdgeEvaluation.PER_EDGE : EdgeEvaluation.FUSED;
        Device device = bench.device.resolve();
        MemoryLayout memoryLayout = layout.resolve().on(device);
        out.printf(Locale.ROOT, "bench search: %s space, batch %d, C %d, L %d, synthetic data, device %s, %d threads, %s,"
                + " %s, allocator %s%n", s.name(), preset.batchSize(), preset.channels(), preset.layers(),
                bench.device.name(), Runtime.getRuntime().availableProcessors(),
                noFuse ? "edges one by one" : "fused edges", LayoutOption.cliName(memoryLayout), NativeAllocator.current());
        double firstMedian = Double.NaN;
        for (SearchOrder o : orders) {
            List<Double> times = new ArrayList<>();
            Path trace = orders.size() == 1 || !profile.requested() ? profile.file : suffixed(profile.file, o.toString());
            ProfileOption.StepProfiler profiler = profile.profiler(bench.warmup, trace, device.isGpu(), out);
            profiler.beforeRun();
            long[] rssAt50 = {-1};
            long[] rssLast = {-1};
            SyntheticBench.run(s, new NetworkShape(preset.channels(), preset.layers(), 10), o, evaluation,
                    memoryLayout, preset.batchSize(), bench.warmup + bench.steps + profiler.extraSteps(), device,
                    ResidentMemory::current, (i, sample) -> {
                        profiler.afterStep(i);
                        if (profiler.timed(i, bench.warmup)) {
                            times.add(sample.seconds());
                        }
                        if (i + 1 == 50) {
                            rssAt50[0] = sample.residentBytes();
                        }
                        rssLast[0] = sample.residentBytes();
                        out.printf(Locale.ROOT, "  %s step %d%s: %.2f s, resident %.0f MB%s%n", o, i + 1,
                                profiler.label(i, bench.warmup), sample.seconds(),
                                sample.residentBytes() / 1e6, BenchOptions.deviceMemory(sample));
                        out.flush();
                    });
            double median = Median.of(times);
            if (o == SearchOrder.FIRST) {
                firstMedian = median;
            }
            out.printf(Locale.ROOT, "%s order: median %.2f s/step over %d steps, %.1f search-train images/s%s%n", o,
                    median, times.size(), preset.batchSize() / median,
                    o == SearchOrder.SECOND && !Double.isNaN(firstMedian)
                            ? String.format(Locale.ROOT, " (%.2fx the first-order step)", median / firstMedian) : "");
            if (rssAt50[0] > 0 && bench.warmup + bench.steps > 50) {
                out.printf(Locale.ROOT, "  resident memory: step 50 %.0f MB, step %d %.0f MB (%+.1f%%)%n",
                        rssAt50[0] / 1e6, bench.warmup + bench.steps, rssLast[0] / 1e6,
                                100.0 * (rssLast[0] - rssAt50[0]) / rssAt50[0]);
            }
        }
        if (passes) {
            timePasses(s, preset, evaluation, memoryLayout, device, out);
        }
        out.printf(Locale.ROOT, "peak resident memory: %.0f MB%n", ResidentMemory.peak() / 1e6);
        out.flush();
        return 0;
    }

    /**
     * Times the three kinds of pass and prints their medians and the estimate they give: the
     * first-order step makes one alpha-only pass and one weight pass, the second-order step two
     * weight passes (the virtual step and the weight step), one of both (the validation pass at the
     * virtual weights) and two alpha-only passes (the finite difference). Passes timed one at a time
     * estimate a step; they do not bound it (the steps measured above may differ).
     */
    private void timePasses(SearchSpace s, SearchPreset preset, EdgeEvaluation evaluation, MemoryLayout memoryLayout,
            Device device, PrintWriter out) {
        Map<SyntheticBench.PassKind, List<Double>> times = new EnumMap<>(SyntheticBench.PassKind.class);
        SyntheticBench.passes(s, new NetworkShape(preset.channels(), preset.layers(), 10), evaluation, memoryLayout,
                preset.batchSize(), bench.warmup + bench.steps, device, (round, kind, seconds) -> {
                    boolean warmup = round < bench.warmup;
                    if (!warmup) {
                        times.computeIfAbsent(kind, k -> new ArrayList<>()).add(seconds);
                    }
                    out.printf(Locale.ROOT, "  pass %d%s, %s: %.2f s%n", round + 1, warmup ? " (warm-up)" : "", kind,
                            seconds);
                    out.flush();
                });
        double alpha = Median.of(times.get(SyntheticBench.PassKind.ALPHA_ONLY));
        double weights = Median.of(times.get(SyntheticBench.PassKind.WEIGHTS_ONLY));
        double both = Median.of(times.get(SyntheticBench.PassKind.BOTH));
        out.printf(Locale.ROOT, "passes: alpha only %.2f s, weights only %.2f s, both %.2f s (medians of %d)%n", alpha,
                weights, both, bench.steps);
        out.printf(Locale.ROOT, "second order / first order estimated from the passes: %.2fx"
                + " ((2 weights + both + 2 alpha) / (weights + alpha))%n",
                (2 * weights + both + 2 * alpha) / (weights + alpha));
    }

    /** Returns {@code trace.json} as {@code trace-first.json}. */
    static Path suffixed(Path file, String suffix) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String renamed = dot <= 0 ? name + "-" + suffix : name.substring(0, dot) + "-" + suffix + name.substring(dot);
        return file.resolveSibling(renamed);
    }
}
