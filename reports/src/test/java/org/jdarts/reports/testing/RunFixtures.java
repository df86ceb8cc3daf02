package org.jdarts.reports.testing;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdarts.core.genotype.BuiltinGenotypes;
import org.jdarts.core.genotype.Genotype;
import org.jdarts.core.genotype.GenotypeFiles;
import org.jdarts.core.io.Json;
import org.jdarts.core.run.AlphaHistory;
import org.jdarts.core.run.DataShape;
import org.jdarts.core.run.MetricsCsv;
import org.jdarts.core.run.Provenance;
import org.jdarts.core.run.RunDirectory;
import org.jdarts.core.genotype.ArchitectureWeights;

/**
 * Run directories written as jdarts writes them, with known contents: the α of epoch e, edge r,
 * operation c is {@link #alpha}, every epoch's genotype is DARTS_V2.
 */
public final class RunFixtures {

    /** The operations of the {@code darts} space. */
    public static final List<String> DARTS_OPS = List.of("none", "max_pool_3x3", "avg_pool_3x3", "skip_connect",
            "sep_conv_3x3", "sep_conv_5x5", "dil_conv_3x3", "dil_conv_5x5");

    /** The edges of a four-node cell. */
    public static final List<String> EDGES = AlphaHistory.edgeNames(14);

    private RunFixtures() {}

    /**
     * The known α: distinct for every epoch, cell, edge and operation.
     *
     * @param epoch from 1
     * @param reduce whether the reduction cell's
     * @param edge the row
     * @param op the column
     * @return the weight
     */
    public static double alpha(int epoch, boolean reduce, int edge, int op) {
        return (reduce ? 0.5 : 0.1) + 0.001 * (edge * DARTS_OPS.size() + op) + 0.0001 * (epoch - 1);
    }

    /**
     * Writes a search run directory.
     *
     * @param dir the directory
     * @param epochsDone epochs in every per-epoch file
     * @param epochsPlanned the configured epochs (the run is finished if equal)
     * @return the directory
     * @throws IOException if a file cannot be written
     */
    public static Path search(Path dir, int epochsDone, int epochsPlanned) throws IOException {
        Files.createDirectories(dir);
        RunDirectory run = new RunDirectory(dir);
        ObjectNode config = Json.MAPPER.createObjectNode().put("space", "darts").put("preset", "test")
                .put("channels", 4).put("layers", 3).put("epochs", epochsPlanned).put("seed", 7).put("lr", 0.025)
                .put("weightDecay", 3e-4);
        run.writeJson(RunDirectory.CONFIG, config);
        run.writeJson(RunDirectory.PROVENANCE, provenance(epochsDone == epochsPlanned));
        List<Map<String, Double>> rows = new ArrayList<>();
        List<AlphaHistory.Epoch> epochs = new ArrayList<>();
        ArrayNode genotypes = Json.MAPPER.createArrayNode();
        for (int e = 1; e <= epochsDone; e++) {
            Map<String, Double> row = new LinkedHashMap<>();
            row.put("epoch", (double) e);
            row.put("lr", 0.025 / e);
            row.put("train_loss", 2.3 - 0.1 * e);
            row.put("train_acc", 0.1 + 0.05 * e);
            row.put("val_loss", 2.35 - 0.08 * e);
            row.put("val_acc", 0.1 + 0.04 * e);
            row.put("seconds", 10.0 + e);
            rows.add(row);
            double[][] normal = new double[EDGES.size()][DARTS_OPS.size()];
            double[][] reduce = new double[EDGES.size()][DARTS_OPS.size()];
            for (int r = 0; r < EDGES.size(); r++) {
                for (int c = 0; c < DARTS_OPS.size(); c++) {
                    normal[r][c] = alpha(e, false, r, c);
                    reduce[r][c] = alpha(e, true, r, c);
                }
            }
            epochs.add(new AlphaHistory.Epoch(e, new ArchitectureWeights(normal, reduce)));
            genotypes.add(GenotypeFiles.toJson(genotype()));
        }
        run.writeString(RunDirectory.METRICS, MetricsCsv.format(MetricsCsv.SEARCH_COLUMNS, rows));
        run.writeJson(RunDirectory.ALPHAS, new AlphaHistory(DARTS_OPS, EDGES, epochs).toJson());
        run.writeJson(RunDirectory.GENOTYPES, genotypes);
        if (epochsDone == epochsPlanned) {
            run.writeJson(RunDirectory.GENOTYPE, GenotypeFiles.toJson(genotype()));
        }
        return dir;
    }

    /**
     * Writes a training run directory of DARTS_V2.
     *
     * @param dir the directory
     * @param epochs epochs done, all of those planned
     * @return the directory
     * @throws IOException if a file cannot be written
     */
    public static Path training(Path dir, int epochs) throws IOException {
        Files.createDirectories(dir);
        RunDirectory run = new RunDirectory(dir);
        run.writeJson(RunDirectory.CONFIG, Json.MAPPER.createObjectNode().put("genotype", "DARTS_V2")
                .put("preset", "test").put("channels", 4).put("layers", 3).put("epochs", epochs).put("seed", 5));
        run.writeJson(RunDirectory.PROVENANCE, provenance(true));
        List<Map<String, Double>> rows = new ArrayList<>();
        for (int e = 1; e <= epochs; e++) {
            Map<String, Double> row = new LinkedHashMap<>();
            row.put("epoch", (double) e);
            row.put("lr", 0.025 / e);
            row.put("drop_path", 0.2 * e / epochs);
            row.put("train_loss", 2.0 - 0.1 * e);
            row.put("train_acc", 0.3 + 0.05 * e);
            row.put("test_loss", 2.1 - 0.1 * e);
            row.put("test_acc", 0.25 + 0.05 * e);
            row.put("seconds", 100.0);
            rows.add(row);
        }
        run.writeString(RunDirectory.METRICS, MetricsCsv.format(MetricsCsv.TRAINING_COLUMNS, rows));
        run.writeJson(RunDirectory.GENOTYPE, GenotypeFiles.toJson(genotype()));
        run.writeJson(RunDirectory.RESULTS, Json.MAPPER.createObjectNode().put("test_accuracy", 0.4)
                .put("test_error", 0.6).put("test_images", 100).put("parameters", 2858));
        return dir;
    }

    /** Returns the genotype every fixture epoch derives. */
    public static Genotype genotype() {
        return BuiltinGenotypes.DARTS_V2;
    }

    private static Provenance provenance(boolean finished) {
        return new Provenance("jdarts test", "abc123", "0.35.1", "PyTorch 2.7.1", "java", "linux", "host", "cpu", 7,
                "/data", "cifar10", null, true, Map.of("data_batch_1.bin", "00ff"), null, Map.of(),
                List.of("search", "--out", "x"),
                "2026-01-01T00:00:00Z", List.of(), finished ? "2026-01-01T01:00:00Z" : null,
                new DataShape(3, 32, 32, List.of("airplane", "automobile", "bird", "cat", "deer", "dog", "frog", "horse",
                        "ship", "truck")), null, null);
    }
}
