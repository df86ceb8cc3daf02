package org.jdarts.space.blocks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import org.junit.jupiter.api.Test;

class LayersTest {

    /**
     * ReLU6's gradient is 1 strictly inside (0, 6) and 0 outside, every time: DJL's own relu6
     * (minimum with a scalar it frees at once) gave gradients that changed from run to run.
     */
    @Test
    void relu6GradientIsTheMaskOfTheOpenInterval() {
        float[] x = {-3f, -0.5f, 0.25f, 1f, 3f, 5.5f, 6.5f, 9f};
        float[] expected = {0, 0, 1, 1, 1, 1, 0, 0};
        Block relu6 = Layers.relu6();
        for (int round = 0; round < 200; round++) {
            try (NDManager manager = NDManager.newBaseManager()) {
                relu6.initialize(manager, DataType.FLOAT32, new Shape(x.length));
                NDArray input = manager.create(x);
                input.setRequiresGradient(true);
                try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                    NDArray y = relu6.forward(new ParameterStore(manager, false), new NDList(input), true)
                            .singletonOrThrow();
                    // Allocate between forward and backward, as a network does.
                    for (int i = 0; i < 20; i++) {
                        manager.full(new Shape(1), 6f + i).close();
                        manager.create(7 + i).close();
                    }
                    collector.backward(y.sum());
                }
                assertArrayEquals(expected, input.getGradient().toFloatArray(), "round " + round);
            }
        }
    }
}
