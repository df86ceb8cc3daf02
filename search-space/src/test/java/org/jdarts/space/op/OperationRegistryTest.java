package org.jdarts.space.op;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.nn.Block;
import java.util.List;
import java.util.Map;
import org.jdarts.space.blocks.IdentityBlock;
import org.jdarts.space.builtin.BuiltinOperations;
import org.junit.jupiter.api.Test;

class OperationRegistryTest {

    /** A provider that (wrongly) registers a second {@code sep_conv_3x3}. */
    static final class ClashingProvider implements OperationProvider {
        @Override
        public List<Operation> operations() {
            return List.of(new Operation() {
                @Override
                public String name() {
                    return "sep_conv_3x3";
                }

                @Override
                public String description() {
                    return "clash";
                }

                @Override
                public Block create(OperationContext context) {
                    return new IdentityBlock();
                }
            });
        }
    }

    @Test
    void serviceLoaderFindsEveryBuiltInOperation() {
        OperationRegistry registry = OperationRegistry.load();
        assertTrue(registry.names().containsAll(List.of("none", "max_pool_3x3", "avg_pool_3x3",
                "skip_connect", "sep_conv_3x3", "sep_conv_5x5", "dil_conv_3x3", "dil_conv_5x5",
                "inverted_residual_3x3", "sandglass_3x3")), registry.names().toString());
        assertEquals(OperationRegistry.BUILT_IN, registry.get("sandglass_3x3").source());
    }

    @Test
    void twoProvidersOfOneNameAreRefusedNamingBoth() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> OperationRegistry.of(List.of(new BuiltinOperations(), new ClashingProvider())));
        assertTrue(e.getMessage().contains("'sep_conv_3x3' is registered twice"), e.getMessage());
        assertTrue(e.getMessage().contains("built-in"), e.getMessage());
        assertTrue(e.getMessage().contains(ClashingProvider.class.getName()), e.getMessage());
    }

    @Test
    void unknownNameListsTheValidOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> OperationRegistry.load().get("sep_conv_7x7"));
        assertTrue(e.getMessage().startsWith("unknown operation 'sep_conv_7x7'; registered: none, "), e.getMessage());
    }

    @Test
    void argumentsAreValidatedAndCompletedWithDefaults() {
        Operation sandglass = OperationRegistry.load().get("sandglass_3x3").operation();
        assertEquals(Map.of("identity", 1.0, "t", 6.0), OperationArgs.resolve(sandglass, Map.of("t", 6)).asMap());
        IllegalArgumentException range = assertThrows(IllegalArgumentException.class,
                () -> OperationArgs.resolve(sandglass, Map.of("identity", 1.5)));
        assertEquals("operation 'sandglass_3x3': identity must be a number in [0, 1], got 1.5", range.getMessage());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> OperationArgs.resolve(sandglass, Map.of("e", 6)));
        assertEquals("operation 'sandglass_3x3' has no parameter 'e'; valid: t, identity", unknown.getMessage());
    }
}
