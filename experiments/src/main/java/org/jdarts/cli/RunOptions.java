package org.jdarts.cli;

import java.nio.file.Path;
import java.util.List;
import org.jdarts.experiments.RunRequest;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The run-directory, data and device options shared by {@code jdarts search} and {@code jdarts train}. */
public final class RunOptions {

    /** The only options that may accompany --resume: the rest comes from the run's config.json. */
    private static final List<String> WITH_RESUME = List.of("--resume", "--data", "--allow-partial", "--device",
            "--no-fuse", "--layout", "--stop-after", "--no-report");

    @Mixin
    DataOptions data;

    @Option(names = "--out", paramLabel = "RUN_DIR", description = "Run directory to create (required unless --resume).")
    Path out;

    @Option(names = "--resume", paramLabel = "RUN_DIR",
            description = "Continue this run from its last checkpoint with its stored configuration and, unless "
                    + "--data is given, its recorded data folder (only --data, --allow-partial, --device, "
                    + "--stop-after and --no-report may be given).")
    Path resume;

    @Option(names = "--force", description = "Overwrite an existing run directory given to --out.")
    boolean force;

    @Option(names = "--stop-after", paramLabel = "N",
            description = "Stop after N more epochs, leaving a checkpoint for --resume (for time-sliced runs).")
    Integer stopAfter;

    @Mixin
    DeviceOption device;

    @Option(names = "--no-report", negatable = false,
            description = "Do not write RUN_DIR/report/ (by default it is written at the end, and after every epoch"
                    + " while that takes under a second; 'jdarts report RUN_DIR' writes it at any time).")
    boolean noReport;

    /** Returns whether the run should keep its report folder up to date. */
    boolean report() {
        return !noReport;
    }

    /** Returns whether --resume was given. */
    boolean resuming() {
        return resume != null;
    }

    /**
     * Returns the request of a new run or of a resumption.
     *
     * @param parsed the command's parse result (for the command line and option checks)
     * @param outRequired the usage message when neither --out nor --resume is given
     * @return the request
     */
    RunRequest request(CommandLine.ParseResult parsed, String outRequired) {
        if (stopAfter != null && stopAfter < 1) {
            throw new UsageException("--stop-after must be at least 1, got " + stopAfter);
        }
        List<String> args = parsed.originalArgs();
        int stop = stopAfter == null ? Integer.MAX_VALUE : stopAfter;
        if (resume != null) {
            requireOnlyResumeOptions(parsed);
            RunRequest request = new RunRequest(resume, data.dirOrNull(), data.partial(), device.resolve(), true,
                    false, stop, args).withDataSource(data.sourceOrNull());
            data.tellDetected(parsed.commandSpec().commandLine().getOut());
            return request;
        }
        if (out == null) {
            throw new UsageException(outRequired);
        }
        RunRequest request = new RunRequest(out, data.dir(), data.partial(), device.resolve(), true, force, stop, args)
                .withDataSource(data.sourceOrNull()).withReadOptions(data.readOptions());
        data.tellDetected(parsed.commandSpec().commandLine().getOut());
        return request;
    }

    /**
     * Fails with a usage error when --resume comes with an option that config.json already fixes.
     *
     * @param parsed the command's parse result
     */
    private void requireOnlyResumeOptions(CommandLine.ParseResult parsed) {
        for (CommandLine.Model.OptionSpec o : parsed.matchedOptions()) {
            if (!WITH_RESUME.contains(o.longestName())) {
                throw new UsageException("--resume takes the configuration from RUN_DIR/config.json; "
                        + o.longestName() + " cannot be combined with it (only --data, --allow-partial, --device,"
                        + " --no-fuse, --layout, --stop-after and --no-report)");
            }
        }
    }
}
