package org.jdarts.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jdarts.data.DataFormatException;
import org.jdarts.data.ImageData;
import org.jdarts.data.Sha256Sums;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code jdarts data check} (or {@code info}): validates a data folder and prints what it holds. */
@Command(name = "check", aliases = "info", header = "Validate a data folder; per-class counts (alias: info).",
        mixinStandardHelpOptions = true,
        description = {"Validate a data folder with its data source (every record's size and label),",
            "and the files' SHA-256 against a SHA256SUMS file if the folder has one. Prints the",
            "image shape, per-class counts and the normalisation."},
        footer = {"", "Examples:", "  jdarts data check --data ../shared/cifar10",
            "  jdarts data check --data fashion-mnist:/usr/share/datasets/fashion-mnist"})
final class DataCheckCommand implements Callable<Integer> {

    @Mixin
    DataOptions data;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Path dir = data.dir();
        for (String name : Sha256Sums.listed(dir).keySet()) {
            if (!Files.isRegularFile(dir.resolve(name))) {
                throw new DataFormatException(dir.resolve(name) + ": missing, though " + dir.resolve(Sha256Sums.FILE)
                        + " lists it");
            }
        }
        ImageData images = data.read();
        String sums = "checksums: " + Sha256Sums.verify(dir, images.checksums()).map(Sha256Sums.Verified::describe)
                .orElse("no " + Sha256Sums.FILE + " file; not verified");
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%s at %s%n", images.source(), dir);
        out.printf(Locale.ROOT, "  train: %,d images; test: %,d images; %s; %d classes%n", images.train().size(),
                images.test().size(), images.shape(), images.classes());
        int width = Math.max(10, images.classNames().stream().mapToInt(String::length).max().orElse(0));
        out.printf("  %-" + (width + 2) + "s %7s %7s%n", "class", "train", "test");
        int[] train = images.train().classCounts();
        int[] test = images.test().classCounts();
        for (int c = 0; c < images.classes(); c++) {
            out.printf("  %d %-" + width + "s %7d %7d%n", c, images.classNames().get(c), train[c], test[c]);
        }
        out.println("  normalisation: " + images.normalization());
        images.notes().forEach(note -> out.println("  note: " + note));
        out.println("  " + sums);
        out.flush();
        return 0;
    }
}
