package org.jdarts.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jdarts.experiments.GenotypeSource;
import org.jdarts.experiments.NetworkSize;
import org.jdarts.reports.NetworkCost;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code jdarts params}: parameter count and multiply-adds of a genotype's evaluation network. */
@Command(name = "params", header = "Parameters and multiply-adds of a genotype's network.",
        mixinStandardHelpOptions = true,
        description = {"Count the parameters (auxiliary head excluded, as the DARTS reference counts",
            "them) and the multiply-adds per 32x32 image (convolutions and linear layers) of the",
            "evaluation network a genotype describes."},
        footer = {"", "Example: jdarts params --genotype DARTS_V2 --channels 36 --layers 20"})
final class ParamsCommand implements Callable<Integer> {

    @Option(names = "--genotype", required = true, paramLabel = "NAME|FILE|RUN_DIR",
            description = "DARTS_V1, DARTS_V2, a JSON or Python-notation file, or a search run directory.")
    String genotype;

    @Option(names = "--channels", paramLabel = "C", defaultValue = "36",
            description = "Initial channels (default: ${DEFAULT-VALUE}).")
    int channels;

    @Option(names = "--layers", paramLabel = "L", defaultValue = "20", description = "Cells (default: ${DEFAULT-VALUE}).")
    int layers;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        GenotypeSource source = GenotypeSource.resolve(genotype);
        NetworkCost cost = NetworkSize.count(source, channels, layers);
        PrintWriter out = spec.commandLine().getOut();
        out.println(source.genotype());
        out.printf(Locale.ROOT, "C %d, L %d: %,d parameters (%.2fM, auxiliary head excluded), %,d multiply-adds"
                + " per 32x32 image (%.1fM)%n", channels, layers, cost.parameters(), cost.parameters() / 1e6,
                cost.multiplyAdds(), cost.multiplyAdds() / 1e6);
        out.flush();
        return 0;
    }
}
