package org.jdarts.examples.plugin;

import java.util.Map;
import org.jdarts.testkit.OperationTestKit;
import org.junit.jupiter.api.Test;

class FactorizedConvOperationTest {

    @Test
    void shapesGradientsAndParameterCountsAtBothStridesAndForms() {
        // C = 16, k = 7: 2 convolutions of 16*16*7 weights, plus 32 for the affine BatchNorm.
        OperationTestKit.of(new FactorizedConvOperation()).channels(16)
                .expectParameters(3584, 3584, 3616, 3616).check();
    }

    @Test
    void aShorterKernel() {
        OperationTestKit.of(new FactorizedConvOperation()).channels(4).args(Map.of("k", 3))
                .expectParameters(96, 96, 104, 104).check();
    }
}
