package org.jdarts.serving;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.index.NDIndex;
import org.jdarts.core.eval.EvalNetwork;
import org.jdarts.core.network.CellNetwork;
import org.jdarts.core.io.AtomicFiles;
import org.jdarts.core.run.ResultField;
import org.jdarts.core.run.RunDirectory;
import org.jdarts.data.Checksums;
import org.jdarts.data.ImageData;
import org.jdarts.data.Normalization;
import org.jdarts.experiments.BuildInfo;
import org.jdarts.experiments.TrainedRun;

/**
 * Writes a finished training's network as a DJL model directory ({@link ModelDirectory}): the
 * evaluation network without its auxiliary head, behind the data's normalisation, with everything
 * a program needs to load and use it. The directory appears whole or not at all: it is written
 * beside its destination and renamed into place.
 */
public final class ModelExporter {

    private ModelExporter() {}

    /**
     * Exports a training run.
     *
     * @param run the finished training
     * @param images the run's data (its shape, classes and normalisation)
     * @param out the model directory to create (must not exist, or be an empty directory)
     * @param device where the network is rebuilt
     * @return the exported model's card
     * @throws IllegalArgumentException if the training has not finished, or {@code out} is not empty
     * @throws IOException if the checkpoint is damaged or a file cannot be written
     */
    public static ModelCard export(TrainedRun run, ImageData images, Path out, Device device) throws IOException {
        Path target = out.toAbsolutePath().normalize();
        requireFree(target);
        Path temporary = target.resolveSibling("." + target.getFileName() + ".export-" + UUID.randomUUID()
                + AtomicFiles.TEMP_SUFFIX);
        try (NDManager manager = NDManager.newBaseManager(device)) {
            TrainedRun.Restored restored = run.restore(manager, images);
            if (!restored.finished(run.config())) {
                throw new IllegalArgumentException(run.dir().path() + ": unfinished training (" + restored.epochsDone()
                        + " of " + run.config().epochs() + " epochs); finish it first: jdarts train --resume "
                        + run.dir().path());
            }
            ModelCard card = card(run, images, restored);
            NormalizedNetwork block = card.newBlock(run.genotype());
            block.initialize(manager, DataType.FLOAT32, card.input().batch(1));
            copyParameters(restored.network(), (EvalNetwork) block.network());
            Files.createDirectories(temporary);
            saveParameters(block, temporary, device);
            writeDescription(run, card, temporary);
            if (Files.isDirectory(target)) {
                Files.delete(target); // empty: checked above
            }
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            return card;
        } finally {
            AtomicFiles.deleteTree(temporary);
        }
    }

    /**
     * Writes a network's parameters as the model directory's DJL parameter file
     * ({@value ModelDirectory#PARAMETERS}), with no model properties but its epoch (0): the same
     * network always gives the same bytes.
     *
     * @param block an initialised network, such as one DJL loaded from a model directory
     * @param dir the directory to write to
     * @param device the device of the model that writes it
     * @throws IOException if it cannot be written
     */
    public static void saveParameters(Block block, Path dir, Device device) throws IOException {
        try (Model model = Model.newInstance(ModelDirectory.MODEL_NAME, device)) {
            model.setBlock(block);
            model.setProperty("Epoch", "0");
            model.save(dir, ModelDirectory.MODEL_NAME);
        }
    }

    private static void requireFree(Path target) throws IOException {
        if (Files.isRegularFile(target)) {
            throw new IllegalArgumentException(target + " is a file; give a directory to create");
        }
        if (Files.isDirectory(target)) {
            try (var entries = Files.list(target)) {
                if (entries.findAny().isPresent()) {
                    throw new IllegalArgumentException(target + " exists and is not empty; give a new directory");
                }
            }
        }
    }

    private static ModelCard card(TrainedRun run, ImageData images, TrainedRun.Restored restored) throws IOException {
        EvalNetwork trained = restored.network();
        Normalization n = images.normalization();
        ModelCard.Network network = new ModelCard.Network(trained.shape().channels(), trained.shape().layers(),
                trained.shape().classes(), trained.parameterCount());
        ModelCard.Input input = new ModelCard.Input(images.shape().channels(), images.shape().height(),
                images.shape().width(), n.mean(), n.std(), images.classNames());
        Double accuracy = null;
        if (run.dir().has(RunDirectory.RESULTS)) {
            Object value = run.dir().readJson(RunDirectory.RESULTS, Map.class).get(ResultField.TEST_ACCURACY.key());
            accuracy = value instanceof Number number ? number.doubleValue() : null;
        }
        ModelCard.Origin origin = new ModelCard.Origin(run.dir().path().toAbsolutePath().toString(),
                restored.epochsDone(), Checksums.sha256(run.checkpoint()), accuracy, Instant.now().toString(),
                BuildInfo.version(), BuildInfo.djlVersion(), BuildInfo.pytorchVersion());
        return new ModelCard(ModelCard.FORMAT, network, input, origin);
    }

    /**
     * Copies every parameter of the inference network from the trained one: the same parameters in
     * the same order once the auxiliary head's are left out (DJL's names number the children, so
     * the classifier's names differ by the head's place).
     */
    private static void copyParameters(EvalNetwork from, EvalNetwork to) {
        List<Parameter> source = new ArrayList<>();
        for (Pair<String, Parameter> p : from.getParameters()) {
            if (!p.getKey().contains(CellNetwork.AUXILIARY)) {
                source.add(p.getValue());
            }
        }
        List<Parameter> target = new ArrayList<>();
        to.getParameters().forEach(p -> target.add(p.getValue()));
        if (source.size() != target.size()) {
            throw new IllegalStateException("the trained network has " + source.size() + " parameters outside its"
                    + " auxiliary head, the exported one " + target.size());
        }
        for (int i = 0; i < source.size(); i++) {
            NDArray s = source.get(i).getArray();
            NDArray t = target.get(i).getArray();
            if (!s.getShape().equals(t.getShape())) {
                throw new IllegalStateException("parameter " + target.get(i).getName() + ": trained shape "
                        + s.getShape() + ", exported " + t.getShape());
            }
            t.set(new NDIndex(":"), s);
        }
    }

    private static void writeDescription(TrainedRun run, ModelCard card, Path dir) throws IOException {
        Files.write(dir.resolve(ModelDirectory.CARD), AtomicFiles.toJson(card));
        Files.writeString(dir.resolve(ModelDirectory.SYNSET),
                String.join("\n", card.input().classNames()) + "\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(ModelDirectory.SERVING), servingProperties(card.input()),
                StandardCharsets.UTF_8);
        for (String name : List.of(RunDirectory.GENOTYPE, RunDirectory.SPACE, RunDirectory.PROVENANCE)) {
            if (run.dir().has(name)) {
                Files.copy(run.dir().file(name), dir.resolve(name));
            }
        }
    }

    private static String servingProperties(ModelCard.Input input) {
        return String.format(Locale.ROOT, """
                # A jdarts model: load it with DJL's Criteria.optModelPath(this directory), jdarts' jars on the class path.
                engine=PyTorch
                option.modelName=%s
                blockFactory=%s
                translatorFactory=%s
                # DJL's own image classification translator, which Criteria uses when no translator factory is
                # given to it: the network normalises its [0, 1] input itself, as training did.
                width=%d
                height=%d
                resize=true
                flag=%s
                applySoftmax=true
                """, ModelDirectory.MODEL_NAME, JdartsBlockFactory.class.getName(),
                ImageClassifierTranslatorFactory.class.getName(), input.width(), input.height(),
                input.channels() == 1 ? "GRAYSCALE" : "COLOR");
    }
}
