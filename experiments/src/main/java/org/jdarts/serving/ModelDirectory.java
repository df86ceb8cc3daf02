package org.jdarts.serving;

import ai.djl.Device;
import ai.djl.MalformedModelException;
import ai.djl.modality.Classifications;
import ai.djl.repository.zoo.Criteria;
import ai.djl.repository.zoo.ModelNotFoundException;
import ai.djl.repository.zoo.ZooModel;
import com.fasterxml.jackson.core.JacksonException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jdarts.core.io.CorruptFileException;
import org.jdarts.core.io.Json;
import org.jdarts.core.run.RunDirectory;
import org.jdarts.experiments.GenotypeSource;

/**
 * A model directory as {@code jdarts export} writes it: DJL's parameter file
 * ({@value #MODEL_NAME}-0000.params), {@code serving.properties}, {@code synset.txt},
 * {@code model.json} ({@link ModelCard}), the genotype ({@code genotype.json}, and the search
 * space's {@code space.json} when the training had one) and the training's {@code provenance.json}.
 */
public final class ModelDirectory {

    /** The model's name in DJL: the prefix of its parameter file. */
    public static final String MODEL_NAME = "jdarts";
    /** DJL's parameter file (epoch 0). */
    public static final String PARAMETERS = MODEL_NAME + "-0000.params";
    /** What the model is. */
    public static final String CARD = "model.json";
    /** Class names, one per line in output order (DJL's name). */
    public static final String SYNSET = "synset.txt";
    /** DJL's model settings. */
    public static final String SERVING = "serving.properties";
    /** The training run's provenance. */
    public static final String PROVENANCE = RunDirectory.PROVENANCE;

    private final Path path;
    private final ModelCard card;

    private ModelDirectory(Path path, ModelCard card) {
        this.path = path;
        this.card = card;
    }

    /**
     * Opens a model directory.
     *
     * @param path the directory
     * @return it, with its card read
     * @throws IllegalArgumentException if it is not a jdarts model directory
     * @throws IOException if its card cannot be read or is damaged
     */
    public static ModelDirectory open(Path path) throws IOException {
        Path cardFile = path.resolve(CARD);
        if (!Files.isDirectory(path) || !Files.isRegularFile(cardFile)) {
            throw new IllegalArgumentException(path + ": not a jdarts model directory (no " + CARD
                    + "; jdarts export writes one)");
        }
        if (!Files.isRegularFile(path.resolve(PARAMETERS))) {
            throw new CorruptFileException(path.resolve(PARAMETERS), "missing");
        }
        try {
            return new ModelDirectory(path, Json.MAPPER.readValue(cardFile.toFile(), ModelCard.class));
        } catch (JacksonException e) {
            Throwable cause = e.getCause() instanceof IllegalArgumentException ? e.getCause() : e;
            throw new CorruptFileException(cardFile, cause.getMessage().lines().findFirst().orElse("unreadable"));
        }
    }

    /** Returns the directory. */
    public Path path() {
        return path;
    }

    /** Returns what {@code model.json} says. */
    public ModelCard card() {
        return card;
    }

    /**
     * Returns the model's genotype with its operations (the recorded search space's when present,
     * else the registered operations').
     *
     * @return the genotype source
     * @throws IllegalArgumentException if an operation is unknown (a plug-in jar missing from the class path)
     */
    public GenotypeSource genotype() {
        return GenotypeSource.resolve(path.toString());
    }

    /**
     * Loads the model to classify image files exactly as training read them (with
     * {@link ImageClassifierTranslatorFactory}).
     *
     * @param device where it runs
     * @param topK classes each result shows
     * @return the loaded model (close it)
     * @throws IOException if its files cannot be read or are damaged
     */
    public ZooModel<Path, Classifications> loadFileClassifier(Device device, int topK) throws IOException {
        try {
            return Criteria.builder().setTypes(Path.class, Classifications.class).optModelPath(path)
                    .optDevice(device).optEngine("PyTorch").optTranslatorFactory(new ImageClassifierTranslatorFactory())
                    .optArgument("topK", topK).build().loadModel();
        } catch (ModelNotFoundException | MalformedModelException e) {
            throw new CorruptFileException(path.resolve(PARAMETERS), e.getMessage().lines().findFirst().orElse(""));
        }
    }
}
