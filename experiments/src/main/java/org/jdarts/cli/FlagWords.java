package org.jdarts.cli;

import java.util.Locale;
import java.util.Map;
import org.jdarts.core.loop.DivergedException;
import org.jdarts.data.DataFormatException;
import org.jdarts.experiments.RunDirectoryException;
import org.jdarts.space.ConfigException;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Rewords the library's errors with the command line's flags: a {@link ConfigException} names the
 * field at fault ({@code batchSize}), which is said as the flag that sets it
 * ({@code --batch-size must be ...}) when the command has that flag; run-directory problems say
 * which flag to use. Nothing is read out of messages.
 */
final class FlagWords {

    /** Fields whose flag is not their name in kebab case. */
    private static final Map<String, String> ALIASES = Map.of("splitPortion", "--split", "methodOptions",
            "--method-option");

    private FlagWords() {}

    /**
     * Returns one line describing {@code e} for the user of {@code command}.
     *
     * @param e the failure
     * @param command the subcommand that failed
     * @return the line
     */
    static String of(Throwable e, CommandSpec command) {
        if (e instanceof RunDirectoryException r) {
            return runDirectory(r);
        }
        String line = ErrorHandler.firstLine(e);
        if (e instanceof DataFormatException c && c.incomplete() && command.findOption("--allow-partial") != null) {
            return line + "; --allow-partial reads a subset";
        }
        if (e instanceof DivergedException) {
            return command.findOption("--lr") == null ? line : line + "; try a lower --lr";
        }
        if (e instanceof ConfigException c) {
            String flag = flag(c.field());
            if (command.findOption(flag) != null) {
                return flag + " " + c.reason().lines().findFirst().orElse("");
            }
        }
        return line;
    }

    /**
     * Returns the flag that sets a configuration field.
     *
     * @param field the field, as {@link ConfigException#field()} names it
     * @return the flag ({@code --batch-size} for {@code batchSize})
     */
    static String flag(String field) {
        return ALIASES.getOrDefault(field, "--" + kebab(field));
    }

    private static String runDirectory(RunDirectoryException e) {
        String dir = String.valueOf(e.dir());
        return switch (e.reason()) {
            case EXISTS -> "--out " + dir + " already exists; continue it with --resume " + dir
                    + " or overwrite it with --force";
            case NOT_A_RUN -> "--force: " + e.getMessage().replace("replace", "overwrite");
            case IS_A_FILE -> "--out " + e.getMessage();
            case NO_CONFIG -> "--resume " + e.getMessage();
            case NO_CHECKPOINT -> "--resume " + e.getMessage() + " with --force";
        };
    }

    /** Returns {@code batchSize} as {@code batch-size}. */
    static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
