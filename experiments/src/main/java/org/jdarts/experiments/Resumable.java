package org.jdarts.experiments;

import java.io.IOException;
import org.jdarts.core.checkpoint.CheckpointHeader;
import org.jdarts.core.run.Journal;
import org.jdarts.core.run.Provenance;
import org.jdarts.core.run.RunDirectory;
import org.jdarts.core.run.RunKind;

/**
 * A run directory about to be resumed, read and checked: its configuration, the verified header
 * of its checkpoint, and its provenance.
 *
 * @param dir the run directory
 * @param config its configuration
 * @param checkpoint the checkpoint's header (epochs done, journal)
 * @param provenance its provenance
 * @param <C> the configuration record
 */
record Resumable<C>(RunDirectory dir, C config, CheckpointHeader checkpoint, Provenance provenance) {

    /**
     * Opens a run directory of the given kind.
     *
     * @param request the resume request
     * @param kind search or training
     * @param type the configuration record
     * @param <C> its type
     * @return the run's state
     * @throws RunDirectoryException if it is not such a run, or has no checkpoint yet
     * @throws IOException if a file is damaged or cannot be read
     */
    static <C> Resumable<C> open(RunRequest request, RunKind kind, Class<C> type) throws IOException {
        RunDirectory dir = new RunDirectory(request.runDir());
        if (!dir.has(RunDirectory.CONFIG) || dir.kind() != kind) {
            throw new RunDirectoryException(dir.path(), RunDirectoryException.Reason.NO_CONFIG,
                    dir + ": not a jdarts " + kind + " run directory (no " + kind + " " + RunDirectory.CONFIG + ")");
        }
        C config = dir.readConfig(type);
        if (!dir.has(RunDirectory.CHECKPOINT)) {
            throw new RunDirectoryException(dir.path(), RunDirectoryException.Reason.NO_CHECKPOINT,
                    dir + ": no checkpoint yet (the run stopped during its first epoch); start it again");
        }
        return new Resumable<>(dir, config, dir.readCheckpointHeader(), dir.readProvenance());
    }

    /** Returns the journal of the epochs the checkpoint holds. */
    Journal journal() {
        return Journal.fromJson(checkpoint.journal());
    }

    /**
     * Returns whether the run finished and wrote its final files: then resuming changes nothing. A
     * run sealed early (a search's early stop) has fewer epochs than configured, so the epochs are
     * not compared: sealing is what the final file and the finish time record.
     *
     * @param finalFile the file a finished run of this kind writes last
     * @return whether it is complete
     */
    boolean sealed(String finalFile) {
        return dir.has(finalFile) && provenance.finished() != null;
    }
}
