package org.jdarts.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.jdarts.space.blocks.MemoryLayout;
import picocli.CommandLine.Option;

/** The {@code --layout auto|channels-first|channels-last} option. */
public final class LayoutOption {

    @Option(names = "--layout", paramLabel = "auto|channels-first|channels-last", defaultValue = "auto",
            description = {"How activations are kept in memory (default: ${DEFAULT-VALUE}: channels-first)."
                    + " channels-last ran a paper-size search step 1.4-1.6x faster on a CPU, but libtorch 2.7.1"
                    + " gets some of its convolution gradients wrong there (README, Known issues): jdarts"
                    + " avoids the kernels found wrong for the darts and darts-sandglass spaces, not for darts-ir."})
    String layout;

    /** Returns the requested layout, or fails with a usage error naming the valid values. */
    public MemoryLayout resolve() {
        return parse(layout);
    }

    /**
     * Returns the requested layout like {@link #resolve}, after one warning line on {@code err}
     * when it is channels-last, whose gradients libtorch 2.7.1 gets wrong on some CPUs.
     *
     * @param err where the warning goes
     * @return the layout
     */
    public MemoryLayout resolve(PrintWriter err) {
        MemoryLayout resolved = resolve();
        if (resolved == MemoryLayout.CHANNELS_LAST) {
            err.println("jdarts: warning: --layout channels-last: libtorch 2.7.1 computes some convolution gradients"
                    + " wrongly in this layout on some CPUs (README, Known issues); results are verified channels-first");
            err.flush();
        }
        return resolved;
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
