package org.jdarts.core.genotype;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenotypeNotationTest {

    private static final String V2 = "Genotype(normal=[('sep_conv_3x3', 0), ('sep_conv_3x3', 1), ('sep_conv_3x3', 0),"
            + " ('sep_conv_3x3', 1), ('sep_conv_3x3', 1), ('skip_connect', 0), ('skip_connect', 0),"
            + " ('dil_conv_3x3', 2)], normal_concat=[2, 3, 4, 5], reduce=[('max_pool_3x3', 0), ('max_pool_3x3', 1),"
            + " ('skip_connect', 2), ('max_pool_3x3', 1), ('max_pool_3x3', 0), ('skip_connect', 2),"
            + " ('skip_connect', 2), ('max_pool_3x3', 1)], reduce_concat=[2, 3, 4, 5])";

    @Test
    void dartsV1AndV2RoundTripThroughThePythonNotation() {
        assertEquals(V2, PythonNotation.format(BuiltinGenotypes.DARTS_V2));
        for (Genotype g : List.of(BuiltinGenotypes.DARTS_V1, BuiltinGenotypes.DARTS_V2)) {
            assertEquals(g, PythonNotation.parse(PythonNotation.format(g)));
        }
        assertEquals(BuiltinGenotypes.DARTS_V1.normal().get(7), new GenotypeEdge("skip_connect", 2));
    }

    @Test
    void readsTheVariantsThePythonFamilyWrites() {
        String text = "DARTS = Genotype(\n  normal=[(\"sep_conv_3x3\", 0), ('sep_conv_3x3', 1), ('sep_conv_3x3', 0),"
                + " ('sep_conv_3x3', 1), ('sep_conv_3x3', 1), ('skip_connect', 0), ('skip_connect', 0),"
                + " ('dil_conv_3x3', 2)],  # comment\n normal_concat=range(2, 6), reduce=[('max_pool_3x3', 0),"
                + " ('max_pool_3x3', 1), ('skip_connect', 2), ('max_pool_3x3', 1), ('max_pool_3x3', 0),"
                + " ('skip_connect', 2), ('skip_connect', 2), ('max_pool_3x3', 1)], reduce_concat=range(2, 6))";
        assertEquals(BuiltinGenotypes.DARTS_V2, PythonNotation.parse(text));
    }

    @Test
    void jsonRoundTripAndRunDirectories(@TempDir Path dir) throws Exception {
        Path run = Files.createDirectories(dir.resolve("run"));
        Files.writeString(run.resolve(GenotypeFiles.RUN_GENOTYPE), GenotypeFiles.toJson(BuiltinGenotypes.DARTS_V1).toString());
        assertEquals(BuiltinGenotypes.DARTS_V1, GenotypeFiles.resolve(run.toString()));
        Path py = dir.resolve("g.py");
        Files.writeString(py, V2 + "\n");
        assertEquals(BuiltinGenotypes.DARTS_V2, GenotypeFiles.resolve(py.toString()));
        assertEquals(BuiltinGenotypes.DARTS_V2, GenotypeFiles.resolve("DARTS_V2"));
    }

    @Test
    void malformedGenotypesAreRefusedClearly(@TempDir Path dir) {
        String outOfRange = V2.replace("('dil_conv_3x3', 2)", "('dil_conv_3x3', 5)");
        assertEquals("normal[7] ('dil_conv_3x3', 5): node 5 can only read nodes 0..4",
                assertThrows(IllegalArgumentException.class, () -> PythonNotation.parse(outOfRange)).getMessage());
        String sevenEdges = V2.replace(", ('dil_conv_3x3', 2)]", "]");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> PythonNotation.parse(sevenEdges)).getMessage()
                .startsWith("normal: need 2 edges per intermediate node (DARTS: 8), got 7"));
        assertEquals("genotype lacks reduce_concat=", assertThrows(IllegalArgumentException.class,
                () -> PythonNotation.parse(V2.replace(", reduce_concat=[2, 3, 4, 5]", ""))).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> GenotypeFiles.resolve(dir.toString()))
                .getMessage().endsWith("a directory without genotype.json (not a finished search run)"));
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> PythonNotation.parse(V2.replace("dil_conv_3x3", "dil_conv_9x9"))
                        .requireOperations(List.of("sep_conv_3x3", "skip_connect", "max_pool_3x3")::contains,
                                List.of("sep_conv_3x3", "skip_connect", "max_pool_3x3")));
        assertEquals("normal[7]: unknown operation 'dil_conv_9x9'; valid: sep_conv_3x3, skip_connect, max_pool_3x3",
                unknown.getMessage());
    }
}
