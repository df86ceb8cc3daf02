package org.jdarts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jdarts.cifar10.testing.SampleData;
import org.jdarts.cli.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainCommandTest {

    private static void assertUsageError(Cli.Result r, String contains) {
        assertEquals(2, r.exit(), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains(contains), r.err());
    }

    @Test
    void badGenotypesAreRefused(@TempDir Path dir) throws Exception {
        Path unknownOp = dir.resolve("g.py");
        Files.writeString(unknownOp, "Genotype(normal=[('sep_conv_9x9', 0), ('sep_conv_3x3', 1), ('sep_conv_3x3', 0),"
                + " ('sep_conv_3x3', 1), ('sep_conv_3x3', 1), ('skip_connect', 0), ('skip_connect', 0),"
                + " ('dil_conv_3x3', 2)], normal_concat=[2, 3, 4, 5], reduce=[('max_pool_3x3', 0), ('max_pool_3x3', 1),"
                + " ('skip_connect', 2), ('max_pool_3x3', 1), ('max_pool_3x3', 0), ('skip_connect', 2),"
                + " ('skip_connect', 2), ('max_pool_3x3', 1)], reduce_concat=[2, 3, 4, 5])");
        assertUsageError(Cli.run("params", "--genotype", unknownOp.toString()),
                "normal[0]: unknown operation 'sep_conv_9x9'");
        Path badInput = dir.resolve("h.py");
        Files.writeString(badInput, Files.readString(unknownOp).replace("('sep_conv_9x9', 0)", "('sep_conv_3x3', 7)"));
        assertUsageError(Cli.run("params", "--genotype", badInput.toString()), "node 2 can only read nodes 0..1");
        assertUsageError(Cli.run("params", "--genotype", "DARTS_V9"), "is neither a built-in name");
        assertUsageError(Cli.run("train", "--genotype", "DARTS_V2", "--data", SampleData.sampleDir().toString(),
                "--allow-partial",
                "--out", dir.resolve("r").toString(), "--drop-path", "1.5"), "drop-path must be in [0, 1)");
        assertUsageError(Cli.run("train", "--data", SampleData.sampleDir().toString(), "--allow-partial"),
                "--genotype and --out are required");
    }
}
