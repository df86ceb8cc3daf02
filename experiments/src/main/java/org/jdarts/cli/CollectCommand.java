package org.jdarts.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jdarts.experiments.table9.SpaceRow;
import org.jdarts.experiments.table9.Table9;
import org.jdarts.experiments.table9.Table9Files;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code jdarts experiment collect}: the table of whatever has finished in an experiment folder. */
@Command(name = "collect", mixinStandardHelpOptions = true,
        header = "Write the table of an experiment folder from the cells that have finished.",
        description = {"Reads every finished search and training of the grid in DIR and writes",
            "DIR/table9.md, .html, .json and .csv: per space the test error (mean, sd, 95%",
            "confidence interval, over evaluations and over searches), the derived networks'",
            "parameters and multiply-adds at C 36, L 20 and at the budget's size, skip",
            "connections, operations kept, search time, Welch's t-test against darts, and",
            "the paper's row beside ours."})
final class CollectCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", description = "The experiment folder (what --out named).")
    Path dir;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        collect(dir, spec.commandLine().getOut());
        return 0;
    }

    /** Collects, writes the files and prints a short summary. */
    static void collect(Path root, PrintWriter o) throws IOException {
        Table9 table = Table9.collect(root);
        Table9Files.write(table, root);
        o.printf("%d of %d cells finished%n", table.finished(), table.cells());
        for (SpaceRow r : table.rows()) {
            o.printf(Locale.ROOT, "  %-16s %d search(es), %d evaluation(s), test error %s%n", r.space(),
                    r.searches().size(), r.testError().n(), r.testError().n() == 0 ? "-"
                            : String.format(Locale.ROOT, "%.2f%%", r.testError().mean()));
        }
        o.printf("table: %s (also .html, .json, .csv)%n", root.resolve(Table9Files.NAME + ".md"));
        o.flush();
    }
}
