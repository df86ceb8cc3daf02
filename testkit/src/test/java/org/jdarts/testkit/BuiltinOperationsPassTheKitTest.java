package org.jdarts.testkit;

import java.util.stream.Stream;
import org.jdarts.space.op.OperationRegistry;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every built-in operation passes the kit that plug-ins are held to, with the reference's parameter counts. */
class BuiltinOperationsPassTheKitTest {

    private static final OperationRegistry REGISTRY = OperationRegistry.load();

    /** Parameter counts of every operation in search form and evaluation form, at stride 1 and 2. */
    static Stream<Arguments> expectedCounts() {
        return Stream.of(
                Arguments.of("none", 16, 0, 0, 0, 0),
                Arguments.of("max_pool_3x3", 16, 0, 0, 0, 0),
                Arguments.of("avg_pool_3x3", 16, 0, 0, 0, 0),
                Arguments.of("skip_connect", 16, 0, 0, 256, 288),
                Arguments.of("sep_conv_3x3", 16, 800, 864, 800, 864),
                Arguments.of("sep_conv_5x5", 16, 1312, 1376, 1312, 1376),
                Arguments.of("dil_conv_3x3", 16, 400, 432, 400, 432),
                Arguments.of("dil_conv_5x5", 16, 656, 688, 656, 688),
                Arguments.of("inverted_residual_3x3", 16, 3936, 4352, 3936, 4352),
                Arguments.of("sandglass_3x3", 16, 544, 656, 400, 480),
                Arguments.of("sandglass_3x3", 36, 1944, 2196, 1620, 1800),
                Arguments.of("inverted_residual_3x3", 36, 17496, 18432, 17496, 18432));
    }

    @ParameterizedTest(name = "{0} at C={1}")
    @MethodSource("expectedCounts")
    void parameterCountsMatchTheReference(String op, int c, long s1Search, long s1Eval, long s2Search, long s2Eval) {
        // The plugin test kit checks shapes, gradients and traits, and the counts at both strides and forms.
        OperationTestKit.of(REGISTRY.get(op).operation()).channels(c)
                .expectParameters(s1Search, s2Search, s1Eval, s2Eval).check();
    }
}
