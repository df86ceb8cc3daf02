package org.jdarts.core.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import org.jdarts.core.network.NetworkShape;
import org.jdarts.space.SearchSpace;
import org.jdarts.space.SearchSpaces;
import org.jdarts.space.op.OperationRegistry;
import org.junit.jupiter.api.Test;

/** The expected cost on arrays: the host's value, and a gradient its finite differences confirm. */
class ExpectedCostTest {

    @Test
    void theValueIsTheHostsAndTheGradientMatchesFiniteDifferences() {
        SearchSpace space = SearchSpaces.resolve("darts-sandglass", OperationRegistry.load());
        OperationCosts costs = OperationCosts.count(space.names(), space.zeroOperations(),
                n -> space.find(n).orElseThrow(), new NetworkShape(16, 8, 10), 3, 32);
        ExpectedCost term = new ExpectedCost(costs, CostKind.PARAMS);
        int edges = costs.params().normal().length;
        int ops = space.size();
        try (NDManager m = NDManager.newBaseManager(Device.cpu())) {
            Engine.getInstance().setRandomSeed(4);
            NDArray normal = m.randomNormal(new Shape(edges, ops)).mul(0.5f);
            NDArray reduce = m.randomNormal(new Shape(edges, ops)).mul(0.5f);
            normal.setRequiresGradient(true);
            reduce.setRequiresGradient(true);
            double value;
            try (GradientCollector gc = Engine.getInstance().newGradientCollector()) {
                NDArray cost = term.of(normal, reduce);
                value = cost.getFloat();
                gc.backward(cost);
            }
            double[][] n = rows(normal.toType(DataType.FLOAT64, false).toDoubleArray(), edges, ops);
            double[][] r = rows(reduce.toType(DataType.FLOAT64, false).toDoubleArray(), edges, ops);
            double host = costs.expected(CostKind.PARAMS, softmax(n), softmax(r));
            assertEquals(host, value, host * 1e-6, "the array's value is the host's");

            float[] gradNormal = normal.getGradient().toFloatArray();
            float[] gradReduce = reduce.getGradient().toFloatArray();
            double h = 1e-5;
            double largest = 0;
            for (float g : gradNormal) {
                largest = Math.max(largest, Math.abs(g));
            }
            for (int[] at : new int[][] {{0, 1}, {3, 4}, {7, 2}, {13, ops - 1}, {5, 0}}) {
                double numericNormal = difference(costs, n, r, at, h, true);
                double numericReduce = difference(costs, n, r, at, h, false);
                assertEquals(numericNormal, gradNormal[at[0] * ops + at[1]], 1e-3 * largest + 1e-3 * Math.abs(numericNormal),
                        "d/dα_normal" + java.util.Arrays.toString(at));
                assertEquals(numericReduce, gradReduce[at[0] * ops + at[1]], 1e-3 * largest + 1e-3 * Math.abs(numericReduce),
                        "d/dα_reduce" + java.util.Arrays.toString(at));
            }
        }
    }

    /** Central difference of the host's expected cost in one α entry (float64). */
    private static double difference(OperationCosts costs, double[][] n, double[][] r, int[] at, double h,
            boolean normal) {
        double[][] cell = normal ? n : r;
        double keep = cell[at[0]][at[1]];
        cell[at[0]][at[1]] = keep + h;
        double plus = costs.expected(CostKind.PARAMS, softmax(n), softmax(r));
        cell[at[0]][at[1]] = keep - h;
        double minus = costs.expected(CostKind.PARAMS, softmax(n), softmax(r));
        cell[at[0]][at[1]] = keep;
        return (plus - minus) / (2 * h);
    }

    private static double[][] rows(double[] flat, int rows, int columns) {
        double[][] out = new double[rows][columns];
        for (int i = 0; i < rows; i++) {
            System.arraycopy(flat, i * columns, out[i], 0, columns);
        }
        return out;
    }

    private static double[][] softmax(double[][] logits) {
        double[][] out = new double[logits.length][];
        for (int i = 0; i < logits.length; i++) {
            double max = java.util.Arrays.stream(logits[i]).max().orElse(0);
            double[] e = java.util.Arrays.stream(logits[i]).map(v -> Math.exp(v - max)).toArray();
            double sum = java.util.Arrays.stream(e).sum();
            out[i] = java.util.Arrays.stream(e).map(v -> v / sum).toArray();
        }
        return out;
    }
}
