package org.jdarts.core.cost;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdarts.core.network.NetworkShape;
import org.jdarts.core.supernet.SearchCell;

/**
 * Measured latencies, in milliseconds at batch 1 in inference mode: every candidate operation of
 * a space at every distinct place (channels, stride, input side) of an evaluation network, and the
 * rest of the network (stem, the cells' input preprocessing, the classifier and the network's own
 * work) and the share of an operation's time alone that it takes inside a network, from whole
 * networks timed in the same rounds ({@link OperationLatency}). A genotype's latency is then
 * estimated as base + scale × the sum of its operations' medians: the lookup table of FBNet and
 * ProxylessNAS, calibrated on this machine.
 *
 * @param device the device measured on ({@code cpu}, {@code gpu:0})
 * @param channels C of the network
 * @param layers L of the network
 * @param classes the classifier's outputs
 * @param imageChannels the input images' channels
 * @param imageSide the input images' height and width
 * @param rounds how many timed forward passes each median comes from
 * @param operations operation name to place ({@link OperationPlace#shapeKey()}) to timing
 * @param network the whole reference network (every node reads its two cell inputs through the
 *     first operation that is not a zero operation)
 * @param base the calibration's intercept: a network's time beyond its operations, ms
 * @param scale the calibration's slope: the share of an operation's time alone that it takes in a network
 * @param r2 how well the calibration line fits the whole networks (NaN when it fell back to scale 1)
 */
public record LatencyTable(String device, int channels, int layers, int classes, int imageChannels, int imageSide,
        int rounds, Map<String, Map<String, Timing>> operations, Timing network, double base, double scale,
        double r2) {

    /**
     * The spread of a set of timed runs, in milliseconds.
     *
     * @param median the median
     * @param p25 the lower quartile
     * @param p75 the upper quartile
     */
    public record Timing(double median, double p25, double p75) {

        /**
         * Summarises timings.
         *
         * @param millis the timed runs, in milliseconds (sorted in place)
         * @return their median and quartiles
         */
        public static Timing of(double[] millis) {
            Arrays.sort(millis);
            return new Timing(quantile(millis, 0.5), quantile(millis, 0.25), quantile(millis, 0.75));
        }

        private static double quantile(double[] sorted, double q) {
            double at = q * (sorted.length - 1);
            int lo = (int) Math.floor(at);
            int hi = (int) Math.ceil(at);
            return sorted[lo] + (sorted[hi] - sorted[lo]) * (at - lo);
        }
    }

    /** Copies the maps. */
    public LatencyTable {
        Map<String, Map<String, Timing>> copy = new LinkedHashMap<>();
        operations.forEach((k, v) -> copy.put(k, Collections.unmodifiableMap(new LinkedHashMap<>(v))));
        operations = Collections.unmodifiableMap(copy);
    }

    /** Returns the network shape the table was measured for. */
    public NetworkShape shape() {
        return new NetworkShape(channels, layers, classes);
    }

    /**
     * Returns an operation's timing at a place.
     *
     * @throws IllegalArgumentException if the table does not hold it
     */
    public Timing timing(String operation, OperationPlace place) {
        Map<String, Timing> byPlace = operations.get(operation);
        Timing t = byPlace == null ? null : byPlace.get(place.shapeKey());
        if (t == null) {
            throw new IllegalArgumentException("the latency table has no timing of " + operation + " at C "
                    + place.channels() + ", stride " + place.stride() + ", side " + place.side()
                    + ": measure it again for this space and network (jdarts bench ops)");
        }
        return t;
    }

    /**
     * Returns the table as costs per edge, summed over the network's cells and calibrated (zero
     * operations cost 0).
     *
     * @param names the space's operations, in α's column order
     * @param zero its zero operations
     * @return base and edges × operations per cell type
     */
    public CellCostTable cells(List<String> names, Set<String> zero) {
        double[][][] table = {new double[SearchCell.EDGES][names.size()], new double[SearchCell.EDGES][names.size()]};
        for (OperationPlace place : OperationPlace.of(shape(), imageSide)) {
            for (int k = 0; k < names.size(); k++) {
                if (!zero.contains(names.get(k))) {
                    table[place.cellType()][place.edge()][k] += scale * timing(names.get(k), place).median();
                }
            }
        }
        return new CellCostTable(base, table[0], table[1]);
    }
}
