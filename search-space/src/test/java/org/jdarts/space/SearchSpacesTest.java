package org.jdarts.space;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jdarts.space.op.OperationRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchSpacesTest {

    private static final OperationRegistry REGISTRY = OperationRegistry.load();
    private static final List<String> DARTS = List.of("none", "max_pool_3x3", "avg_pool_3x3",
            "skip_connect", "sep_conv_3x3", "sep_conv_5x5", "dil_conv_3x3", "dil_conv_5x5");

    @Test
    void builtInSpacesAreTheThreeRowsOfTable9() {
        assertEquals(DARTS, SearchSpaces.resolve("darts", REGISTRY).names());
        SearchSpace ir = SearchSpaces.resolve("darts-ir", REGISTRY);
        assertEquals(9, ir.size());
        assertEquals("inverted_residual_3x3", ir.names().get(8));
        SearchSpace sg = SearchSpaces.resolve("darts-sandglass", REGISTRY);
        assertEquals(DARTS, sg.names().subList(0, 8));
        assertEquals("sandglass_3x3", sg.names().get(8));
    }

    @Test
    void fileWithParametersRoundTrips(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("mine.json");
        Files.writeString(file, "{\"operations\": [\"none\", \"skip_connect\","
                + " {\"op\": \"sandglass_3x3\", \"t\": 6, \"identity\": 0.5}]}");
        SearchSpace space = SearchSpaces.resolve(file.toString(), REGISTRY);
        assertEquals("mine", space.name());
        assertEquals(6.0, space.operations().get(2).args().getDouble("t"));
        assertEquals(0.5, space.operations().get(2).args().getDouble("identity"));
        SearchSpace again = SearchSpaces.parse(SearchSpaces.toJsonText(space), "x", REGISTRY);
        assertEquals(space, again);
    }

    private static String refusal(Path dir, String json) throws Exception {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, json);
        return assertThrows(IllegalArgumentException.class,
                () -> SearchSpaces.resolve(file.toString(), REGISTRY)).getMessage();
    }

    @Test
    void badFilesAreRefusedWithTheFileAndTheReason(@TempDir Path dir) throws Exception {
        String unknown = refusal(dir, "{\"operations\": [\"none\", \"conv_9x9\"]}");
        assertTrue(unknown.contains("bad.json: operations[1]: unknown operation 'conv_9x9'; registered: none,"), unknown);
        String duplicate = refusal(dir, "{\"operations\": [\"none\", \"skip_connect\", \"none\"]}");
        assertTrue(duplicate.endsWith("lists operation 'none' twice"), duplicate);
        String badValue = refusal(dir, "{\"operations\": [\"none\", {\"op\": \"sandglass_3x3\", \"t\": 0}]}");
        assertTrue(badValue.endsWith("operations[1]: operation 'sandglass_3x3': t must be a number in [1, 1024],"
                + " got 0"), badValue);
        String notNumber = refusal(dir, "{\"operations\": [\"none\", {\"op\": \"inverted_residual_3x3\", \"e\": \"six\"}]}");
        assertTrue(notNumber.contains("e must be a number, got 'six'"), notNumber);
        String notJson = refusal(dir, "{\"operations\": [");
        assertTrue(notJson.contains("bad.json: not valid JSON"), notJson);
    }

    @Test
    void neitherNameNorFileIsRefusedListingTheBuiltIns() {
        String message = assertThrows(IllegalArgumentException.class,
                () -> SearchSpaces.resolve("dart", REGISTRY)).getMessage();
        assertEquals("search space 'dart' is neither a built-in space (darts, darts-ir, darts-sandglass)"
                + " nor a readable JSON file", message);
    }
}
