package org.jdarts.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jdarts.cifar10.Cifar10;
import org.jdarts.cifar10.Cifar10FormatException;
import org.jdarts.cifar10.Cifar10Reader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code jdarts data check}: validates a CIFAR-10 folder and prints per-class counts. */
@Command(name = "check", header = "Validate a CIFAR-10 folder; per-class counts.",
        mixinStandardHelpOptions = true,
        description = {"Validate a CIFAR-10 folder: every record's size and label, and the files'",
            "SHA-256 against a SHA256SUMS file if the folder has one. Prints per-class counts."},
        footer = {"", "Example: jdarts data check --data ../shared/cifar10"})
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
                throw new Cifar10FormatException(dir.resolve(name) + ": missing, though " + dir.resolve(SUMS)
                        + " lists it");
            }
        }
        Cifar10 cifar = data.read();
        String sums = verify(dir, listed, cifar.checksums());
        PrintWriter out = spec.commandLine().getOut();
        out.printf("CIFAR-10 at %s%n", dir);
        out.printf("  train: %,d images; test: %,d images%n", cifar.train().size(), cifar.test().size());
        out.printf("  %-12s %7s %7s%n", "class", "train", "test");
        int[] train = cifar.train().classCounts();
        int[] test = cifar.test().classCounts();
        for (int c = 0; c < Cifar10.CLASS_NAMES.size(); c++) {
            out.printf("  %d %-10s %7d %7d%n", c, Cifar10.CLASS_NAMES.get(c), train[c], test[c]);
        }
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
                    : Cifar10Reader.sha256(Files.readAllBytes(dir.resolve(e.getKey())));
            if (!e.getValue().equals(actual)) {
                throw new Cifar10FormatException(dir.resolve(e.getKey()) + ": SHA-256 " + actual + " differs from "
                        + e.getValue() + " in " + dir.resolve(SUMS));
            }
        }
        long unlisted = read.keySet().stream().filter(n -> !listed.containsKey(n)).count();
        return "checksums: " + listed.size() + " of " + listed.size() + " listed files match " + SUMS
                + (unlisted == 0 ? "" : "; " + unlisted + " data file(s) not listed");
    }
}
