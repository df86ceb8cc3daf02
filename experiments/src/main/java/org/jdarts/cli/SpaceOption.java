package org.jdarts.cli;

import org.jdarts.space.SearchSpace;
import org.jdarts.space.SearchSpaces;
import org.jdarts.space.op.OperationRegistry;
import picocli.CommandLine.Option;

/** The {@code --space NAME|FILE} option of the commands that work on one search space. */
public final class SpaceOption {

    @Option(names = "--space", paramLabel = "NAME|FILE", defaultValue = "darts",
            description = "Search space: darts, darts-ir, darts-sandglass or a JSON file (default: ${DEFAULT-VALUE}).")
    String name;

    /** Returns the name or file as given. */
    public String name() {
        return name;
    }

    /**
     * Resolves the space with the registered operations.
     *
     * @return the space
     * @throws UsageException naming the value and what is wrong
     */
    public SearchSpace resolve() {
        try {
            return SearchSpaces.resolve(name, OperationRegistry.load());
        } catch (IllegalArgumentException e) {
            throw new UsageException("--space " + e.getMessage());
        }
    }
}
