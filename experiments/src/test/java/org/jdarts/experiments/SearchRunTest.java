package org.jdarts.experiments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jdarts.cifar10.testing.SampleData;
import org.jdarts.cli.AtomicFiles;
import org.jdarts.core.genotype.Genotype;
import org.jdarts.core.genotype.GenotypeFiles;
import org.jdarts.core.checkpoint.Checkpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchRunTest {

    /** A supernet small enough for the test suite: C 2, L 3, 2 steps of 8 images per epoch. */
    static SearchConfig tiny(int epochs) {
        return new SearchConfig("darts", "test", 2, 3, epochs, 8, 16, 16, 16, 0.5, 3, "first",
                0.025, 0.001, 0.9, 3e-4, 5, 3e-4, 1e-3);
    }

    private static SearchRun quiet() {
        return new SearchRun(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
    }

    @Test
    void stoppedAndResumedRunEndsExactlyLikeTheUninterruptedOne(@TempDir Path dir) throws Exception {
        Path data = SampleData.sampleDir();
        Path whole = dir.resolve("whole");
        Genotype expected = quiet().start(tiny(3), data, "cpu", whole, false, List.of());

        Path split = dir.resolve("split");
        quiet().stopAfter(1).start(tiny(3), data, "cpu", split, false, List.of());
        assertEquals(1, Checkpoint.epochsDone(split.resolve(SearchRunFiles.CHECKPOINT)));
        assertFalse(Files.exists(split.resolve(SearchRunFiles.GENOTYPE)), "an unfinished run has no final genotype");
        Genotype resumed = quiet().resume(split, data, "cpu", List.of("--resume", split.toString()));

        assertEquals(expected, resumed);
        JsonNode a = AtomicFiles.JSON.readTree(whole.resolve(SearchRunFiles.ALPHAS).toFile()).get("epochs");
        JsonNode b = AtomicFiles.JSON.readTree(split.resolve(SearchRunFiles.ALPHAS).toFile()).get("epochs");
        assertEquals(3, b.size());
        assertEquals(a, b, "softmax α of every epoch must be identical");
        assertEquals(Files.readAllLines(whole.resolve(SearchRunFiles.METRICS)).size(),
                Files.readAllLines(split.resolve(SearchRunFiles.METRICS)).size());
        assertEquals(expected, GenotypeFiles.resolve(split.toString()));
    }

    @Test
    void runDirectoryHoldsEveryPromisedFile(@TempDir Path dir) throws Exception {
        Path run = dir.resolve("run");
        quiet().start(tiny(1), SampleData.sampleDir(), "cpu", run, false, List.of("search"));
        for (String f : List.of(SearchRunFiles.CONFIG, SearchRunFiles.PROVENANCE, SearchRunFiles.METRICS,
                SearchRunFiles.ALPHAS, SearchRunFiles.GENOTYPES, SearchRunFiles.GENOTYPE, SearchRunFiles.GENOTYPE_TEXT,
                SearchRunFiles.CHECKPOINT, SearchRun.SPACE)) {
            assertTrue(Files.isRegularFile(run.resolve(f)), f);
        }
        JsonNode provenance = AtomicFiles.JSON.readTree(run.resolve(SearchRunFiles.PROVENANCE).toFile());
        assertTrue(provenance.path("pytorch").asText().startsWith("PyTorch 2.7.1"), provenance.toString());
        assertEquals(64, provenance.path("dataChecksums").path("data_batch_1.bin").asText().length());
        assertFalse(provenance.path("finished").isNull());
        List<String> metrics = Files.readAllLines(run.resolve(SearchRunFiles.METRICS));
        assertEquals(SearchRunFiles.METRICS_HEADER, metrics.get(0));
        assertEquals(2, metrics.size());
        JsonNode alphas = AtomicFiles.JSON.readTree(run.resolve(SearchRunFiles.ALPHAS).toFile());
        JsonNode normal = alphas.path("epochs").get(0).path("normal");
        assertEquals(14, normal.size());
        double rowSum = 0;
        for (JsonNode v : normal.get(0)) {
            rowSum += v.asDouble();
        }
        assertEquals(1.0, rowSum, 1e-6, "softmax rows sum to one");
        assertTrue(Files.readString(run.resolve(SearchRunFiles.GENOTYPE_TEXT)).startsWith("Genotype(normal=[("));
    }
}
