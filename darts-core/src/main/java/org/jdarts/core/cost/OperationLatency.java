package org.jdarts.core.cost;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jdarts.core.eval.EvalNetwork;
import org.jdarts.core.genotype.Genotype;
import org.jdarts.core.genotype.GenotypeEdge;
import org.jdarts.core.genotype.RandomGenotypes;
import org.jdarts.core.network.NetworkShape;
import org.jdarts.space.CandidateOperation;

/**
 * Measures latencies at batch 1 in inference mode on a device: each candidate operation alone, in
 * evaluation form, at every distinct place of an evaluation network, and whole networks. Every
 * measurement is a median of timed forward passes after untimed ones, timed in rounds (each round
 * times every operation and network once), so that a slow moment of the machine spreads over all
 * of them instead of biasing one. Operations timed alone do not add up to a network (alone, each
 * starts with cold caches and idle threads), so the table is calibrated on the reference network and
 * {@value #CALIBRATION_SAMPLES} random ones measured in the same rounds: a least-squares line from
 * the sum of a network's operation medians to its measured median. On a GPU each timed pass ends
 * with a read of one output value, which waits for the queued kernels.
 */
public final class OperationLatency {

    /** Random genotypes whose whole networks calibrate the table, beside the reference network. */
    public static final int CALIBRATION_SAMPLES = 5;

    /** The seed of the first of them (others follow). */
    public static final long CALIBRATION_SEED = 1001;

    /** Untimed rounds before the timed ones (allocator, kernel selection, caches). */
    public static final int WARMUP_ROUNDS = 3;

    private final Device device;
    private final int rounds;

    /**
     * Creates a measurer.
     *
     * @param device where to run
     * @param rounds timed passes per median (at least 3)
     */
    public OperationLatency(Device device, int rounds) {
        if (rounds < 3) {
            throw new IllegalArgumentException("at least 3 timed rounds are needed for a median and quartiles, got "
                    + rounds);
        }
        this.device = device;
        this.rounds = rounds;
    }

    /**
     * Measures a space's operations at every place of a network, and the reference network.
     *
     * @param operations the space's operation names
     * @param zeroOperations its zero operations (not measured: they cost nothing)
     * @param resolve the candidate operation of a name
     * @param shape the network's C, L and classes
     * @param imageChannels the images' channels
     * @param imageSide the images' height and width
     * @param progress told what is being measured, a line at a time
     * @return the table
     */
    public LatencyTable measure(List<String> operations, Set<String> zeroOperations,
            Function<String, CandidateOperation> resolve, NetworkShape shape, int imageChannels, int imageSide,
            Consumer<String> progress) {
        List<String> measured = operations.stream().filter(o -> !zeroOperations.contains(o)).toList();
        Map<String, OperationPlace> places = new LinkedHashMap<>();
        for (OperationPlace p : OperationPlace.of(shape, imageSide)) {
            places.putIfAbsent(p.shapeKey(), p);
        }
        Map<String, Map<String, LatencyTable.Timing>> table = new LinkedHashMap<>();
        try (NDManager manager = NDManager.newBaseManager(device)) {
            ParameterStore store = new ParameterStore(manager, false);
            List<Runnable> passes = new ArrayList<>();
            List<String> names = new ArrayList<>();
            for (String op : measured) {
                for (OperationPlace p : places.values()) {
                    Block block = resolve.apply(op).create(p.channels(), p.stride(), true);
                    Shape in = new Shape(1, p.channels(), p.side(), p.side());
                    block.initialize(manager, DataType.FLOAT32, in);
                    NDArray x = manager.randomNormal(in);
                    passes.add(() -> forward(block, store, x, manager));
                    names.add(op + "\t" + p.shapeKey());
                }
            }
            List<Genotype> networks = new ArrayList<>();
            networks.add(OperationCosts.referenceGenotype(operations, zeroOperations));
            for (int i = 0; i < CALIBRATION_SAMPLES; i++) {
                networks.add(RandomGenotypes.sample(operations, zeroOperations, CALIBRATION_SEED + i));
            }
            for (Genotype g : networks) {
                EvalNetwork net = new EvalNetwork(g, resolve, shape, false, imageSide);
                Shape in = new Shape(1, imageChannels, imageSide, imageSide);
                net.initialize(manager, DataType.FLOAT32, in);
                NDArray x = manager.randomNormal(in);
                passes.add(() -> forward(net, store, x, manager));
            }
            progress.accept(String.format(Locale.ROOT, "timing %d operations at %d places and %d whole networks on %s:"
                    + " %d rounds of %d passes", measured.size(), places.size(), networks.size(), name(device), rounds,
                    passes.size()));
            double[][] millis = timeInRounds(passes, progress);
            for (int i = 0; i < names.size(); i++) {
                String[] parts = names.get(i).split("\t");
                table.computeIfAbsent(parts[0], k -> new LinkedHashMap<>())
                        .put(parts[1], LatencyTable.Timing.of(millis[i]));
            }
            LatencyTable.Timing reference = LatencyTable.Timing.of(millis[names.size()]);
            LatencyTable uncalibrated = new LatencyTable(name(device), shape.channels(), shape.layers(),
                    shape.classes(), imageChannels, imageSide, rounds, table, reference, 0, 1, Double.NaN);
            double[] sums = new double[networks.size()];
            double[] whole = new double[networks.size()];
            for (int i = 0; i < networks.size(); i++) {
                sums[i] = sumOf(uncalibrated, networks.get(i), imageSide);
                whole[i] = LatencyTable.Timing.of(millis[names.size() + i]).median();
            }
            double[] fit = fit(sums, whole);
            return new LatencyTable(name(device), shape.channels(), shape.layers(), shape.classes(), imageChannels,
                    imageSide, rounds, table, reference, fit[0], fit[1], fit[2]);
        }
    }

    /**
     * Fits whole networks' medians to their operations' sums by least squares: whole ≈ base + scale·sum.
     * Falls back to scale 1 and the median residual when the fit is degenerate (sums alike) or its
     * scale is not positive.
     *
     * @return base, scale and r²
     */
    static double[] fit(double[] sums, double[] whole) {
        int n = sums.length;
        double mx = Arrays.stream(sums).average().orElseThrow();
        double my = Arrays.stream(whole).average().orElseThrow();
        double sxx = 0;
        double sxy = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            sxx += (sums[i] - mx) * (sums[i] - mx);
            sxy += (sums[i] - mx) * (whole[i] - my);
            syy += (whole[i] - my) * (whole[i] - my);
        }
        double scale = sxx == 0 ? Double.NaN : sxy / sxx;
        if (!(scale > 0)) {
            double[] residuals = new double[n];
            for (int i = 0; i < n; i++) {
                residuals[i] = whole[i] - sums[i];
            }
            return new double[] {LatencyTable.Timing.of(residuals).median(), 1, Double.NaN};
        }
        double r2 = syy == 0 ? 1 : sxy * sxy / (sxx * syy);
        return new double[] {my - scale * mx, scale, r2};
    }

    /**
     * Measures a genotype's whole network (without the auxiliary head) at batch 1.
     *
     * @param genotype the architecture
     * @param resolve the candidate operation of a name
     * @param shape the network's C, L and classes
     * @param imageChannels the images' channels
     * @param imageSide the images' height and width
     * @return its timing
     */
    public LatencyTable.Timing network(Genotype genotype, Function<String, CandidateOperation> resolve,
            NetworkShape shape, int imageChannels, int imageSide) {
        try (NDManager manager = NDManager.newBaseManager(device)) {
            return network(genotype, resolve, shape, imageChannels, imageSide, manager);
        }
    }

    private LatencyTable.Timing network(Genotype genotype, Function<String, CandidateOperation> resolve,
            NetworkShape shape, int imageChannels, int imageSide, NDManager manager) {
        EvalNetwork net = new EvalNetwork(genotype, resolve, shape, false, imageSide);
        Shape in = new Shape(1, imageChannels, imageSide, imageSide);
        net.initialize(manager, DataType.FLOAT32, in);
        ParameterStore store = new ParameterStore(manager, false);
        NDArray x = manager.randomNormal(in);
        return LatencyTable.Timing.of(timeInRounds(List.of(() -> forward(net, store, x, manager)), s -> { })[0]);
    }

    /** Times every pass once per round, after the warm-up rounds; returns milliseconds per pass and round. */
    private double[][] timeInRounds(List<Runnable> passes, Consumer<String> progress) {
        double[][] millis = new double[passes.size()][rounds];
        for (int r = -WARMUP_ROUNDS; r < rounds; r++) {
            for (int i = 0; i < passes.size(); i++) {
                long start = System.nanoTime();
                passes.get(i).run();
                if (r >= 0) {
                    millis[i][r] = (System.nanoTime() - start) / 1e6;
                }
            }
            if (r >= 0 && passes.size() > 1 && ((r + 1) % 10 == 0 || r + 1 == rounds)) {
                progress.accept("  round " + (r + 1) + " of " + rounds);
            }
        }
        return millis;
    }

    private static String name(Device device) {
        return device.isGpu() ? "gpu:" + device.getDeviceId() : device.getDeviceType();
    }

    /** One inference pass; its arrays are released at once. */
    private void forward(Block block, ParameterStore store, NDArray x, NDManager manager) {
        try (NDManager step = manager.newSubManager()) {
            x.tempAttach(step);
            NDArray out = block.forward(store, new NDList(x), false).head();
            if (device.isGpu()) {
                out.flatten().get(0).getFloat(); // waits for the queued kernels
            }
        }
    }

    /** The sum of a genotype's edge latencies over the network's cells (without the base). */
    private static double sumOf(LatencyTable table, Genotype genotype, int imageSide) {
        double sum = 0;
        for (OperationPlace place : OperationPlace.of(table.shape(), imageSide)) {
            List<GenotypeEdge> edges = place.cellType() == 0 ? genotype.normal() : genotype.reduce();
            for (int e = 0; e < edges.size(); e++) {
                GenotypeEdge edge = edges.get(e);
                if (OperationCosts.edgeIndex(e / 2, edge.input()) == place.edge()) {
                    sum += table.timing(edge.op(), place).median();
                }
            }
        }
        return sum;
    }
}
