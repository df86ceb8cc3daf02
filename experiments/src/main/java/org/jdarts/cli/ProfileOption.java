package org.jdarts.cli;

import ai.djl.engine.Engine;
import ai.djl.pytorch.jni.JniUtils;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The {@code --profile FILE} option of the step benchmarks: libtorch's operator profile of one extra
 * step, run after the warm-up and left out of the timings.
 */
public final class ProfileOption {

    @Option(names = "--profile", paramLabel = "FILE", description = {"Record libtorch's operator profile of one extra"
            + " step after the warm-up (not timed) into FILE, a Chrome trace (JSON) that benchmarks/profile-summary.py"
            + " tabulates; bench search --order both writes one per order, the order's name before FILE's extension."
            + " Needs about twice a step's memory."})
    Path file;

    /** Fails with a usage error when the trace could not be written. */
    void validate() {
        if (file != null) {
            Path folder = file.toAbsolutePath().getParent();
            if (!Files.isDirectory(folder) || !Files.isWritable(folder)) {
                throw new UsageException("--profile " + file + ": " + folder
                        + " is not a writable folder; give a file in one that exists");
            }
        }
    }

    /** Returns whether a profile was asked for. */
    boolean requested() {
        return file != null;
    }

    /**
     * Returns the profiler of one run of steps.
     *
     * @param warmup the untimed steps before the profiled one
     * @param trace where this run's trace goes
     * @param gpu whether the steps run on a CUDA device
     * @param out told where the trace was written
     * @return a profiler that does nothing when no profile was asked for
     */
    StepProfiler profiler(int warmup, Path trace, boolean gpu, PrintWriter out) {
        if (file != null) {
            Engine.getInstance(); // loads libtorch, whose profiler a profile of the first step starts
        }
        return new StepProfiler(file == null ? -1 : warmup, trace, gpu, out);
    }

    /** Starts and stops libtorch's profiler around the profiled step of a run. */
    static final class StepProfiler {

        private final int profiled;
        private final Path trace;
        private final boolean gpu;
        private final PrintWriter out;

        private StepProfiler(int profiled, Path trace, boolean gpu, PrintWriter out) {
            this.profiled = profiled;
            this.trace = trace;
            this.gpu = gpu;
            this.out = out;
        }

        /** Returns the steps the profile adds to a run (0 or 1). */
        int extraSteps() {
            return profiled < 0 ? 0 : 1;
        }

        /** Called before the run's first step: starts the profiler if that step is the profiled one. */
        void beforeRun() {
            if (profiled == 0) {
                JniUtils.startProfile(gpu, true, false);
            }
        }

        /**
         * Called after step {@code i}: stops the profiler after the profiled step, starts it before it.
         *
         * @param i the step just done, from 0
         */
        void afterStep(int i) {
            if (i == profiled) {
                JniUtils.stopProfile(trace.toString());
                out.printf("  profile of step %d written to %s%n", i + 1, trace);
            } else if (i + 1 == profiled) {
                JniUtils.startProfile(gpu, true, false);
            }
        }

        /**
         * Returns how a step's line is labelled: {@code ""} if timed, else why not.
         *
         * @param i the step, from 0
         * @param warmup the untimed steps first
         */
        String label(int i, int warmup) {
            return i == profiled ? " (profiled)" : i < warmup ? " (warm-up)" : "";
        }

        /** Returns whether step {@code i} counts in the timings. */
        boolean timed(int i, int warmup) {
            return label(i, warmup).isEmpty();
        }
    }
}
