package org.jdarts.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jdarts.data.Checksums;
import org.jdarts.data.DataFormatException;
import org.jdarts.data.ImageData;
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
        Map<String, String> listed = listedChecksums(dir);
        for (String name : listed.keySet()) {
            if (!Files.isRegularFile(dir.resolve(name))) {
                throw new DataFormatException(dir.resolve(name) + ": missing, though " + dir.resolve(SUMS)
                        + " lists it");
            }
        }
        ImageData images = data.read();
        String sums = verify(dir, listed, images.checksums());
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

    private static final String SUMS = "SHA256SUMS";

    /** Returns file name to SHA-256 as the folder's SHA256SUMS lists them (none without the file). */
    private static Map<String, String> listedChecksums(Path dir) throws IOException {
        Map<String, String> expected = new LinkedHashMap<>();
        Path sumsFile = dir.resolve(SUMS);
        if (Files.isRegularFile(sumsFile)) {
            for (String line : Files.readAllLines(sumsFile)) {
                String[] parts = line.trim().split("\\s+\\*?", 2);
                if (parts.length == 2) {
                    expected.put(Path.of(parts[1]).getFileName().toString(), parts[0].toLowerCase(Locale.ROOT));
                }
            }
        }
        return expected;
    }

    /** Checks every listed file: the data files by the checksums of their read, the others by hashing them. */
    private static String verify(Path dir, Map<String, String> listed, Map<String, String> read) throws IOException {
        if (listed.isEmpty()) {
            return "checksums: no " + SUMS + " file; not verified";
        }
        for (Map.Entry<String, String> e : listed.entrySet()) {
            String actual = read.containsKey(e.getKey()) ? read.get(e.getKey())
                    : Checksums.sha256(Files.readAllBytes(dir.resolve(e.getKey())));
            if (!e.getValue().equals(actual)) {
                throw new DataFormatException(dir.resolve(e.getKey()) + ": SHA-256 " + actual + " differs from "
                        + e.getValue() + " in " + dir.resolve(SUMS));
            }
        }
        long unlisted = read.keySet().stream().filter(n -> !listed.containsKey(n)).count();
        return "checksums: " + listed.size() + " of " + listed.size() + " listed files match " + SUMS
                + (unlisted == 0 ? "" : "; " + unlisted + " data file(s) not listed");
    }
}
