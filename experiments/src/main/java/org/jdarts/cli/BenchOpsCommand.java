package org.jdarts.cli;

import ai.djl.Device;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jdarts.core.cost.CostKind;
import org.jdarts.core.cost.LatencyTable;
import org.jdarts.core.cost.OperationCosts;
import org.jdarts.core.cost.OperationLatency;
import org.jdarts.core.cost.OperationPlace;
import org.jdarts.core.genotype.Genotype;
import org.jdarts.core.genotype.RandomGenotypes;
import org.jdarts.core.network.NetworkShape;
import org.jdarts.experiments.GenotypeSource;
import org.jdarts.experiments.LatencyCache;
import org.jdarts.experiments.LatencyFile;
import org.jdarts.space.SearchSpace;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code jdarts bench ops}: the latency of every candidate operation at every place of an evaluation network. */
@Command(name = "ops", header = "Time every candidate operation where the evaluation network runs it.",
        mixinStandardHelpOptions = true,
        description = {"Times each operation of a search space alone, in evaluation form, at batch 1 in",
            "inference mode, at every distinct place of an evaluation network of C and L (channels,",
            "stride, input side), in rounds that time every operation once; then the whole network of",
            "a reference genotype, whose time beyond its operations' is the base. Prints medians with",
            "their quartiles, checks the table's estimate against whole networks of random genotypes,",
            "and caches the table for this machine, device, thread count, allocator and library",
            "versions, where search --cost latency finds it."},
        footer = {"", "Examples: jdarts bench ops --space darts-sandglass",
            "          jdarts bench ops --space darts --channels 16 --layers 8 --rounds 50"})
final class BenchOpsCommand implements Callable<Integer> {

    @Mixin
    SpaceOption space;

    @Option(names = "--channels", paramLabel = "C", defaultValue = "36",
            description = "C of the evaluation network (default: ${DEFAULT-VALUE}).")
    int channels;

    @Option(names = "--layers", paramLabel = "L", defaultValue = "20",
            description = "L of the evaluation network (default: ${DEFAULT-VALUE}).")
    int layers;

    @Option(names = "--input", paramLabel = "CxHxW", defaultValue = "3x32x32",
            description = "Input images, square (default: ${DEFAULT-VALUE}, CIFAR-10's).")
    String input;

    @Option(names = "--classes", paramLabel = "N", defaultValue = "10",
            description = "Classifier outputs (default: ${DEFAULT-VALUE}).")
    int classes;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "" + LatencyCache.DEFAULT_ROUNDS,
            description = "Timed rounds; every median comes from this many passes (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--check", paramLabel = "N", defaultValue = "3",
            description = "Random genotypes whose whole network is timed against the table's estimate"
                    + " (default: ${DEFAULT-VALUE}; 0: none).")
    int check;

    @Option(names = "--genotype", paramLabel = "NAME|FILE|RUN_DIR",
            description = "Also time this genotype's whole network against the table's estimate (repeatable):"
                    + " DARTS_V2, a genotype file or a search run directory of the space.")
    List<String> genotypes = new ArrayList<>();

    @Mixin
    DeviceOption device;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (channels < 1 || layers < 3 || classes < 2) {
            throw new UsageException("--channels must be at least 1, --layers at least 3 and --classes at least 2");
        }
        if (rounds < 3 || check < 0) {
            throw new UsageException("--rounds must be at least 3 and --check at least 0");
        }
        if (!input.matches("\\d{1,2}x\\d{1,4}x\\d{1,4}")) {
            throw new UsageException("--input must be CxHxW (e.g. 3x32x32), got '" + input + "'");
        }
        String[] parts = input.split("x");
        int imageChannels = Integer.parseInt(parts[0]);
        int side = Integer.parseInt(parts[1]);
        if (side != Integer.parseInt(parts[2]) || side < 8 || imageChannels < 1) {
            throw new UsageException("--input must be square images of at least 8x8 with at least 1 channel, got '"
                    + input + "'");
        }
        SearchSpace s = space.resolve();
        Device d = device.resolve();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        LatencyFile.NetworkSize size = new LatencyFile.NetworkSize(channels, layers, classes, imageChannels, side);
        LatencyFile measured = LatencyCache.measure(s, size, d, rounds, line -> {
            err.println(line);
            err.flush();
        });
        LatencyTable t = measured.table();
        out.printf(Locale.ROOT, "bench ops: %s space, %s, batch 1, inference, device %s;\n  medians of %d rounds in ms"
                + " [quartiles]%n", s.name(), size.describe(), LatencyFile.deviceName(d), rounds);
        measured.identity().forEach((k, v) -> out.printf(Locale.ROOT, "  %-9s %s%n", k, v));
        printTable(out, s, t);
        out.printf(Locale.ROOT, "reference network %.3f ms [%.3f-%.3f]%n", t.network().median(), t.network().p25(),
                t.network().p75());
        out.printf(Locale.ROOT, "calibration over %d whole networks: latency = %.3f ms + %.3f x the sum of its"
                + " operations' medians (r^2 %.3f)%n", 1 + OperationLatency.CALIBRATION_SAMPLES, t.base(), t.scale(),
                t.r2());
        Map<String, Genotype> checked = new LinkedHashMap<>();
        for (int seed = 1; seed <= check; seed++) {
            checked.put("random seed " + seed, RandomGenotypes.sample(s.names(), s.zeroOperations(), seed));
        }
        for (String g : genotypes) {
            checked.put(g, GenotypeSource.resolve(g).genotype());
        }
        if (!checked.isEmpty()) {
            OperationCosts costs = OperationCosts.count(s.names(), s.zeroOperations(), n -> s.find(n).orElseThrow(),
                    t.shape(), imageChannels, side).withLatency(t);
            OperationLatency whole = new OperationLatency(d, rounds);
            out.println("the table's estimate against whole networks (batch 1, inference, same rounds):");
            for (Map.Entry<String, Genotype> e : checked.entrySet()) {
                double estimate;
                try {
                    estimate = costs.of(CostKind.LATENCY, e.getValue());
                } catch (IllegalArgumentException bad) {
                    throw new UsageException("--genotype " + e.getKey() + ": " + bad.getMessage());
                }
                LatencyTable.Timing timing = whole.network(e.getValue(), n -> s.find(n).orElseThrow(),
                        new NetworkShape(channels, layers, classes), imageChannels, side);
                out.printf(Locale.ROOT, "  %s: estimated %.2f ms, measured %.2f ms [%.2f-%.2f] (%+.1f%%)%n",
                        e.getKey(), estimate, timing.median(), timing.p25(), timing.p75(),
                        100 * (estimate / timing.median() - 1));
                out.flush();
            }
        }
        out.printf(Locale.ROOT, "measured in %.1f s%n", measured.seconds());
        out.flush();
        return 0;
    }

    /** One row per operation, one column per distinct place. */
    private static void printTable(PrintWriter out, SearchSpace s, LatencyTable t) {
        Map<String, OperationPlace> places = new LinkedHashMap<>();
        for (OperationPlace p : OperationPlace.of(t.shape(), t.imageSide())) {
            places.putIfAbsent(p.shapeKey(), p);
        }
        List<String> header = new ArrayList<>();
        for (OperationPlace p : places.values()) {
            header.add(String.format(Locale.ROOT, "C %d s%d %dx%d", p.channels(), p.stride(), p.side(), p.side()));
        }
        int width = s.names().stream().mapToInt(String::length).max().orElse(8) + 2;
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-" + width + "s", "operation"));
        header.forEach(h -> line.append(String.format(Locale.ROOT, "%22s", h)));
        out.println(line);
        for (String op : s.names()) {
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-" + width + "s", op));
            for (OperationPlace p : places.values()) {
                if (s.zeroOperations().contains(op)) {
                    row.append(String.format(Locale.ROOT, "%22s", "0 (zero)"));
                } else {
                    LatencyTable.Timing m = t.timing(op, p);
                    row.append(String.format(Locale.ROOT, "%22s",
                            String.format(Locale.ROOT, "%.3f [%.3f-%.3f]", m.median(), m.p25(), m.p75())));
                }
            }
            out.println(row);
        }
    }
}
