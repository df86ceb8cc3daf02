package org.jdarts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jdarts.cli.testing.Cli;
import org.junit.jupiter.api.Test;

class JdartsCommandTest {

    @Test
    void versionNamesJdartsDjlAndPytorch() {
        Cli.Result r = Cli.run("--version");
        assertEquals(0, r.exit());
        assertTrue(r.out().startsWith("jdarts "), r.out());
        assertTrue(r.out().contains("DJL 0.35.1, PyTorch (libtorch) 2.7.1"), r.out());
    }

    @Test
    void helpListsTheSubcommands() {
        Cli.Result r = Cli.run("--help");
        assertEquals(0, r.exit());
        assertTrue(r.out().contains("ops") && r.out().contains("data"), r.out());
    }

    @Test
    void unknownOptionIsAUsageError() {
        Cli.Result r = Cli.run("ops", "--chanels", "16");
        assertEquals(2, r.exit());
        assertTrue(r.err().startsWith("jdarts: Unknown options: '--chanels', '16'"), r.err());
    }
}
