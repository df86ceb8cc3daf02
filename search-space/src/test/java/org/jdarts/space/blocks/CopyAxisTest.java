package org.jdarts.space.blocks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link CopyAxis} gives each copy's channels, in either layout, and undoes its split. */
class CopyAxisTest {

    @ParameterizedTest(name = "channels-last {0}")
    @ValueSource(booleans = {false, true})
    void splitCopiesAreTheChannelBlocksAndMergeUndoesTheSplit(boolean channelsLast) {
        try (NDManager m = NDManager.newBaseManager()) {
            MemoryLayout layout = channelsLast ? MemoryLayout.CHANNELS_LAST : MemoryLayout.CHANNELS_FIRST;
            CopyAxis axis = CopyAxis.of(layout, m.getDevice(), 3);
            NDArray stacked = layout.arrange(m.arange(2f * 12 * 5 * 5).reshape(2, 12, 5, 5));
            NDArray byCopy = axis.split(stacked);
            NDList parts = byCopy.split(3, axis.copyAxis());
            for (int i = 0; i < 3; i++) {
                assertEquals(stacked.get(new NDIndex(":, {}:{}", 4 * i, 4 * (i + 1))), axis.copy(parts.get(i)));
            }
            assertEquals(stacked, axis.merge(byCopy));
            NDArray factors = m.create(new float[] {1, 2, 3});
            NDArray scaled = axis.merge(byCopy.mul(axis.factors(factors)));
            assertEquals(stacked.get(new NDIndex(":, 8:12")).mul(3), scaled.get(new NDIndex(":, 8:12")));
            NDArray one = stacked.get(new NDIndex(":, 0:4"));
            assertEquals(new Shape(2, 12, 5, 5), axis.repeat(one).getShape());
            assertEquals(one, axis.repeat(one).get(new NDIndex(":, 8:12")));
            assertEquals(one, axis.merge(axis.shared(one).add(byCopy.zerosLike())).get(new NDIndex(":, 4:8")));
        }
    }
}
