package org.jdarts.space.builtin;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jdarts.space.CandidateOperation;
import org.jdarts.space.blocks.ParameterCount;
import org.jdarts.space.op.Operation;
import org.jdarts.space.op.OperationArgs;
import org.jdarts.space.op.OperationRegistry;
import org.jdarts.space.op.OperationTrait;
import org.jdarts.space.testing.BlockRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BuiltinOperationsTest {

    private static final OperationRegistry REGISTRY = OperationRegistry.load();

    private NDManager manager;

    @BeforeEach
    void open() {
        manager = NDManager.newBaseManager();
    }

    @AfterEach
    void close() {
        manager.close();
    }

    private static Block create(String op, int channels, int stride, boolean affine, Map<String, Number> args) {
        Operation operation = REGISTRY.get(op).operation();
        return new CandidateOperation(REGISTRY.get(op), OperationArgs.resolve(operation, args))
                .create(channels, stride, affine);
    }

    private static long count(String op, int channels, int stride, boolean affine) {
        return ParameterCount.trainable(create(op, channels, stride, affine, Map.of()),
                new Shape(2, channels, 8, 8));
    }

    static Stream<Arguments> everyOpStrideAndForm() {
        return REGISTRY.all().stream()
                .flatMap(op -> Stream.of(1, 2).flatMap(stride -> Stream.of(false, true)
                        .map(affine -> Arguments.of(op.name(), stride, affine))));
    }

    @ParameterizedTest(name = "{0} stride {1} affine {2}")
    @MethodSource("everyOpStrideAndForm")
    void outputShapeIsSubsampledByTheStride(String op, int stride, boolean affine) {
        Block block = create(op, 16, stride, affine, Map.of());
        NDArray x = manager.randomNormal(new Shape(2, 16, 8, 8));
        NDArray y = BlockRunner.run(manager, block, x, true);
        Shape expected = new Shape(2, 16, 8 / stride, 8 / stride);
        assertEquals(expected, y.getShape());
        assertEquals(expected, block.getOutputShapes(new Shape[] {x.getShape()})[0]);
    }

    @Test
    void noneIsZero() {
        for (int stride : new int[] {1, 2}) {
            NDArray y = BlockRunner.run(manager, create("none", 4, stride, false, Map.of()),
                    manager.randomNormal(new Shape(2, 4, 6, 6)), true);
            assertEquals(0f, y.abs().sum().getFloat());
            assertEquals(new Shape(2, 4, 6 / stride, 6 / stride), y.getShape());
        }
    }

    @Test
    void averagePoolingExcludesPadding() {
        // All ones: if the zero padding were counted, a corner would average to 4/9.
        NDArray y = BlockRunner.run(manager, create("avg_pool_3x3", 2, 1, true, Map.of()),
                manager.ones(new Shape(1, 2, 5, 5)), false);
        assertArrayEquals(manager.ones(new Shape(1, 2, 5, 5)).toFloatArray(), y.toFloatArray(), 1e-6f);
    }

    @Test
    void maxPoolingPadsWithMinusInfinityNotZero() {
        NDArray x = manager.ones(new Shape(1, 1, 4, 4)).neg();
        NDArray y = BlockRunner.run(manager, create("max_pool_3x3", 1, 2, true, Map.of()), x, false);
        assertArrayEquals(x.get(new NDIndex(":, :, ::2, ::2")).toFloatArray(), y.toFloatArray(), 1e-6f);
    }

    @Test
    void skipConnectIsIdentityAtStrideOne() {
        NDArray x = manager.randomNormal(new Shape(2, 4, 6, 6));
        NDArray y = BlockRunner.run(manager, create("skip_connect", 4, 1, false, Map.of()), x, true);
        assertArrayEquals(x.toFloatArray(), y.toFloatArray());
        assertEquals(Set.of(OperationTrait.IDENTITY, OperationTrait.PARAMETER_FREE),
                REGISTRY.get("skip_connect").operation().traits(1));
    }

    @Test
    void everyBuiltInOperationButNoneCanBeSharedOrFusedInASupernet() {
        for (String op : List.of("max_pool_3x3", "avg_pool_3x3")) {
            for (int stride : new int[] {1, 2}) {
                assertTrue(REGISTRY.get(op).operation().traits(stride).contains(OperationTrait.PARAMETER_FREE), op);
            }
        }
        assertTrue(REGISTRY.get("skip_connect").operation().traits(2).contains(OperationTrait.FUSABLE));
        for (String op : List.of("sep_conv_3x3", "sep_conv_5x5", "dil_conv_3x3", "dil_conv_5x5",
                "inverted_residual_3x3", "sandglass_3x3")) {
            for (int stride : new int[] {1, 2}) {
                assertTrue(REGISTRY.get(op).operation().traits(stride).contains(OperationTrait.FUSABLE), op);
            }
        }
        // that the blocks honour these traits is what OperationTestKit checks for each of them above
    }

    /** With every convolution weight zero (and BatchNorm at its initial running statistics) the body is zero. */
    private NDArray sandglassWithZeroBody(NDArray x, double identity) {
        Block block = create("sandglass_3x3", (int) x.getShape().get(1), 1, true, Map.of("identity", identity));
        block.initialize(manager, ai.djl.ndarray.types.DataType.FLOAT32, x.getShape());
        BlockRunner.zeroWeights(block);
        return BlockRunner.run(manager, block, x, false);
    }

    @Test
    void sandglassAddsTheInputOnEveryChannelByDefault() {
        NDArray x = manager.randomNormal(new Shape(2, 16, 6, 6));
        assertArrayEquals(x.toFloatArray(), sandglassWithZeroBody(x, 1.0).toFloatArray(), 1e-6f);
    }

    @Test
    void sandglassIdentityMultiplierSelectsTheLeadingChannels() {
        NDArray x = manager.randomNormal(new Shape(2, 16, 6, 6));
        NDArray y = sandglassWithZeroBody(x, 0.3); // ceil(0.3 * 16) = 5 channels
        NDIndex head = new NDIndex(":, :5");
        NDIndex tail = new NDIndex(":, 5:");
        assertArrayEquals(x.get(head).toFloatArray(), y.get(head).toFloatArray(), 1e-6f);
        assertEquals(0f, y.get(tail).abs().sum().getFloat());
        assertEquals(0f, sandglassWithZeroBody(x, 0).abs().sum().getFloat());
    }

    @Test
    void sandglassHiddenWidthFollowsTheReductionRatio() {
        // C = 16, t = 4: hidden 4; stride 1 search form: 2*9*16 + 2*16*4 = 416
        long count = ParameterCount.trainable(create("sandglass_3x3", 16, 1, false, Map.of("t", 4)),
                new Shape(1, 16, 8, 8));
        assertEquals(416, count);
        assertEquals(6, SandglassOperation.hiddenWidth(36, 6));
        assertEquals(3, SandglassOperation.hiddenWidth(5, 2));
    }

    @Test
    void invertedResidualAddsTheInputOnlyAtStrideOne() {
        NDArray x = manager.randomNormal(new Shape(2, 8, 6, 6));
        Block block = create("inverted_residual_3x3", 8, 1, true, Map.of());
        block.initialize(manager, ai.djl.ndarray.types.DataType.FLOAT32, x.getShape());
        BlockRunner.zeroWeights(block);
        assertArrayEquals(x.toFloatArray(), BlockRunner.run(manager, block, x, false).toFloatArray(), 1e-6f);

        Block reduce = create("inverted_residual_3x3", 8, 2, true, Map.of());
        reduce.initialize(manager, ai.djl.ndarray.types.DataType.FLOAT32, x.getShape());
        BlockRunner.zeroWeights(reduce);
        assertEquals(0f, BlockRunner.run(manager, reduce, x, false).abs().sum().getFloat());
    }
}
