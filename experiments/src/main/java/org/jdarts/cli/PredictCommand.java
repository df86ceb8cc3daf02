package org.jdarts.cli;

import ai.djl.inference.Predictor;
import ai.djl.modality.Classifications;
import ai.djl.repository.zoo.ZooModel;
import ai.djl.translate.TranslateException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jdarts.core.io.AtomicFiles;
import org.jdarts.core.io.Json;
import org.jdarts.experiments.TrainedRun;
import org.jdarts.serving.ModelDirectory;
import org.jdarts.serving.ModelExporter;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code jdarts predict}: classifies image files with an exported model or a training run. */
@Command(name = "predict", header = "Classify image files with a trained network.",
        mixinStandardHelpOptions = true,
        description = {"Print the top classes of each image, one line per image, with their probabilities.",
            "Images of any size and colour mode are resized and normalised as the network's",
            "training data was. Folders are searched for .png, .jpg, .jpeg, .bmp and .gif files.",
            "When every image lies in a folder named after one of the classes (as in an image",
            "folder's test part), the accuracy is printed at the end (on stderr).",
            "Unreadable images are reported on stderr and skipped."},
        footer = {"", "Examples: jdarts predict --model models/v2 photo.jpg",
            "          jdarts predict --run runs/v2 --top 1 --format csv test-images/ > predictions.csv"})
final class PredictCommand implements Callable<Integer> {

    /** The data flags, which only --run uses. */
    private static final Set<String> DATA_FLAGS = Set.of("--data", "--allow-partial",
            "--image-size", "--test-portion", "--skip-unreadable", "--labels");

    /** Output formats. */
    enum Format { text, json, csv }

    static final class Source {
        @Option(names = "--model", paramLabel = "DIR", description = "A model directory (jdarts export).")
        Path model;

        @Option(names = "--run", paramLabel = "DIR",
                description = "A finished training run (exported to a temporary model first; reads its data).")
        Path run;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    @Parameters(paramLabel = "IMAGE|DIR", arity = "1..*", description = "Image files and folders of them.")
    List<Path> images;

    @Option(names = "--top", paramLabel = "K", defaultValue = "3",
            description = "Classes per image (default: ${DEFAULT-VALUE}).")
    int top;

    @Option(names = "--format", paramLabel = "text|json|csv", defaultValue = "text",
            description = "text: FILE  CLASS P  CLASS P ...; json: one object per line; csv: a header, then"
                    + " file,class_1,probability_1,... (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "64",
            description = "Images per forward pass (default: ${DEFAULT-VALUE}).")
    int batch;

    @Mixin
    TrainedRunArgument trainedRun;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (top < 1) {
            throw new UsageException("--top " + top + ": give at least 1");
        }
        if (batch < 1) {
            throw new UsageException("--batch " + batch + ": give at least 1");
        }
        List<Path> files = ImageFiles.list("IMAGE", images);
        if (source.model != null) {
            for (CommandLine.Model.OptionSpec o : spec.commandLine().getParseResult().matchedOptions()) {
                if (DATA_FLAGS.contains(o.longestName())) {
                    throw new UsageException(o.longestName() + " reads a training run's data; a model directory"
                            + " carries its input size and normalisation (use it with --run)");
                }
            }
            return predict(openModel(source.model), files);
        }
        Path temporary = Files.createTempDirectory("jdarts-predict");
        try {
            TrainedRun trained = trainedRun.open(source.run, "predict needs a trained network");
            Path model = temporary.resolve("model");
            try {
                ModelExporter.export(trained, trainedRun.images(trained),
                        model, trainedRun.device());
            } catch (IllegalArgumentException e) {
                throw new UsageException("--run " + e.getMessage());
            }
            return predict(ModelDirectory.open(model), files);
        } finally {
            AtomicFiles.deleteTree(temporary);
        }
    }

    private static ModelDirectory openModel(Path dir) throws IOException {
        try {
            return ModelDirectory.open(dir);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--model " + e.getMessage());
        }
    }

    private int predict(ModelDirectory dir, List<Path> files) throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<String> classes = dir.card().input().classNames();
        int k = Math.min(top, classes.size());
        if (format == Format.csv) {
            StringBuilder header = new StringBuilder("file");
            for (int r = 1; r <= k; r++) {
                header.append(",class_").append(r).append(",probability_").append(r);
            }
            out.println(header);
        }
        ProgressBar bar = files.size() > batch ? new ProgressBar(err, "predict", files.size(), 0) : null;
        int done = 0;
        int failed = 0;
        int labelled = 0;
        int correct = 0;
        try (ZooModel<Path, Classifications> model = dir.loadFileClassifier(trainedRun.device(), k);
                Predictor<Path, Classifications> predictor = model.newPredictor()) {
            for (int from = 0; from < files.size(); from += batch) {
                List<Path> part = files.subList(from, Math.min(files.size(), from + batch));
                List<Classifications> results = classify(predictor, part, err);
                for (int i = 0; i < part.size(); i++) {
                    Classifications c = results.get(i);
                    if (c == null) {
                        failed++;
                        continue;
                    }
                    List<Classifications.Classification> best = c.topK(k);
                    out.println(line(part.get(i), best));
                    Path folder = part.get(i).toAbsolutePath().getParent();
                    String label = folder == null || folder.getFileName() == null ? null : folder.getFileName().toString();
                    if (label != null && classes.contains(label)) {
                        labelled++;
                        correct += best.get(0).getClassName().equals(label) ? 1 : 0;
                    }
                }
                done += part.size();
                out.flush();
                if (bar != null) {
                    bar.update(done, done, labelled == 0 ? "" : String.format(Locale.ROOT, "acc %.1f%%",
                            100.0 * correct / labelled));
                }
            }
        }
        if (bar != null) {
            bar.finish();
        }
        int classified = files.size() - failed;
        if (labelled > 0 && labelled == classified) {
            err.printf(Locale.ROOT, "accuracy %.2f%% (%d of %d images; labels from their folders' names)%n",
                    100.0 * correct / labelled, correct, labelled);
        }
        if (failed > 0) {
            err.printf(Locale.ROOT, "%d of %d images could not be read (skipped)%n", failed, files.size());
        }
        err.flush();
        if (classified == 0) {
            throw new UsageException("IMAGE: none of the " + files.size() + " files could be read as an image");
        }
        return 0;
    }

    /** Classifies a batch; if one image fails, classifies them one by one and reports the unreadable ones. */
    private static List<Classifications> classify(Predictor<Path, Classifications> predictor, List<Path> part,
            PrintWriter err) {
        try {
            return predictor.batchPredict(part);
        } catch (TranslateException batchFailed) {
            List<Classifications> results = new ArrayList<>();
            for (Path file : part) {
                try {
                    results.add(predictor.predict(file));
                } catch (TranslateException e) {
                    err.println("jdarts predict: " + file + ": " + rootMessage(e) + " (skipped)");
                    results.add(null);
                }
            }
            return results;
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage().lines().findFirst().orElse("");
    }

    private String line(Path file, List<Classifications.Classification> best) {
        switch (format) {
            case json -> {
                ObjectNode node = Json.MAPPER.createObjectNode();
                node.put("file", file.toString());
                ArrayNode classes = node.putArray("classes");
                for (Classifications.Classification c : best) {
                    classes.addObject().put("class", c.getClassName()).put("probability", c.getProbability());
                }
                return node.toString();
            }
            case csv -> {
                StringBuilder row = new StringBuilder(csv(file.toString()));
                for (Classifications.Classification c : best) {
                    row.append(',').append(csv(c.getClassName())).append(',')
                            .append(String.format(Locale.ROOT, "%.6f", c.getProbability()));
                }
                return row.toString();
            }
            default -> {
                StringBuilder text = new StringBuilder(file.toString());
                for (Classifications.Classification c : best) {
                    text.append(String.format(Locale.ROOT, "  %s %.4f", c.getClassName(), c.getProbability()));
                }
                return text.toString();
            }
        }
    }

    private static String csv(String value) {
        return value.contains(",") || value.contains("\"") || value.contains("\n")
                ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
