package org.jdarts.cli;

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
}
