package org.jdarts.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jdarts.data.ImageData;
import org.jdarts.experiments.TrainedRun;
import org.jdarts.serving.ModelCard;
import org.jdarts.serving.ModelExporter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code jdarts export}: a finished training's network as a DJL model directory. */
@Command(name = "export", header = "Write a trained network as a DJL model directory.",
        mixinStandardHelpOptions = true,
        description = {"Write the network of a finished training run (without its auxiliary head, behind",
            "the data's normalisation) as a model directory that DJL's Criteria loads with",
            "optModelPath(DIR) when jdarts' jars are on the class path: DJL parameters, genotype,",
            "model.json (shape, input size and normalisation, origin), synset.txt (class names),",
            "serving.properties and the run's provenance. The run's data is read once for its",
            "normalisation and class names (--data if it moved)."},
        footer = {"", "Example: jdarts export --run runs/v2 --out models/v2",
            "Then:    jdarts predict --model models/v2 photo.jpg"})
final class ExportCommand implements Callable<Integer> {

    @Option(names = "--run", required = true, paramLabel = "DIR", description = "A finished training run directory.")
    Path run;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "The model directory to create (new, or an empty directory).")
    Path out;

    @Mixin
    TrainedRunArgument trainedRun;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        TrainedRun trained = trainedRun.open(run, "export needs a trained network");
        ImageData images = trainedRun.images(trained);
        ModelCard card;
        try {
            card = ModelExporter.export(trained, images, out, trainedRun.device());
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage().startsWith(out.toAbsolutePath().normalize().toString())
                    ? "--out " + e.getMessage() : "--run " + e.getMessage());
        }
        PrintWriter pw = spec.commandLine().getOut();
        pw.printf(Locale.ROOT, "exported %s (%d epoch%s%s) to %s: %s images %dx%dx%d, %d classes, %,d parameters%n",
                trained.dir().path(), card.origin().epochs(), card.origin().epochs() == 1 ? "" : "s",
                card.origin().testAccuracy() == null ? ""
                        : String.format(Locale.ROOT, ", test accuracy %.2f%%", 100 * card.origin().testAccuracy()),
                out, card.input().channels() == 1 ? "grayscale" : "RGB", card.input().channels(),
                card.input().height(), card.input().width(), card.network().classes(),
                card.network().parameters());
        pw.printf("use it: jdarts predict --model %s IMAGE...; in Java, DJL's Criteria with optModelPath(\"%s\")%n",
                out, out);
        pw.flush();
        return 0;
    }
}
