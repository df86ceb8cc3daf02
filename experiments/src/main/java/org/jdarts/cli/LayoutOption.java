package org.jdarts.cli;

import java.util.Locale;
import org.jdarts.space.blocks.MemoryLayout;
import picocli.CommandLine.Option;

/** The {@code --layout auto|channels-first|channels-last} option. */
public final class LayoutOption {

    @Option(names = "--layout", paramLabel = "auto|channels-first|channels-last", defaultValue = "auto",
            description = {"How activations are kept in memory (default: ${DEFAULT-VALUE}: channels-first, the"
                    + " reference's layout). channels-last gives the same results within float32 rounding (the"
                    + " convolutions libtorch 2.7.1 gets wrong in that layout run channels-first: docs/"
                    + "engine-notes.md); on a 2-core CPU it made a paper-size search step 1.4-1.5x faster and a quick-size"
                    + " second-order step 1.1-1.3x slower."})
    String layout;

    /** Returns the requested layout, or fails with a usage error naming the valid values. */
    public MemoryLayout resolve() {
        return parse(layout);
    }

    /**
     * Parses a layout name.
     *
     * @param name {@code auto}, {@code channels-first} or {@code channels-last}
     * @return the layout
     */
    public static MemoryLayout parse(String name) {
        for (MemoryLayout l : MemoryLayout.values()) {
            if (cliName(l).equals(name)) {
                return l;
            }
        }
        throw new UsageException("--layout must be auto, channels-first or channels-last, got '" + name + "'");
    }

    /** Returns the name the option gives a layout ({@code channels-last} for CHANNELS_LAST). */
    public static String cliName(MemoryLayout layout) {
        return layout.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
