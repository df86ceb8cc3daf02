package org.jdarts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jdarts.cifar10.testing.SampleData;
import org.jdarts.cli.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchCommandTest {

    private static void assertUsageError(Cli.Result r, String start) {
        assertEquals(2, r.exit(), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().startsWith(start), r.err());
    }

    @Test
    void existingRunDirectoryIsNotOverwrittenWithoutForce(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("notes.txt"), "mine");
        assertUsageError(Cli.run("search", "--data", SampleData.sampleDir().toString(), "--allow-partial", "--out",
                dir.toString()),
                "jdarts search: --out " + dir + " already exists; continue it with --resume");
        assertUsageError(Cli.run("search", "--data", SampleData.sampleDir().toString(), "--allow-partial", "--out",
                dir.toString(),
                "--force"), "jdarts search: --force: " + dir + " is not a jdarts run directory");
        assertTrue(Files.exists(dir.resolve("notes.txt")));
    }

    @Test
    void badMethodsAndMonitorValuesAreOneLineWithExitCodeTwoAndLeaveNoDirectory(@TempDir Path dir) {
        String data = SampleData.sampleDir().toString();
        String out = dir.resolve("run").toString();
        assertUsageError(Cli.run("search", "--data", data, "--out", out, "--method", "gdas"),
                "jdarts search: unknown search method 'gdas'; registered: darts, darts-minus, sdarts-rs, beta-darts, pc-darts");
        assertUsageError(Cli.run("search", "--data", data, "--out", out, "--method", "pc-darts", "--method-option",
                "kk=3"), "jdarts search: --method 'pc-darts' has no parameter 'kk'; valid: k, edge_normalisation");
        assertUsageError(Cli.run("search", "--data", data, "--out", out, "--method", "pc-darts", "--method-option",
                "k=x"), "jdarts search: --method 'pc-darts': k must be an integer, got 'x'");
        assertUsageError(Cli.run("search", "--data", data, "--out", out, "--hessian-every", "-1"),
                "jdarts search: --hessian-every must be 0 (never) or a positive number of epochs, got -1");
        assertUsageError(Cli.run("search", "--data", data, "--allow-partial", "--out", out, "--channels", "6",
                "--method", "pc-darts"), "jdarts search: --channels 6 must be a multiple of 4: method pc-darts passes 1/4"
                + " of every cell's channels through its mixed operations (its option k)");
        assertUsageError(Cli.run("search", "--data", data, "--resume", out, "--method", "pc-darts"),
                "jdarts search: --resume takes the configuration from RUN_DIR/config.json; --method cannot");
        assertFalse(Files.exists(dir.resolve("run")), "nothing is left behind");
    }

    @Test
    void badCostFlagsAreOneLineWithExitCodeTwoAndLeaveNoDirectory(@TempDir Path dir) {
        String data = SampleData.sampleDir().toString();
        String out = dir.resolve("run").toString();
        assertUsageError(Cli.run("search", "--data", data, "--out", out, "--cost-target", "2.5M"),
                "jdarts search: --cost params|macs|latency is required with --cost-weight, --cost-target,"
                        + " --cost-channels, --cost-layers or --cost-device");
        assertUsageError(Cli.run("search", "--data", data, "--out", out, "--cost", "params"),
                "jdarts search: --cost needs either a weight or a target, not neither");
        assertUsageError(Cli.run("search", "--data", data, "--out", out, "--cost", "energy", "--cost-weight", "1"),
                "jdarts search: --cost 'energy': valid are params, macs, latency");
        assertUsageError(Cli.run("search", "--data", data, "--out", out, "--cost", "params", "--cost-target", "4ms"),
                "jdarts search: --cost-target '4ms' is a duration; a params target is an amount (e.g. 2.5M, 300M,"
                        + " 800k)");
        assertUsageError(Cli.run("search", "--data", data, "--out", out, "--cost", "latency", "--cost-target", "4M"),
                "jdarts search: --cost-target '4M' is not a duration (e.g. 4ms, 800us, 0.004s)");
        assertUsageError(Cli.run("search", "--data", data, "--out", out, "--cost", "macs", "--cost-weight", "1",
                "--cost-device", "cpu"), "jdarts search: --cost-device is for --cost latency, not --cost macs");
        assertUsageError(Cli.run("search", "--data", data, "--out", out, "--cost", "latency", "--cost-weight", "1",
                "--cost-device", "gpu:1"), "jdarts search: --cost-device gpu:1: no CUDA GPU is visible to libtorch 2.7.1"
                        + " (the class path holds the CPU build, cpu (pytorch-native-cpu-2.7.1-linux-x86_64.jar): build"
                        + " with mvn -Pgpu package; see docs/gpu.md)");
        assertUsageError(Cli.run("search", "--data", data, "--out", out, "--cost", "params", "--cost-target", "2.5X"),
                "jdarts search: --cost-target '2.5X' is not an amount (e.g. 2.5M, 300M, 800k)");
        assertUsageError(Cli.run("search", "--data", data, "--out", out, "--cost", "macs", "--cost-weight", "1",
                "--cost-target", "300M"), "jdarts search: --cost needs either a weight or a target, not both");
        assertUsageError(Cli.run("search", "--data", data, "--resume", out, "--cost", "params"),
                "jdarts search: --resume takes the configuration from RUN_DIR/config.json; --cost cannot");
        assertFalse(Files.exists(dir.resolve("run")), "nothing is left behind");
    }

    @Test
    void badValuesAreOneLineWithExitCodeTwo(@TempDir Path dir) {
        String data = SampleData.sampleDir().toString();
        String out = dir.resolve("run").toString();
        assertUsageError(Cli.run("search", "--data", data, "--out", out, "--order", "third"),
                "jdarts search: --order must be first or second, got 'third'");
        assertUsageError(Cli.run("search", "--data", data, "--out", out, "--preset", "huge"),
                "jdarts search: --preset must be quick or paper, got 'huge'");
        assertUsageError(Cli.run("search", "--data", data, "--out", out, "--channels", "7"),
                "jdarts search: --channels must be even and at least 2, got 7");
        assertUsageError(Cli.run("search", "--data", data, "--out", out, "--space", "nope.json"),
                "jdarts search: search space 'nope.json' is neither");
        assertUsageError(Cli.run("search", "--data", data), "jdarts search: --out RUN_DIR is required");
        assertUsageError(Cli.run("search", "--data", data, "--resume", out, "--epochs", "3"),
                "jdarts search: --resume takes the configuration from RUN_DIR/config.json; --epochs cannot");
        assertUsageError(Cli.run("search", "--data", data, "--resume", out),
                "jdarts search: --resume " + out + ": not a jdarts search run directory (no search config.json)");
        assertUsageError(Cli.run("search", "--data", data, "--out", out, "--device", "tpu"),
                "jdarts search: --device must be cpu, gpu or gpu:N, got 'tpu'");
        // this build bundles the CPU libtorch: the message names it and says how to build for CUDA
        assertUsageError(Cli.run("search", "--data", data, "--out", out, "--device", "gpu:1"),
                "jdarts search: --device gpu:1: no CUDA GPU is visible to libtorch 2.7.1 (the class path holds the CPU"
                        + " build, cpu (pytorch-native-cpu-2.7.1-");
        assertTrue(Files.notExists(dir.resolve("run").resolve("checkpoint.bin")));
    }
}
