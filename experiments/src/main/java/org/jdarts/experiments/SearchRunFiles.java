package org.jdarts.experiments;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jdarts.cli.AtomicFiles;
import org.jdarts.core.genotype.GenotypeFiles;
import org.jdarts.core.search.EpochResult;

/**
 * The files of a search run directory, each rewritten atomically after every epoch:
 * {@code config.json}, {@code provenance.json}, {@code metrics.csv}, {@code alphas.json} (softmax α
 * of every edge after every epoch), {@code genotypes.json} (the genotype after every epoch),
 * {@code checkpoint.bin}, and once finished {@code genotype.json} and {@code genotype.txt}.
 */
public final class SearchRunFiles {

    /** Resolved configuration. */
    public static final String CONFIG = "config.json";
    /** Versions, machine, data checksums, command line, times. */
    public static final String PROVENANCE = "provenance.json";
    /** One row per epoch. */
    public static final String METRICS = "metrics.csv";
    /** Softmax α per epoch. */
    public static final String ALPHAS = "alphas.json";
    /** Genotype per epoch. */
    public static final String GENOTYPES = "genotypes.json";
    /** The final genotype (JSON). */
    public static final String GENOTYPE = GenotypeFiles.RUN_GENOTYPE;
    /** The final genotype in Python notation. */
    public static final String GENOTYPE_TEXT = "genotype.txt";
    /** The last epoch's checkpoint. */
    public static final String CHECKPOINT = "checkpoint.bin";

    static final String METRICS_HEADER = "epoch,lr,train_loss,train_acc,val_loss,val_acc,seconds";

    private final Path dir;
    private final List<String> metricRows = new ArrayList<>();
    private final ArrayNode alphaEpochs = AtomicFiles.JSON.createArrayNode();
    private final ArrayNode genotypeEpochs = AtomicFiles.JSON.createArrayNode();
    private final List<String> operations;

    /**
     * Opens a run directory's files.
     *
     * @param dir the run directory
     * @param operations the search space's operation names (α's columns)
     */
    public SearchRunFiles(Path dir, List<String> operations) {
        this.dir = dir;
        this.operations = List.copyOf(operations);
    }

    /** Returns a file of the run. */
    public Path file(String name) {
        return dir.resolve(name);
    }

    /**
     * Reloads the per-epoch records of the first {@code epochs} epochs (on resume), dropping any
     * written after the checkpoint.
     *
     * @param epochs epochs the checkpoint holds
     * @throws IOException if the files cannot be read
     */
    public void reload(int epochs) throws IOException {
        metricRows.addAll(RunDirectories.metricRowsUpTo(file(METRICS), epochs));
        copyFirst(file(ALPHAS), "epochs", epochs, alphaEpochs);
        copyFirst(file(GENOTYPES), null, epochs, genotypeEpochs);
    }

    private static void copyFirst(Path file, String field, int epochs, ArrayNode into) throws IOException {
        if (!Files.exists(file)) {
            return;
        }
        JsonNode root = AtomicFiles.JSON.readTree(file.toFile());
        JsonNode list = field == null ? root : root.path(field);
        for (JsonNode e : list) {
            if (e.path("epoch").asInt() <= epochs) {
                into.add(e);
            }
        }
    }

    /**
     * Records an epoch: metrics row, α and genotype, each file rewritten atomically.
     *
     * @param r the epoch's result
     * @throws IOException if a file cannot be written
     */
    public void record(EpochResult r) throws IOException {
        int epoch = r.epoch() + 1;
        metricRows.add(String.format(Locale.ROOT, "%d,%.6g,%.6f,%.6f,%.6f,%.6f,%.1f", epoch, r.lr(), r.trainLoss(),
                r.trainAccuracy(), r.valLoss(), r.valAccuracy(), r.seconds()));
        AtomicFiles.writeString(file(METRICS), METRICS_HEADER + "\n" + String.join("\n", metricRows) + "\n");

        ObjectNode alphas = AtomicFiles.JSON.createObjectNode();
        alphas.put("epoch", epoch);
        alphas.set("normal", AtomicFiles.JSON.valueToTree(r.normalWeights()));
        alphas.set("reduce", AtomicFiles.JSON.valueToTree(r.reduceWeights()));
        alphaEpochs.add(alphas);
        ObjectNode alphaFile = AtomicFiles.JSON.createObjectNode();
        alphaFile.set("operations", AtomicFiles.JSON.valueToTree(operations));
        alphaFile.set("edges", AtomicFiles.JSON.valueToTree(edgeNames(r.normalWeights().length)));
        alphaFile.put("weights", "softmax over operations, per edge");
        alphaFile.set("epochs", alphaEpochs);
        AtomicFiles.writeJson(file(ALPHAS), alphaFile);

        ObjectNode genotype = GenotypeFiles.toJson(r.genotype());
        genotype.put("epoch", epoch);
        genotypeEpochs.add(genotype);
        AtomicFiles.writeJson(file(GENOTYPES), genotypeEpochs);
    }

    /** Names edges as the reference orders them: "2<-0", "2<-1", "3<-0", … */
    static List<String> edgeNames(int edges) {
        List<String> names = new ArrayList<>();
        for (int node = 2; names.size() < edges; node++) {
            for (int j = 0; j < node && names.size() < edges; j++) {
                names.add(node + "<-" + j);
            }
        }
        return names;
    }
}
