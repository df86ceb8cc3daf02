package org.jdarts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jdarts.core.genotype.GenotypeFiles;
import org.jdarts.core.genotype.PythonNotation;
import org.jdarts.core.genotype.RandomGenotypes;
import org.jdarts.experiments.GenotypeSource;
import org.jdarts.cli.testing.Cli;
import org.jdarts.space.SearchSpace;
import org.jdarts.space.SearchSpaces;
import org.jdarts.space.op.OperationRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jdarts sample}: the sampler's genotype, printed and written as a folder that training reads. */
class SampleCommandTest {

    @Test
    void printsTheSamplersGenotypeAndWritesAFolderTrainingReads(@TempDir Path dir) throws Exception {
        SearchSpace space = SearchSpaces.resolve("darts-sandglass", OperationRegistry.load());
        String expected = PythonNotation.format(RandomGenotypes.sample(space.names(), space.zeroOperations(), 3));
        Cli.Result python = Cli.run("sample", "--space", "darts-sandglass", "--seed", "3");
        assertEquals(0, python.exit(), python.err());
        assertEquals(expected, python.out().strip());
        Cli.Result json = Cli.run("sample", "--space", "darts-sandglass", "--seed", "3", "--format", "json");
        assertTrue(json.out().strip().startsWith("{"), json.out());

        Path out = dir.resolve("random-3");
        Cli.Result written = Cli.run("sample", "--space", "darts-sandglass", "--seed", "3", "--out", out.toString());
        assertEquals(0, written.exit(), written.err());
        for (String file : new String[] {"genotype.json", "genotype.txt", "space.json", "sample.json"}) {
            assertTrue(Files.isRegularFile(out.resolve(file)), file);
        }
        GenotypeSource source = GenotypeSource.resolve(out.toString());
        assertEquals(expected, PythonNotation.format(source.genotype()));
        assertEquals(GenotypeFiles.resolve(out.toString()), source.genotype());
        assertTrue(Files.readString(out.resolve("sample.json")).contains("\"seed\" : 3"));
    }

    @Test
    void badValuesAreOneLineWithExitCodeTwo(@TempDir Path dir) throws Exception {
        Cli.Result format = Cli.run("sample", "--format", "yaml");
        assertEquals(2, format.exit());
        assertEquals("jdarts sample: --format 'yaml': valid are python, json", format.err().strip());
        Files.writeString(dir.resolve("x.txt"), "x");
        Cli.Result out = Cli.run("sample", "--out", dir.toString());
        assertEquals(2, out.exit());
        assertEquals("jdarts sample: --out " + dir + ": exists and is not an empty folder", out.err().strip());
        Cli.Result space = Cli.run("sample", "--space", "nope");
        assertEquals(2, space.exit());
        assertTrue(space.err().strip().startsWith("jdarts sample: --space "), space.err());
    }
}
