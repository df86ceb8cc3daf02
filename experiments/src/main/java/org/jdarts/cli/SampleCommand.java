package org.jdarts.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jdarts.core.genotype.GenotypeFiles;
import org.jdarts.core.genotype.PythonNotation;
import org.jdarts.core.io.Json;
import org.jdarts.experiments.SampledGenotype;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code jdarts sample}: a random genotype of a search space, the baseline a search must beat. */
@Command(name = "sample", header = "Draw a random genotype of a search space (a random baseline).",
        mixinStandardHelpOptions = true,
        description = {"Draws a genotype uniformly from what DARTS' derivation can produce: in each cell,",
            "every intermediate node reads two distinct earlier nodes, each through an operation that",
            "is not 'none'. The same space and seed always give the same genotype. With --out, writes",
            "a folder that jdarts train --genotype DIR trains like a search's result."},
        footer = {"", "Examples: jdarts sample --space darts-sandglass --seed 3",
            "          jdarts sample --space darts --seed 1 --out runs/random-1 && \\",
            "          jdarts train --genotype runs/random-1 --preset quick --data DIR --out runs/random-1-train"})
final class SampleCommand implements Callable<Integer> {

    @Mixin
    SpaceOption space;

    @Option(names = "--seed", paramLabel = "K", defaultValue = "1", description = "The draw's seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--format", paramLabel = "python|json", defaultValue = "python",
            description = "How to print it: the reference's Python notation or jdarts' JSON (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Also write the genotype, its space and how it was drawn into DIR (absent or empty).")
    Path out;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!format.equals("python") && !format.equals("json")) {
            throw new UsageException("--format '" + format + "': valid are python, json");
        }
        if (out != null && Files.exists(out) && (!Files.isDirectory(out) || isNotEmpty(out))) {
            throw new UsageException("--out " + out + ": exists and is not an empty folder");
        }
        SampledGenotype drawn = SampledGenotype.draw(space.resolve(), space.name(), seed);
        PrintWriter o = spec.commandLine().getOut();
        o.println(format.equals("json") ? Json.MAPPER.writeValueAsString(GenotypeFiles.toJson(drawn.genotype()))
                : PythonNotation.format(drawn.genotype()));
        if (out != null) {
            drawn.write(out);
            o.println("written: " + out + " (train it with: jdarts train --genotype " + out + " ...)");
        }
        o.flush();
        return 0;
    }

    private static boolean isNotEmpty(Path dir) throws IOException {
        try (var entries = Files.list(dir)) {
            return entries.findAny().isPresent();
        }
    }
}
