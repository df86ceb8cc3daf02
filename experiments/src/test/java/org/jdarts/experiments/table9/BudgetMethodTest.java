package org.jdarts.experiments.table9;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.jdarts.experiments.SearchConfig;
import org.junit.jupiter.api.Test;

/** A grid's method and monitors reach every search cell; without them the cells are those of before. */
class BudgetMethodTest {

    @Test
    void everySearchCellCarriesTheGridsMethodAndMonitors() {
        Budget pc = Budget.CPU.withSearch(c -> c.toBuilder().optMethod("pc-darts", Map.of("k", 2L)).optHessianEvery(5)
                .optEarlyStopSkips(2).build());
        SearchConfig cell = pc.search("darts-ir", 3, "second");
        assertEquals("pc-darts", cell.method().name());
        assertEquals(2L, cell.method().options().get("k"));
        assertEquals(5, cell.monitors().hessianEvery());
        assertEquals(2, cell.monitors().earlyStopSkips());
        assertEquals("darts-ir", cell.space());
        assertEquals(3, cell.seed());
        SearchConfig plain = Budget.CPU.search("darts-ir", 3, "second");
        assertNull(plain.method().name());
        assertEquals(0, plain.monitors().hessianEvery());
    }
}
