package org.jdarts.core.run;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jdarts.core.checkpoint.Checkpoint;
import org.jdarts.core.checkpoint.CheckpointHeader;
import org.jdarts.core.genotype.Genotype;
import org.jdarts.core.genotype.GenotypeFiles;
import org.jdarts.core.io.AtomicFiles;
import org.jdarts.core.io.CorruptFileException;
import org.jdarts.core.io.Json;

/**
 * A search or training run directory: the one place that names its files and knows their formats.
 * Every write is atomic ({@link AtomicFiles}).
 *
 * <table>
 * <caption>Files</caption>
 * <tr><th>file</th><th>kind</th><th>content</th></tr>
 * <tr><td>{@value #CONFIG}</td><td>both</td><td>the resolved configuration</td></tr>
 * <tr><td>{@value #PROVENANCE}</td><td>both</td><td>{@link Provenance}</td></tr>
 * <tr><td>{@value #SPACE}</td><td>both</td><td>the search space (training: when the genotype came from a search)</td></tr>
 * <tr><td>{@value #METRICS}</td><td>both</td><td>one row per epoch ({@link MetricsCsv}; see {@link EpochFiles})</td></tr>
 * <tr><td>{@value #CHECKPOINT}</td><td>both</td><td>the last epoch's {@link Checkpoint}, with the {@link Journal}</td></tr>
 * <tr><td>{@value #ALPHAS}</td><td>search</td><td>softmax α of every edge after every epoch</td></tr>
 * <tr><td>{@value #GENOTYPES}</td><td>search</td><td>the genotype after every epoch</td></tr>
 * <tr><td>{@value #GENOTYPE}</td><td>both</td><td>search: the final genotype; training: the genotype trained</td></tr>
 * <tr><td>{@value #GENOTYPE_TEXT}</td><td>search</td><td>the final genotype in Python notation</td></tr>
 * <tr><td>{@value #RESULTS}</td><td>training</td><td>test accuracy and error, parameters, multiply-adds</td></tr>
 * <tr><td>{@value #REPORT}/</td><td>both</td><td>the report, derived from the files above</td></tr>
 * </table>
 */
public final class RunDirectory {

    /** The resolved configuration. */
    public static final String CONFIG = "config.json";
    /** Versions, machine, data checksums, command lines, times. */
    public static final String PROVENANCE = "provenance.json";
    /** The search space with its parameter values. */
    public static final String SPACE = "space.json";
    /** One row per epoch. */
    public static final String METRICS = "metrics.csv";
    /** The last finished epoch's state. */
    public static final String CHECKPOINT = "checkpoint.bin";
    /** Softmax α per epoch (searches). */
    public static final String ALPHAS = "alphas.json";
    /** Genotype per epoch (searches). */
    public static final String GENOTYPES = "genotypes.json";
    /** The final genotype of a search, or the genotype a training run trains. */
    public static final String GENOTYPE = GenotypeFiles.RUN_GENOTYPE;
    /** The final genotype in Python notation (searches). */
    public static final String GENOTYPE_TEXT = "genotype.txt";
    /** Final test results (training runs). */
    public static final String RESULTS = "results.json";
    /** A search's collapse monitors, one row per epoch. */
    public static final String MONITORS = "monitors.csv";
    /** The folder of the run's report (charts, cell drawings, HTML and Markdown), rewritten from the other files. */
    public static final String REPORT = "report";

    private static final List<String> SEARCH_FILES = List.of(CONFIG, PROVENANCE, SPACE, METRICS, CHECKPOINT, ALPHAS,
            GENOTYPES, MONITORS, GENOTYPE, GENOTYPE_TEXT);
    private static final List<String> TRAINING_FILES = List.of(CONFIG, PROVENANCE, SPACE, METRICS, CHECKPOINT,
            GENOTYPE, RESULTS);

    private final Path dir;

    /**
     * Opens a run directory (which need not exist yet).
     *
     * @param dir the directory
     */
    public RunDirectory(Path dir) {
        this.dir = dir;
    }

    /** Returns the directory. */
    public Path path() {
        return dir;
    }

    /** Returns a file of the run. */
    public Path file(String name) {
        return dir.resolve(name);
    }

    /** Returns whether the run has that file. */
    public boolean has(String name) {
        return Files.isRegularFile(file(name));
    }

    /** Returns every file a run of that kind writes. */
    public static List<String> files(RunKind kind) {
        return kind == RunKind.SEARCH ? SEARCH_FILES : TRAINING_FILES;
    }

    /**
     * Tells what kind of run the directory holds, from its configuration.
     *
     * @return search or training
     * @throws IllegalArgumentException if it has no readable {@value #CONFIG}
     */
    public RunKind kind() {
        JsonNode config = readConfig();
        if (config.has("space")) {
            return RunKind.SEARCH;
        }
        if (config.has("genotype")) {
            return RunKind.TRAINING;
        }
        throw new IllegalArgumentException(file(CONFIG) + ": neither a search nor a training configuration");
    }

    /** Returns the configuration as JSON. */
    public JsonNode readConfig() {
        return readConfig(JsonNode.class);
    }

    /**
     * Reads the configuration.
     *
     * @param type the configuration record
     * @param <C> its type
     * @return the configuration
     * @throws IllegalArgumentException if there is none or it cannot be read as {@code type}
     */
    public <C> C readConfig(Class<C> type) {
        Path file = file(CONFIG);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(dir + ": no " + CONFIG + " (not a jdarts run directory)");
        }
        try {
            return Json.MAPPER.readValue(file.toFile(), type);
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": not a valid configuration: "
                    + e.getMessage().lines().findFirst().orElse(""), e);
        }
    }

    /** Returns the provenance. */
    public Provenance readProvenance() throws IOException {
        return readJson(PROVENANCE, Provenance.class);
    }

    /** Returns the metrics table. */
    public MetricsCsv.Table readMetrics() throws IOException {
        return MetricsCsv.read(file(METRICS));
    }

    /** Returns the final genotype (searches) or the genotype trained (training runs). */
    public Genotype readGenotype() throws IOException {
        return GenotypeFiles.fromJson(readJson(GENOTYPE, JsonNode.class));
    }

    /** Returns the verified header (epochs done, journal) of the checkpoint. */
    public CheckpointHeader readCheckpointHeader() throws IOException {
        return CheckpointHeader.read(file(CHECKPOINT));
    }

    /**
     * Reads a JSON file of the run.
     *
     * @param name the file
     * @param type what to read it as
     * @param <T> its type
     * @return the value
     * @throws CorruptFileException if it is not valid JSON of that type
     * @throws IOException if it cannot be read
     */
    public <T> T readJson(String name, Class<T> type) throws IOException {
        try {
            return Json.MAPPER.readValue(file(name).toFile(), type);
        } catch (JacksonException e) {
            throw new CorruptFileException(file(name), e.getOriginalMessage());
        }
    }

    /** Writes a JSON file of the run, atomically. */
    public void writeJson(String name, Object value) throws IOException {
        AtomicFiles.writeJson(file(name), value);
    }

    /** Writes a text file of the run, atomically. */
    public void writeString(String name, String text) throws IOException {
        AtomicFiles.writeString(file(name), text);
    }

    /** Returns the α history of a search ({@value #ALPHAS}). */
    public AlphaHistory readAlphas() throws IOException {
        return AlphaHistory.fromJson(readJson(ALPHAS, JsonNode.class));
    }

    @Override
    public String toString() {
        return dir.toString();
    }
}
