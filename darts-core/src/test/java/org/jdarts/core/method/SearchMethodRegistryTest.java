package org.jdarts.core.method;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built-in methods are found as services; names and options are checked with one-line errors. */
class SearchMethodRegistryTest {

    private final SearchMethodRegistry registry = SearchMethodRegistry.load();

    @Test
    void theFiveBuiltInMethodsAreRegistered() {
        assertEquals(List.of("darts", "darts-minus", "sdarts-rs", "beta-darts", "pc-darts"), registry.names());
    }

    @Test
    void aPluginsMethodIsFoundBesideTheBuiltInOnesAndANameClashIsRefused(@TempDir Path dir) throws Exception {
        Path services = dir.resolve("META-INF/services");
        Files.createDirectories(services);
        Files.writeString(services.resolve(SearchMethod.class.getName()), WarmupMethod.class.getName() + "\n");
        try (URLClassLoader plugin = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
            SearchMethodRegistry withPlugin = SearchMethodRegistry.load(plugin);
            assertEquals(List.of("darts", "darts-minus", "sdarts-rs", "beta-darts", "pc-darts", "test-warmup"),
                    withPlugin.names());
            assertEquals(2L, withPlugin.configure("test-warmup", Map.of("epochs", 2L)).options().asMap().get("epochs"));
        }
        Path second = Files.createDirectories(dir.resolve("second/META-INF/services"));
        Files.writeString(second.resolve(SearchMethod.class.getName()), Impostor.class.getName() + "\n");
        try (URLClassLoader clash = new URLClassLoader(new URL[] {dir.resolve("second").toUri().toURL()},
                getClass().getClassLoader())) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> SearchMethodRegistry.load(clash));
            assertTrue(e.getMessage().startsWith("search method 'darts' is registered twice: by built-in ("), e.getMessage());
        }
    }

    /** A plugin's method that takes a built-in name. */
    public static final class Impostor implements SearchMethod {
        @Override
        public String name() {
            return "darts";
        }

        @Override
        public String description() {
            return "not DARTS";
        }

        @Override
        public SearchHooks hooks(org.jdarts.space.op.OperationArgs options) {
            return SearchHooks.darts();
        }
    }

    @Test
    void optionsAreCheckedAndCompletedWithDefaults() {
        ConfiguredMethod pc = registry.configure("pc-darts", Map.of("k", 2L));
        assertEquals(2L, pc.options().asMap().get("k"));
        assertEquals("on", pc.options().asMap().get("edge_normalisation"));
        assertEquals("unknown search method 'gdas'; registered: darts, darts-minus, sdarts-rs, beta-darts, pc-darts",
                assertThrows(IllegalArgumentException.class, () -> registry.configure("gdas", Map.of())).getMessage());
        assertEquals("method 'pc-darts' has no parameter 'K'; valid: k, edge_normalisation, warmup, min_hidden",
                assertThrows(IllegalArgumentException.class, () -> registry.configure("pc-darts", Map.of("K", 2L)))
                        .getMessage());
        assertEquals("method 'pc-darts': k must be an integer in [1, 64], got 0",
                assertThrows(IllegalArgumentException.class, () -> registry.configure("pc-darts", Map.of("k", 0L)))
                        .getMessage());
    }
}
