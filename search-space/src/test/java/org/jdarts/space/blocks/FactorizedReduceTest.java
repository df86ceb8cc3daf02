package org.jdarts.space.blocks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import org.jdarts.space.testing.BlockRunner;
import org.junit.jupiter.api.Test;

class FactorizedReduceTest {

    @Test
    void secondBranchSeesTheInputShiftedByOnePixel() {
        try (NDManager manager = NDManager.newBaseManager()) {
            // Non-zero only at odd rows and odd columns: the unshifted stride-2 branch samples even
            // positions and must see nothing; the shifted branch samples exactly these pixels.
            NDArray x = manager.zeros(new Shape(1, 4, 8, 8));
            x.set(new NDIndex(":, :, 1::2, 1::2"), 1f);
            NDArray y = BlockRunner.run(manager, FactorizedReduce.withRelu(6, true), x, false);
            assertEquals(new Shape(1, 6, 4, 4), y.getShape());
            assertEquals(0f, y.get(new NDIndex(":, :3")).abs().sum().getFloat(), "first branch");
            assertTrue(y.get(new NDIndex(":, 3:")).abs().sum().getFloat() > 0f, "second branch");
        }
    }

    @Test
    void refusesAnOddChannelCount() {
        assertThrows(IllegalArgumentException.class, () -> new FactorizedReduce(5, false));
    }
}
