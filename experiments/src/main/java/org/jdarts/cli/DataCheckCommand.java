package org.jdarts.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jdarts.cifar10.Cifar10;
import org.jdarts.cifar10.Cifar10FormatException;
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
        Cifar10 cifar = data.read();
        String sums = verifyChecksums(dir, cifar.checksums());
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

    /** Compares the read files with the folder's SHA256SUMS, if any. */
    private static String verifyChecksums(Path dir, Map<String, String> actual) throws IOException {
        Path sumsFile = dir.resolve("SHA256SUMS");
        if (!Files.isRegularFile(sumsFile)) {
            return "checksums: no SHA256SUMS file; not verified";
        }
        Map<String, String> expected = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(sumsFile);
        for (String line : lines) {
            String[] parts = line.trim().split("\\s+\\*?", 2);
            if (parts.length == 2) {
                expected.put(Path.of(parts[1]).getFileName().toString(), parts[0].toLowerCase());
            }
        }
        int checked = 0;
        for (Map.Entry<String, String> e : actual.entrySet()) {
            String want = expected.get(e.getKey());
            if (want == null) {
                continue;
            }
            if (!want.equals(e.getValue())) {
                throw new Cifar10FormatException(dir.resolve(e.getKey()) + ": SHA-256 " + e.getValue()
                        + " differs from " + want + " in " + sumsFile);
            }
            checked++;
        }
        return "checksums: " + checked + " of " + actual.size() + " files match SHA256SUMS";
    }
}
