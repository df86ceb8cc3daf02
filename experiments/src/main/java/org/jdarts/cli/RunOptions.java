package org.jdarts.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The run-directory options shared by {@code jdarts search} and {@code jdarts train}. */
public final class RunOptions {

    /** The only options that may accompany --resume: the rest comes from the run's config.json. */
    private static final List<String> WITH_RESUME = List.of("--resume", "--data", "--device", "--stop-after");

    @Option(names = "--out", paramLabel = "RUN_DIR", description = "Run directory to create (required unless --resume).")
    Path out;

    @Option(names = "--resume", paramLabel = "RUN_DIR",
            description = "Continue this run from its last checkpoint with its stored configuration "
                    + "(only --data, --device and --stop-after may be given).")
    Path resume;

    @Option(names = "--force", description = "Overwrite an existing run directory given to --out.")
    boolean force;

    @Option(names = "--stop-after", paramLabel = "N",
            description = "Stop after N more epochs, leaving a checkpoint for --resume (for time-sliced runs).")
    Integer stopAfter;

    /**
     * Fails with a usage error when --resume comes with an option that config.json already fixes.
     *
     * @param parsed the command's parse result
     */
    void requireOnlyResumeOptions(CommandLine.ParseResult parsed) {
        for (CommandLine.Model.OptionSpec o : parsed.matchedOptions()) {
            if (!WITH_RESUME.contains(o.longestName())) {
                throw new UsageException("--resume takes the configuration from RUN_DIR/config.json; "
                        + o.longestName() + " cannot be combined with it (only --data, --device and --stop-after)");
            }
        }
    }
}
