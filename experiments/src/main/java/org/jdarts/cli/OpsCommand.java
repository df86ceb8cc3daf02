package org.jdarts.cli;

import ai.djl.ndarray.types.Shape;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jdarts.space.CandidateOperation;
import org.jdarts.space.SearchSpaces;
import org.jdarts.space.blocks.ParameterCount;
import org.jdarts.space.op.OperationRegistry;
import org.jdarts.space.op.RegisteredOperation;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code jdarts ops}: the registered operations with their parameter counts and sources. */
@Command(name = "ops", header = "List the candidate operations with their parameter counts.",
        mixinStandardHelpOptions = true,
        description = {"List the candidate operations: each one's trainable parameters for C channels",
            "at stride 1 and 2, in search form (BatchNorm without affine) and evaluation form",
            "(affine BatchNorm), and where it comes from (built-in or a plugin jar)."},
        footer = {"", "Plugins: put operation jars in ./plugins or list them in JDARTS_PLUGINS.",
            "Example: jdarts ops --channels 36 --space darts-sandglass"})
final class OpsCommand implements Callable<Integer> {

    @Option(names = "--channels", paramLabel = "C", defaultValue = "16",
            description = "Channels C (default: ${DEFAULT-VALUE}; even, for FactorizedReduce).")
    int channels;

    @Option(names = "--space", paramLabel = "NAME|FILE",
            description = "Only the operations of this search space, with its parameter values: "
                    + "darts, darts-ir, darts-sandglass or a JSON file. Default: every registered "
                    + "operation with default parameters.")
    String space;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (channels < 2 || channels % 2 != 0) {
            throw new UsageException("--channels must be an even number of at least 2, got " + channels);
        }
        OperationRegistry registry = OperationRegistry.load();
        List<CandidateOperation> ops = new ArrayList<>();
        if (space == null) {
            for (RegisteredOperation op : registry.all()) {
                ops.add(CandidateOperation.withDefaults(op));
            }
        } else {
            ops.addAll(SearchSpaces.resolve(space, registry).operations());
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Trainable parameters at C = %d%s%n", channels,
                space == null ? "" : ", search space " + space);
        String format = "%-22s %10s %10s %10s %10s  %-20s %s%n";
        out.printf(format, "operation", "search s1", "search s2", "eval s1", "eval s2", "parameters", "source");
        for (CandidateOperation op : ops) {
            out.printf(format, op.name(), count(op, 1, false), count(op, 2, false), count(op, 1, true),
                    count(op, 2, true), op.args().toString().isEmpty() ? "-" : op.args().toString(),
                    op.registered().source());
        }
        out.flush();
        return 0;
    }

    private long count(CandidateOperation op, int stride, boolean affine) {
        return ParameterCount.trainable(op.create(channels, stride, affine), new Shape(1, channels, 8, 8));
    }
}
