package org.jdarts.core.supernet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import org.jdarts.core.network.NetworkShape;
import org.jdarts.space.SearchSpaces;
import org.jdarts.space.op.OperationRegistry;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SearchNetworkTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({"darts, 1930618", "darts-ir, 4839034", "darts-sandglass, 2226554"})
    void weightCountsMatchTheReferenceAtC16L8(String space, long expected) {
        SearchNetwork net = new SearchNetwork(SearchSpaces.resolve(space, OperationRegistry.load()),
                new NetworkShape(16, 8, 10));
        try (NDManager manager = NDManager.newBaseManager()) {
            net.initialize(manager, DataType.FLOAT32, new Shape(1, 3, 32, 32));
            assertEquals(expected, net.weightCount());
            assertEquals(new Shape(14, space.equals("darts") ? 8 : 9), net.alphaNormal().getArray().getShape());
        }
    }

    @Test
    void forwardGivesOneLogitPerClass() {
        SearchNetwork net = new SearchNetwork(SearchSpaces.resolve("darts-sandglass", OperationRegistry.load()),
                new NetworkShape(4, 3, 10));
        try (NDManager manager = NDManager.newBaseManager()) {
            net.initialize(manager, DataType.FLOAT32, new Shape(2, 3, 16, 16));
            NDArray logits = net.forward(new ParameterStore(manager, false),
                    new NDList(manager.randomNormal(new Shape(2, 3, 16, 16))), true).singletonOrThrow();
            assertEquals(new Shape(2, 10), logits.getShape());
        }
    }
}
