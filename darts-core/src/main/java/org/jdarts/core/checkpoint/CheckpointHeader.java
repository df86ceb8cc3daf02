package org.jdarts.core.checkpoint;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import org.jdarts.core.io.CorruptFileException;

/**
 * What a checkpoint says about the run besides its arrays; readable without the engine, so that
 * tools that only read run directories (reports, {@code jdarts eval}'s checks) need no network.
 *
 * @param epochsDone finished epochs
 * @param fingerprint identifies the configuration the state belongs to
 * @param journal the run's per-epoch records (any JSON)
 */
public record CheckpointHeader(int epochsDone, String fingerprint, JsonNode journal) {

    /**
     * Reads and verifies a checkpoint's header without restoring its arrays.
     *
     * @param file the checkpoint
     * @return epochs done, fingerprint and journal
     * @throws CorruptFileException if it is not an intact jdarts checkpoint
     * @throws IOException if it cannot be read
     */
    public static CheckpointHeader read(Path file) throws IOException {
        return of(CheckpointFile.read(file).header());
    }

    /** Returns the header of a checkpoint file's JSON part. */
    static CheckpointHeader of(JsonNode json) {
        return new CheckpointHeader(json.path("epochs_done").asInt(), json.path("fingerprint").asText(),
                json.path("journal"));
    }
}
