package org.jdarts.core.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.initializer.Initializer;
import java.util.ArrayList;
import java.util.List;
import org.jdarts.core.eval.EvalNetwork;
import org.jdarts.core.eval.ModelCost;
import org.jdarts.core.genotype.BuiltinGenotypes;
import org.jdarts.core.genotype.Genotype;
import org.jdarts.core.genotype.RandomGenotypes;
import org.jdarts.core.network.CellNetwork;
import org.jdarts.core.network.NetworkShape;
import org.jdarts.space.SearchSpace;
import org.jdarts.space.SearchSpaces;
import org.jdarts.space.op.OperationRegistry;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The cost tables add up exactly to what a whole network counts, for any genotype. */
class OperationCostsTest {

    @ParameterizedTest(name = "{0} at C {1}, L {2}, {3}x{4}x{4}")
    @CsvSource({"darts, 36, 20, 3, 32", "darts-sandglass, 16, 8, 3, 32", "darts-ir, 8, 5, 1, 28",
        "darts-sandglass, 8, 6, 3, 17"})
    void theTablesAddUpToTheNetworksCounts(String spaceName, int channels, int layers, int imageChannels, int side) {
        SearchSpace space = SearchSpaces.resolve(spaceName, OperationRegistry.load());
        NetworkShape shape = new NetworkShape(channels, layers, 10);
        OperationCosts costs = OperationCosts.count(space.names(), space.zeroOperations(),
                n -> space.find(n).orElseThrow(), shape, imageChannels, side);
        List<Genotype> genotypes = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            genotypes.add(RandomGenotypes.sample(space.names(), space.zeroOperations(), channels * 31L + layers + i));
        }
        if (spaceName.equals("darts")) {
            genotypes.add(BuiltinGenotypes.DARTS_V2);
            genotypes.add(BuiltinGenotypes.DARTS_V1);
        }
        for (Genotype g : genotypes) {
            long[] counted = count(g, space, shape, imageChannels, side);
            assertEquals(counted[0], costs.of(CostKind.PARAMS, g), 0, "parameters of " + g);
            assertEquals(counted[1], costs.of(CostKind.MACS, g), 0, "multiply-adds of " + g);
        }
        assertTrue(costs.params().base() > 0 && costs.macs().base() > 0);
    }

    private static long[] count(Genotype g, SearchSpace space, NetworkShape shape, int imageChannels, int side) {
        try (NDManager manager = NDManager.newBaseManager(Device.cpu())) {
            EvalNetwork network = new EvalNetwork(g, n -> space.find(n).orElseThrow(), shape, true, side);
            network.setInitializer(Initializer.ZEROS, p -> true);
            network.initialize(manager, DataType.FLOAT32, new Shape(1, imageChannels, side, side));
            return new long[] {network.parameterCount(), ModelCost.multiplyAdds(network, CellNetwork.AUXILIARY)};
        }
    }
}
