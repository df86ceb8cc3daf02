package org.jdarts.cli;

import java.util.Locale;
import org.jdarts.experiments.bench.SyntheticBench;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Step counts and device shared by the step benchmarks. */
public final class BenchOptions {

    @Option(names = "--steps", defaultValue = "5", description = "Timed steps (default: ${DEFAULT-VALUE}).")
    int steps;

    @Option(names = "--warmup", defaultValue = "1", description = "Untimed steps first (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Mixin
    DeviceOption device;

    /** Fails with a usage error on impossible counts. */
    void validate() {
        if (steps < 1 || warmup < 0) {
            throw new UsageException("--steps must be at least 1 and --warmup at least 0");
        }
    }

    /** Returns ", device N MB" for a step on a device that reports its memory, else nothing. */
    static String deviceMemory(SyntheticBench.Sample sample) {
        return sample.deviceBytes() < 0 ? "" : String.format(Locale.ROOT, ", device %.0f MB", sample.deviceBytes() / 1e6);
    }
}
