package org.jdarts.testkit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
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

    /** A method made of its parts, for methods that break one promise each. */
    private record Method(String name, String description, List<OperationParameter> parameters,
            Supplier<SearchHooks> newHooks) implements SearchMethod {

        Method(String name, String description, Supplier<SearchHooks> newHooks) {
            this(name, description, List.of(), newHooks);
        }

        @Override
        public SearchHooks hooks(OperationArgs options) {
            return newHooks.get();
        }
    }

    private static String failure(SearchMethod method) {
        return assertThrows(AssertionError.class, () -> SearchMethodTestKit.of(method).check()).getMessage();
    }

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

    @Test
    void reportsEveryBrokenDeclaration() {
        String m = failure(new Method("Broken Method", "", List.of(OperationParameter.integer("k", "a", 1, 1, 4),
                OperationParameter.integer("k", "b", 1, 1, 4)), SearchHooks::darts));
        assertTrue(m.startsWith("Broken Method fails 3 check(s):"), m);
        assertTrue(m.contains("name 'Broken Method' must be lower-case letters, digits or '-'"), m);
        assertTrue(m.contains("description must be one non-empty line"), m);
        assertTrue(m.contains("option 'k' is declared twice"), m);
    }

    @Test
    void findsRandomDrawsThatASeedDoesNotRepeat() {
        // noise on the weight step's mixing from a generator that no seed controls
        String m = failure(new Method("unseeded", "noise from an unseeded generator", () -> {
            Random random = new Random();
            return new SearchHooks() {
                @Override
                public NDArray weightStepMixing(NDArray softmax) {
                    return softmax.add(softmax.getManager().create((float) random.nextDouble()));
                }
            };
        }));
        assertTrue(m.contains("two searches with the same seed end with different α"), m);
    }

    @Test
    void findsNonFiniteArchitectureParameters() {
        String m = failure(new Method("diverging", "a NaN architecture term", () -> new SearchHooks() {
            @Override
            public NDArray architectureTerm(List<NDArray> architecture) {
                return architecture.get(0).sum().mul(Float.NaN);
            }
        }));
        assertTrue(m.contains("epoch 0: α holds NaN"), m);
    }
}
