package org.jdarts.experiments.table9;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jdarts.cifar10.testing.SampleData;
import org.jdarts.cli.testing.Cli;
import org.jdarts.core.genotype.GenotypeFiles;
import org.jdarts.core.io.Json;
import org.jdarts.core.run.RunDirectory;
import org.jdarts.experiments.SampledGenotype;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The smoke grid with random genotypes, several searches and several evaluation seeds: random rows,
 * searched-against-random tests and the variance split, every number from the cells' run directories.
 */
class Table9RandomBaselineTest {

    @Test
    void theTableHasRandomRowsTheirTestsAndTheVarianceSplit(@TempDir Path dir) throws Exception {
        Path grid = dir.resolve("grid");
        Cli.Result r = Cli.run("experiment", "table9", "--budget", "smoke", "--data", SampleData.sampleDir().toString(),
                "--out", grid.toString(), "--no-report", "--random", "2", "--searches", "2", "--eval-seeds", "2");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("30 of 30 cells finished"), r.out());

        JsonNode table = Json.MAPPER.readTree(grid.resolve("table9.json").toFile());
        assertEquals(2, table.path("grid").path("random").asInt());
        for (JsonNode row : table.path("rows")) {
            String space = row.path("space").asText();
            List<Double> randomMeans = new ArrayList<>();
            List<Double> randomErrors = new ArrayList<>();
            for (int k = 1; k <= 2; k++) {
                Path drawn = grid.resolve(space).resolve("random-" + k);
                assertEquals(SampledGenotype.draw(space, k).genotype(),
                        GenotypeFiles.resolve(drawn.toString()), "the drawn genotype is the sampler's");
                double sum = 0;
                for (int e = 1; e <= 2; e++) {
                    RunDirectory training = new RunDirectory(grid.resolve(space).resolve("random-" + k + "-train-" + e));
                    double error = 100 * training.readJson(RunDirectory.RESULTS, JsonNode.class).path("test_error")
                            .asDouble();
                    randomErrors.add(error);
                    sum += error;
                }
                randomMeans.add(sum / 2);
            }
            assertEquals(4, row.path("randomTestError").path("n").asInt(), space);
            assertEquals(randomErrors.stream().mapToDouble(Double::doubleValue).average().orElseThrow(),
                    row.path("randomTestError").path("mean").asDouble(), 1e-9, space);
            JsonNode against = row.path("againstRandom");
            assertEquals(2, against.path("searched").asInt());
            assertEquals(2, against.path("random").asInt());
            assertEquals(randomMeans.stream().mapToDouble(Double::doubleValue).average().orElseThrow(),
                    against.path("randomMean").asDouble(), 1e-9, space);
            assertTrue(against.path("verdict").asText().contains("p = "), against.toString());
            JsonNode split = row.path("varianceSplit");
            assertEquals(2, split.path("searches").asInt(), space);
            assertEquals(4, split.path("evaluations").asInt(), space);
            assertTrue(split.path("withinSd").asDouble() >= 0 && split.path("betweenSd").asDouble() >= 0, split.toString());
        }
        List<String> csv = Files.readAllLines(grid.resolve("table9.csv"));
        assertEquals(1 + 3 * (4 + 4), csv.size(), "a row per training, searched and random");
        assertEquals(12, csv.stream().filter(l -> l.endsWith(",random")).count());
        String md = Files.readString(grid.resolve("table9.md"));
        assertTrue(md.contains("| darts-sandglass, random | 8 | "), md);
        assertTrue(md.contains("## Against random genotypes"), md);
        assertTrue(md.contains("## Where the spread comes from"), md);
        assertTrue(md.contains("between searches sd "), md);
        assertTrue(md.contains("| Random baseline | 2 random genotype(s) per space"), md);
    }
}
