package org.jdarts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jdarts.cifar10.testing.SampleData;
import org.jdarts.cli.testing.Cli;
import org.jdarts.core.run.RunDirectory;
import org.jdarts.experiments.Runs;
import org.jdarts.experiments.testing.FolderSnapshot;
import org.jdarts.experiments.testing.TinyRuns;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every refusal of a command on existing runs (resume, train, eval, report) is one line, exit 2,
 * and leaves every file of every run byte for byte as it was.
 */
class RefusalWritesNothingTest {

    @TempDir
    static Path root;

    private static Path search;
    private static Path training;
    private static Path damaged;
    private static Path empty;

    @BeforeAll
    static void makeRuns() throws Exception {
        search = root.resolve("search");
        Runs.SEARCH.start(TinyRuns.search(1), TinyRuns.at(search), TinyRuns.QUIET_SEARCH);
        training = root.resolve("training");
        Runs.TRAINING.start(TinyRuns.training(2), TinyRuns.at(training).stoppingAfter(1), TinyRuns.QUIET_TRAINING);
        damaged = root.resolve("damaged");
        Runs.TRAINING.start(TinyRuns.training(2), TinyRuns.at(damaged).stoppingAfter(1), TinyRuns.QUIET_TRAINING);
        Path checkpoint = damaged.resolve(RunDirectory.CHECKPOINT);
        byte[] bytes = Files.readAllBytes(checkpoint);
        bytes[bytes.length / 2] ^= 1;
        Files.write(checkpoint, bytes);
        empty = Files.createDirectories(root.resolve("empty"));
        Files.writeString(Files.createDirectories(root.resolve("notes")).resolve("todo.txt"), "not a run");
    }

    static Stream<Arguments> refusals() {
        String data = SampleData.sampleDir().toString();
        String s = search.toString();
        String t = training.toString();
        return Stream.of(
                refusal("a training resumed as a search", "search", "--resume", t),
                refusal("a search resumed as a training", "train", "--resume", s),
                refusal("a resume with another configuration", "train", "--resume", t, "--epochs", "5"),
                refusal("a resume with other data", "train", "--resume", t, "--data", empty.toString()),
                refusal("a resume of a damaged checkpoint", "train", "--resume", damaged.toString()),
                refusal("a new training over a run", "train", "--genotype", "DARTS_V2", "--out", t, "--data", data,
                        "--allow-partial"),
                refusal("a forced training over a search", "train", "--genotype", "DARTS_V2", "--out", s, "--force",
                        "--data", data, "--allow-partial"),
                refusal("a forced search over a training", "search", "--out", t, "--force", "--data", data,
                        "--allow-partial"),
                refusal("an eval of a search", "eval", "--run", s),
                refusal("an eval on other data", "eval", "--run", t, "--data", empty.toString()),
                refusal("an eval of a damaged checkpoint", "eval", "--run", damaged.toString()),
                refusal("a report in an unknown format", "report", t, "--format", "pdf"),
                refusal("a report of a folder that is no run", "report", root.resolve("notes").toString()),
                refusal("a comparison without --out", "report", t, s));
    }

    private static Arguments refusal(String what, String... args) {
        return Arguments.of(what, List.of(args));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void isOneLineExitTwoAndWritesNothing(String what, List<String> args) throws Exception {
        Map<String, String> before = FolderSnapshot.of(root);
        Cli.Result r = Cli.run(args.toArray(String[]::new));
        assertEquals(2, r.exit(), what + ": " + r.out() + r.err());
        assertEquals(1, r.err().strip().lines().count(), what + ": " + r.err());
        assertTrue(r.err().startsWith("jdarts " + args.get(0) + ": "), r.err());
        assertEquals(before, FolderSnapshot.of(root), what + " wrote: " + r.err());
    }
}
