package org.jdarts.core.method;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The built-in methods are found as services; names and options are checked with one-line errors. */
class SearchMethodRegistryTest {

    private final SearchMethodRegistry registry = SearchMethodRegistry.load();

    @Test
    void theFiveBuiltInMethodsAreRegistered() {
        assertEquals(List.of("darts", "darts-minus", "sdarts-rs", "beta-darts", "pc-darts"), registry.names());
    }

    @Test
    void optionsAreCheckedAndCompletedWithDefaults() {
        ConfiguredMethod pc = registry.configure("pc-darts", Map.of("k", 2L));
        assertEquals(2L, pc.options().asMap().get("k"));
        assertEquals("on", pc.options().asMap().get("edge_normalisation"));
        assertEquals("unknown search method 'gdas'; valid: darts, darts-minus, sdarts-rs, beta-darts, pc-darts",
                assertThrows(IllegalArgumentException.class, () -> registry.configure("gdas", Map.of())).getMessage());
        assertEquals("method 'pc-darts' has no parameter 'K'; valid: k, edge_normalisation, warmup, min_hidden",
                assertThrows(IllegalArgumentException.class, () -> registry.configure("pc-darts", Map.of("K", 2L)))
                        .getMessage());
        assertEquals("method 'pc-darts': k must be an integer in [1, 64], got 0",
                assertThrows(IllegalArgumentException.class, () -> registry.configure("pc-darts", Map.of("k", 0L)))
                        .getMessage());
    }
}
