package org.jdarts.experiments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jdarts.core.run.RunDirectory;
import org.jdarts.core.run.RunKind;
import org.jdarts.core.run.RunLock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code --force} may replace, and what it cleans. */
class NewRunDirectoryTest {

    private static String refusal(Path path, RunKind kind) {
        return assertThrows(RunDirectoryException.class,
                () -> NewRunDirectory.prepare(new RunDirectory(path), kind, true, w -> {})).getMessage();
    }

    @Test
    void aConfigurationOfNoRunIsNoRunToReplace(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve(RunDirectory.CONFIG), "{}");
        Files.writeString(dir.resolve("notes.txt"), "mine");
        assertEquals(dir + " is not a jdarts run directory (no config.json of a search or a training run); refusing"
                + " to replace it", refusal(dir, RunKind.SEARCH));
        Files.writeString(dir.resolve(RunDirectory.CONFIG), "not json");
        refusal(dir, RunKind.TRAINING);
        assertEquals("mine", Files.readString(dir.resolve("notes.txt")));
        assertFalse(Files.exists(dir.resolve(RunLock.FILE)), "the lock taken for the check is released");
    }

    @Test
    void aRunOfTheOtherKindIsNotReplaced(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve(RunDirectory.CONFIG), "{\"space\": \"darts\", \"preset\": \"quick\"}");
        Files.writeString(dir.resolve(RunDirectory.ALPHAS), "{}");
        assertEquals(dir + " holds a search run; refusing to replace it with a training run (give another directory)",
                refusal(dir, RunKind.TRAINING));
        assertTrue(Files.exists(dir.resolve(RunDirectory.ALPHAS)));
    }

    @Test
    void forceRemovesTheTemporaryFilesOfAKilledWriter(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve(RunDirectory.CONFIG), "{\"genotype\": \"DARTS_V2\", \"preset\": \"quick\"}");
        Path temp = Files.writeString(dir.resolve(".checkpoint.bin.4242.tmp"), "half a checkpoint");
        try (RunLock lock = NewRunDirectory.prepare(new RunDirectory(dir), RunKind.TRAINING, true, w -> {})) {
            assertFalse(Files.exists(temp));
            assertFalse(Files.exists(dir.resolve(RunDirectory.CONFIG)), "the old run's files are removed");
        }
    }

    @Test
    void resumingAFinishedRunClearsWhatAKilledProcessLeft(@TempDir Path dir) throws Exception {
        Path run = dir.resolve("run");
        Runs.TRAINING.start(org.jdarts.experiments.testing.TinyRuns.training(1),
                org.jdarts.experiments.testing.TinyRuns.at(run), org.jdarts.experiments.testing.TinyRuns.QUIET_TRAINING);
        Process ended = new ProcessBuilder("true").start();
        ended.waitFor();
        Files.writeString(run.resolve(RunLock.FILE), "{\"host\": \"" + RunLock.host() + "\", \"pid\": " + ended.pid()
                + ", \"since\": \"2026-12-07T00:00:00Z\"}");
        Path temp = Files.writeString(run.resolve(".provenance.json.77.tmp"), "{");
        java.util.List<String> warnings = new java.util.ArrayList<>();
        RunListener<org.jdarts.core.train.TrainEpoch> listener = new RunListener<>() {
            @Override
            public void onWarning(String message) {
                warnings.add(message);
            }
        };
        assertEquals(RunStatus.ALREADY_FINISHED,
                Runs.TRAINING.resume(org.jdarts.experiments.testing.TinyRuns.resume(run), listener).status());
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).endsWith("which is no longer running"), warnings.toString());
        assertFalse(Files.exists(run.resolve(RunLock.FILE)));
        assertFalse(Files.exists(temp));
    }
}
