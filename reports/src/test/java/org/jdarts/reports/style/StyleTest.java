package org.jdarts.reports.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class StyleTest {

    private static final List<String> BUILT_IN = List.of("none", "max_pool_3x3", "avg_pool_3x3", "skip_connect",
            "sep_conv_3x3", "sep_conv_5x5", "dil_conv_3x3", "dil_conv_5x5", "inverted_residual_3x3", "sandglass_3x3");

    @Test
    void everyBuiltInOperationHasItsOwnColourAndAPluginAStableOne() {
        assertEquals(BUILT_IN.size(), BUILT_IN.stream().map(OperationColors::hex).collect(Collectors.toSet()).size());
        assertEquals(OperationColors.hex("conv_7x1_1x7"), OperationColors.hex("conv_7x1_1x7"));
        assertNotEquals(OperationColors.hex("conv_7x1_1x7"), OperationColors.hex("my_other_op"));
        assertEquals("#d62728", OperationColors.hex("skip_connect"));
    }

    @Test
    void edgesAreNamedAsThePapersNameThem() {
        assertEquals("c_{k-2}→0", CellNames.edge("2<-0"));
        assertEquals("c_{k-1}→3", CellNames.edge("5<-1"));
        assertEquals("2→3", CellNames.edge("5<-4"));
        assertThrows(IllegalArgumentException.class, () -> CellNames.edge("2-0"));
    }
}
