package org.jdarts.testkit;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.nn.Block;
import java.util.Set;
import org.jdarts.space.blocks.IdentityBlock;
import org.jdarts.space.blocks.Layers;
import org.jdarts.space.op.Operation;
import org.jdarts.space.op.OperationContext;
import org.jdarts.space.op.OperationTrait;
import org.jdarts.space.testing.TanhConvOperation;
import org.junit.jupiter.api.Test;

class OperationTestKitTest {

    /** Claims to be the identity, but is a 1×1 convolution that ignores the stride. */
    static final class Broken implements Operation {
        @Override
        public String name() {
            return "broken";
        }

        @Override
        public String description() {
            return "a 1x1 convolution that ignores the stride";
        }

        @Override
        public Set<OperationTrait> traits(int stride) {
            return Set.of(OperationTrait.IDENTITY);
        }

        @Override
        public Block create(OperationContext context) {
            return context.stride() == 1 && context.affine() ? new IdentityBlock() : Layers.pointwise(context.channels());
        }
    }

    @Test
    void reportsFusionTraitsTheBlockDoesNotHonour() {
        AssertionError e = assertThrows(AssertionError.class,
                () -> OperationTestKit.of(new TanhConvOperation(Set.of(OperationTrait.FUSABLE),
                        Set.of(OperationTrait.PARAMETER_FREE))).channels(4).check());
        String m = e.getMessage();
        assertTrue(m.contains("search form, stride 1: declares FUSABLE but ai.djl.nn.LambdaBlock cannot be stacked"), m);
        assertTrue(m.contains("search form, stride 2: declares PARAMETER_FREE but has trainable weights"), m);
    }

    @Test
    void reportsEveryBrokenPromise() {
        AssertionError e = assertThrows(AssertionError.class,
                () -> OperationTestKit.of(new Broken()).channels(4).expectParameters(0, 0, 0, 0).check());
        String m = e.getMessage();
        assertTrue(m.contains("declares IDENTITY at stride 2"), m);
        assertTrue(m.contains("search form, stride 1: declares IDENTITY but does not return its input unchanged"), m);
        assertTrue(m.contains("search form, stride 2: training: output (2, 4, 8, 8), expected (2, 4, 4, 4)")
                || m.contains("search form, stride 2 training: output (2, 4, 8, 8), expected (2, 4, 4, 4)"), m);
        assertTrue(m.contains("search form, stride 1: 16 trainable parameters, expected 0"), m);
        assertTrue(!m.contains("evaluation form, stride 1:"), "the identity form passes: " + m);
    }
}
