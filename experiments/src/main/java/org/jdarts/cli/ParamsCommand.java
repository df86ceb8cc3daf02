package org.jdarts.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jdarts.core.run.DataShape;
import org.jdarts.core.run.RunDirectory;
import org.jdarts.experiments.GenotypeSource;
import org.jdarts.experiments.NetworkSize;
import org.jdarts.reports.NetworkCost;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code jdarts params}: parameter count and multiply-adds of a genotype's evaluation network. */
@Command(name = "params", header = "Parameters and multiply-adds of a genotype's network.",
        mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Count the parameters (auxiliary head excluded, as the DARTS reference counts",
            "them) and the multiply-adds per image (convolutions and linear layers) of the",
            "evaluation network a genotype describes, for CIFAR-10's images (3x32x32, 10 classes),",
            "the images a search run recorded, or the shape given."},
        footer = {"", "Examples:",
            "  jdarts params --genotype DARTS_V2 --channels 36 --layers 20",
            "  jdarts params --genotype runs/my-search              # at the shape of the run's images",
            "  jdarts params --genotype DARTS_V2 --image-size 64 --image-channels 1 --classes 5"})
final class ParamsCommand implements Callable<Integer> {

    @Option(names = "--genotype", required = true, paramLabel = "NAME|FILE|RUN_DIR",
            description = "DARTS_V1, DARTS_V2, a JSON or Python-notation file, or a search run directory.")
    String genotype;

    @Option(names = "--channels", paramLabel = "C", defaultValue = "36",
            description = "Initial channels (default: ${DEFAULT-VALUE}).")
    int channels;

    @Option(names = "--layers", paramLabel = "L", defaultValue = "20", description = "Cells (default: ${DEFAULT-VALUE}).")
    int layers;

    @Option(names = "--image-size", paramLabel = "N",
            description = "Images of N x N pixels (default: the run's, else 32).")
    Integer imageSize;

    @Option(names = "--image-channels", paramLabel = "N",
            description = "Image channels: 3 for colour, 1 for grey (default: the run's, else 3).")
    Integer imageChannels;

    @Option(names = "--classes", paramLabel = "N", description = "Classes, at least 2 (default: the run's, else 10).")
    Integer classes;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        requireAtLeast("--image-size", imageSize, 1);
        requireAtLeast("--image-channels", imageChannels, 1);
        requireAtLeast("--classes", classes, 2);
        GenotypeSource source = GenotypeSource.resolve(genotype);
        DataShape shape = shape(recordedShape());
        NetworkCost cost = NetworkSize.count(source, channels, layers, shape);
        PrintWriter out = spec.commandLine().getOut();
        out.println(source.genotype());
        out.printf(Locale.ROOT, "C %d, L %d, %d classes: %,d parameters (%.2fM, auxiliary head excluded), %,d"
                + " multiply-adds per %s image (%.1fM)%n", channels, layers, shape.classes(), cost.parameters(),
                cost.parameters() / 1e6, cost.multiplyAdds(), shape.describe(), cost.multiplyAdds() / 1e6);
        out.flush();
        return 0;
    }

    private static void requireAtLeast(String flag, Integer value, int least) {
        if (value != null && value < least) {
            throw new UsageException(flag + " must be at least " + least + ", got " + value);
        }
    }

    /** The shape a search run directory recorded, or CIFAR-10's for anything else. */
    private DataShape recordedShape() throws IOException {
        Path dir = Path.of(genotype);
        if (Files.isDirectory(dir)) {
            DataShape recorded = new RunDirectory(dir).readProvenance().dataShape();
            if (recorded != null) {
                return recorded;
            }
        }
        return NetworkSize.CIFAR10;
    }

    /** The shape with the options given in place of its values. */
    private DataShape shape(DataShape base) {
        int side = imageSize == null ? base.height() : imageSize;
        List<String> names = base.classNames();
        if (classes != null && classes != names.size()) {
            names = new ArrayList<>();
            for (int i = 0; i < classes; i++) {
                names.add("class" + i);
            }
        }
        return new DataShape(imageChannels == null ? base.channels() : imageChannels, side,
                imageSize == null ? base.width() : side, names);
    }
}
