package org.jdarts.testkit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jdarts.core.genotype.Genotype;
import org.jdarts.core.method.SearchHooks;
import org.jdarts.core.method.SearchMethod;
import org.jdarts.core.method.SearchMethodRegistry;
import org.jdarts.space.op.OperationArgs;
import org.jdarts.space.op.OperationParameter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SearchMethodTestKitTest {

    @ParameterizedTest
    @ValueSource(strings = {"darts", "darts-minus", "sdarts-rs", "beta-darts", "pc-darts"})
    void everyBuiltInMethodPasses(String name) {
        Genotype genotype = SearchMethodTestKit.of(SearchMethodRegistry.load().get(name)).check();
        assertFalse(genotype.normal().isEmpty());
    }

    @Test
    void aWarmUpKeepsAlphaAsItWasInTheFrozenEpochs() {
        SearchMethodTestKit.of(SearchMethodRegistry.load().get("pc-darts")).options(Map.of("warmup", 0.5)).check();
    }

    /** Breaks every promise a method makes, one each. */
    static final class Broken implements SearchMethod {
        @Override
        public String name() {
            return "Broken Method";
        }

        @Override
        public String description() {
            return "";
        }

        @Override
        public List<OperationParameter> parameters() {
            return List.of(OperationParameter.integer("k", "a", 1, 1, 4), OperationParameter.integer("k", "b", 1, 1, 4));
        }

        @Override
        public SearchHooks hooks(OperationArgs options) {
            return SearchHooks.darts();
        }
    }

    @Test
    void reportsEveryBrokenDeclaration() {
        String m = assertThrows(AssertionError.class, () -> SearchMethodTestKit.of(new Broken()).check()).getMessage();
        assertTrue(m.startsWith("Broken Method fails 3 check(s):"), m);
        assertTrue(m.contains("name 'Broken Method' must be lower-case letters, digits or '-'"), m);
        assertTrue(m.contains("description must be one non-empty line"), m);
        assertTrue(m.contains("option 'k' is declared twice"), m);
    }

    /** Perturbs the weight step's mixing with numbers that no seed controls. */
    static final class Unseeded implements SearchMethod {
        @Override
        public String name() {
            return "unseeded";
        }

        @Override
        public String description() {
            return "noise from an unseeded generator";
        }

        @Override
        public SearchHooks hooks(OperationArgs options) {
            Random random = new Random();
            return new SearchHooks() {
                @Override
                public NDArray weightStepMixing(NDArray softmax) {
                    return softmax.add(softmax.getManager().create((float) random.nextDouble()));
                }
            };
        }
    }

    @Test
    void findsRandomDrawsThatASeedDoesNotRepeat() {
        String m = assertThrows(AssertionError.class, () -> SearchMethodTestKit.of(new Unseeded()).check()).getMessage();
        assertTrue(m.contains("two searches with the same seed end with different α"), m);
    }

    /** Adds a term that makes the architecture loss NaN, and says it never updates α but does in epoch 1. */
    static final class Diverging implements SearchMethod {
        @Override
        public String name() {
            return "diverging";
        }

        @Override
        public String description() {
            return "a NaN architecture term";
        }

        @Override
        public SearchHooks hooks(OperationArgs options) {
            return new SearchHooks() {
                @Override
                public NDArray architectureTerm(List<NDArray> architecture) {
                    return architecture.get(0).sum().mul(Float.NaN);
                }
            };
        }
    }

    @Test
    void findsNonFiniteArchitectureParameters() {
        String m = assertThrows(AssertionError.class, () -> SearchMethodTestKit.of(new Diverging()).check()).getMessage();
        assertTrue(m.contains("epoch 0: α holds NaN"), m);
    }
}
