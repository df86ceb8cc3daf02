package org.jdarts.core.cost;

import ai.djl.Device;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.training.initializer.Initializer;
import ai.djl.util.Pair;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jdarts.core.eval.EvalNetwork;
import org.jdarts.core.eval.ModelCost;
import org.jdarts.core.genotype.Genotype;
import org.jdarts.core.genotype.GenotypeEdge;
import org.jdarts.core.network.CellNetwork;
import org.jdarts.core.network.NetworkShape;
import org.jdarts.core.supernet.SearchCell;
import org.jdarts.space.CandidateOperation;

/**
 * The exact parameter and multiply-add costs of a search space's candidate operations at every
 * edge of an evaluation network of a given size and input: each operation counted on its own, in
 * evaluation form, at the edge's channels, stride and feature-map size, in every cell; the rest of
 * the network counted once from a whole network. A genotype's counts are the base plus its edges'
 * entries, exactly what {@code jdarts params} counts for it.
 *
 * @param operations the space's operation names, in α's column order
 * @param zeroOperations the names of the zero operations ({@code none}), never chosen by the derivation
 * @param shape the evaluation network's C, L and classes
 * @param params the parameter table
 * @param macs the multiply-add table (per image)
 * @param latency the latency table (milliseconds at batch 1, from a {@link LatencyTable}), or null
 *     when none was measured
 */
public record OperationCosts(List<String> operations, Set<String> zeroOperations, NetworkShape shape,
        CellCostTable params, CellCostTable macs, CellCostTable latency) {

    /** Copies the lists. */
    public OperationCosts {
        operations = List.copyOf(operations);
        zeroOperations = Set.copyOf(zeroOperations);
    }

    /**
     * Returns the table of a kind of cost.
     *
     * @throws IllegalStateException for latency when no latency table was added
     */
    public CellCostTable table(CostKind kind) {
        return switch (kind) {
            case PARAMS -> params;
            case MACS -> macs;
            case LATENCY -> {
                if (latency == null) {
                    throw new IllegalStateException("no latency table: measure one (jdarts bench ops) and add it");
                }
                yield latency;
            }
        };
    }

    /**
     * Returns these costs with measured latencies.
     *
     * @param measured latencies at the same network size
     * @return a copy with the latency table
     * @throws IllegalArgumentException if the table was measured for another network or lacks an operation
     */
    public OperationCosts withLatency(LatencyTable measured) {
        if (!measured.shape().equals(shape)) {
            throw new IllegalArgumentException("the latency table is of C " + measured.channels() + ", L "
                    + measured.layers() + ", " + measured.classes() + " classes, the costs of C " + shape.channels()
                    + ", L " + shape.layers() + ", " + shape.classes() + " classes");
        }
        return new OperationCosts(operations, zeroOperations, shape, params, macs,
                measured.cells(operations, zeroOperations));
    }

    /**
     * Returns the cost of a genotype's network.
     *
     * @param kind what to count
     * @param genotype a genotype of this space (two edges per node, concatenating every intermediate node)
     * @return base plus its edges' entries
     */
    public double of(CostKind kind, Genotype genotype) {
        CellCostTable t = table(kind);
        return t.base() + edges(t.normal(), genotype.normal()) + edges(t.reduce(), genotype.reduce());
    }

    private double edges(double[][] table, List<GenotypeEdge> edges) {
        double sum = 0;
        for (int e = 0; e < edges.size(); e++) {
            GenotypeEdge edge = edges.get(e);
            int column = operations.indexOf(edge.op());
            if (column < 0) {
                throw new IllegalArgumentException("operation " + edge.op() + " is not in the space " + operations);
            }
            sum += table[edgeIndex(e / 2, edge.input())][column];
        }
        return sum;
    }

    /**
     * Returns the expected cost of the derived network under architecture weights ({@link
     * ExpectedCost} computes the same on arrays, differentiably).
     *
     * @param kind what to count
     * @param normal softmax(α_normal), edges × operations
     * @param reduce softmax(α_reduce)
     * @return the expected cost
     */
    public double expected(CostKind kind, double[][] normal, double[][] reduce) {
        CellCostTable t = table(kind);
        return t.base() + expectedEdges(t.normal(), normal) + expectedEdges(t.reduce(), reduce);
    }

    private double expectedEdges(double[][] table, double[][] weights) {
        double sum = 0;
        for (int e = 0; e < weights.length; e++) {
            double mass = 0;
            double cost = 0;
            for (int k = 0; k < weights[e].length; k++) {
                if (!zeroOperations.contains(operations.get(k))) {
                    mass += weights[e][k];
                    cost += weights[e][k] * table[e][k];
                }
            }
            sum += edgeWeight(e) * cost / mass;
        }
        return sum;
    }

    /** Returns the index of the edge into node {@code node} (from 0) from input {@code input}. */
    public static int edgeIndex(int node, int input) {
        int offset = 0;
        for (int n = 0; n < node; n++) {
            offset += n + 2;
        }
        return offset + input;
    }

    /**
     * Returns the share of an edge in the derived cell: its node keeps 2 of its k input edges, so
     * each counts 2/k.
     *
     * @param edge the edge's index
     * @return 2/k for the edge's node
     */
    public static double edgeWeight(int edge) {
        int node = 0;
        int start = 0;
        while (edge >= start + node + 2) {
            start += node + 2;
            node++;
        }
        return 2.0 / (node + 2);
    }

    /**
     * Counts the tables.
     *
     * @param operations the space's operation names, in α's column order
     * @param zeroOperations its zero operations
     * @param resolve the candidate operation of a name (with the space's parameters)
     * @param shape the evaluation network's C, L and classes
     * @param imageChannels the input images' channels
     * @param imageSide the input images' height and width
     * @return the tables
     */
    public static OperationCosts count(List<String> operations, Set<String> zeroOperations,
            Function<String, CandidateOperation> resolve, NetworkShape shape, int imageChannels, int imageSide) {
        int edges = SearchCell.EDGES;
        double[][][] params = {new double[edges][operations.size()], new double[edges][operations.size()]};
        double[][][] macs = {new double[edges][operations.size()], new double[edges][operations.size()]};
        Map<String, long[]> counted = new HashMap<>();
        try (NDManager manager = NDManager.newBaseManager(Device.cpu())) {
            for (OperationPlace place : OperationPlace.of(shape, imageSide)) {
                for (int k = 0; k < operations.size(); k++) {
                    String op = operations.get(k);
                    if (zeroOperations.contains(op)) {
                        continue;
                    }
                    long[] cost = counted.computeIfAbsent(op + "|" + place.shapeKey(), x -> countOperation(
                            resolve.apply(op), place.channels(), place.stride(), place.side(), manager));
                    params[place.cellType()][place.edge()][k] += cost[0];
                    macs[place.cellType()][place.edge()][k] += cost[1];
                }
            }
            Genotype reference = referenceGenotype(operations, zeroOperations);
            EvalNetwork network = new EvalNetwork(reference, resolve, shape, false, imageSide);
            network.setInitializer(Initializer.ZEROS, p -> true);
            network.initialize(manager, DataType.FLOAT32, new Shape(1, imageChannels, imageSide, imageSide));
            long totalParams = network.parameterCount();
            long totalMacs = ModelCost.multiplyAdds(network, CellNetwork.AUXILIARY);
            OperationCosts partial = new OperationCosts(operations, zeroOperations, shape,
                    new CellCostTable(0, params[0], params[1]), new CellCostTable(0, macs[0], macs[1]), null);
            return new OperationCosts(operations, zeroOperations, shape,
                    new CellCostTable(totalParams - partial.of(CostKind.PARAMS, reference), params[0], params[1]),
                    new CellCostTable(totalMacs - partial.of(CostKind.MACS, reference), macs[0], macs[1]), null);
        }
    }

    /** Parameters and multiply-adds of one operation at one place. */
    private static long[] countOperation(CandidateOperation op, int channels, int stride, int side,
            NDManager manager) {
        Block block = op.create(channels, stride, true);
        block.setInitializer(Initializer.ZEROS, p -> true);
        block.initialize(manager, DataType.FLOAT32, new Shape(1, channels, side, side));
        long params = 0;
        for (Pair<String, Parameter> p : block.getParameters()) {
            if (p.getValue().requiresGradient()) {
                params += p.getValue().getArray().size();
            }
        }
        return new long[] {params, ModelCost.multiplyAdds(block, null)};
    }

    /** A genotype of the space: every node reads inputs 0 and 1 through the first usable operation. */
    static Genotype referenceGenotype(List<String> operations, Set<String> zero) {
        String op = operations.stream().filter(o -> !zero.contains(o)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the space has only zero operations"));
        List<GenotypeEdge> edges = new ArrayList<>();
        for (int node = 0; node < SearchCell.STEPS; node++) {
            edges.add(new GenotypeEdge(op, 0));
            edges.add(new GenotypeEdge(op, 1));
        }
        List<Integer> concat = List.of(2, 3, 4, 5);
        return new Genotype(edges, concat, edges, concat);
    }
}
