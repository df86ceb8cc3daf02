package org.jdarts.space.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/** Every plug-in kind is registered alike: names checked, clashes refused naming both, origins kept. */
class PluginRegistryTest {

    /** A plug-in: just a name. */
    record Named(String name) {}

    private static PluginRegistry.Builder<Named> builder() {
        return PluginRegistry.builder("widget", Named::name).optBuiltIn(PluginRegistryTest.class);
    }

    @Test
    void pluginsKeepTheirOrderAndOrigin() throws Exception {
        Path jar = Path.of(Assertions.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        PluginRegistry<Named> registry = builder().add(new Named("a")).add(new Named("b"), Assertions.class).build();
        assertEquals(List.of("a", "b"), registry.names());
        assertEquals(new Named("b"), registry.get("b"));
        assertTrue(registry.registered("a").origin().builtIn(), "loaded from the home class's folder");
        PluginOrigin origin = registry.registered("b").origin();
        assertEquals(jar.toString(), origin.location());
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(jar)));
        assertEquals(sha, origin.sha256());
        assertEquals(Map.of(jar.toString(), sha), PluginRegistry.jars(registry), "built-in plug-ins are left out");
    }

    @Test
    void aClassFolderIsAnOriginWithoutChecksum() {
        PluginRegistry<Named> registry = PluginRegistry.builder("widget", Named::name).add(new Named("a")).build();
        PluginOrigin origin = registry.registered("a").origin();
        assertFalse(origin.builtIn());
        assertNull(origin.sha256());
        assertTrue(Files.isDirectory(Path.of(origin.location())), origin.location());
        assertEquals(Map.of(origin.location(), "folder"), PluginRegistry.jars(registry));
    }

    @Test
    void aNameTakenTwiceIsRefusedNamingBothOrigins() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> builder().add(new Named("a")).add(new Named("a"), Assertions.class).build());
        assertTrue(e.getMessage().startsWith("widget 'a' is registered twice: by built-in (" + Named.class.getName()
                + ") and by "), e.getMessage());
        assertTrue(e.getMessage().contains("junit-jupiter-api"), e.getMessage());
        assertTrue(e.getMessage().endsWith("; remove one of the plug-ins"), e.getMessage());
    }

    @Test
    void namesFollowTheGeneralAndTheKindsRule() {
        assertEquals("widget " + Named.class.getName() + " from built-in has an invalid name 'two words'"
                + " (non-empty, no white space, no ':')",
                assertThrows(IllegalStateException.class, () -> builder().optNameRule(n -> !n.contains(":"), "no ':'")
                        .add(new Named("two words")).build()).getMessage());
        assertThrows(IllegalStateException.class,
                () -> builder().optNameRule(n -> !n.contains(":"), "no ':'").add(new Named("a:b")).build());
        assertThrows(IllegalStateException.class, () -> builder().add(new Named("")).build());
        assertThrows(IllegalStateException.class, () -> builder().add(new Named(null)).build());
    }

    @Test
    void anUnknownNameListsTheRegisteredOnes() {
        PluginRegistry<Named> registry = builder().add(new Named("a")).add(new Named("b")).build();
        assertEquals("unknown widget 'c'; registered: a, b",
                assertThrows(IllegalArgumentException.class, () -> registry.get("c")).getMessage());
    }

    @Test
    void aFailedLoadIsTriedAgainAndAGoodOneKept() {
        int[] calls = {0};
        LoadOnce<String> once = new LoadOnce<>(() -> {
            if (calls[0]++ == 0) {
                throw new IllegalStateException("first");
            }
            return "value";
        });
        assertThrows(IllegalStateException.class, once::get);
        assertEquals("value", once.get());
        assertEquals("value", once.get());
        assertEquals(2, calls[0]);
    }
}
