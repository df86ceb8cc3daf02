package org.jdarts.experiments;

import java.io.IOException;
import java.nio.file.Path;
import org.jdarts.core.checkpoint.CheckpointHeader;
import org.jdarts.core.loop.EpochRunner;
import org.jdarts.core.run.EpochRecord;
import org.jdarts.core.run.Journal;
import org.jdarts.core.run.RunDirectory;

/**
 * What a search or a training run hands the shared {@link RunLifecycle} once its network and
 * optimisers are built.
 *
 * @param <E> the record of a finished epoch
 */
interface RunModel<E> {

    /** Returns the runner of the run's epochs. */
    EpochRunner<E> runner();

    /** Returns how the run directory records an epoch. */
    EpochRecord record(E epoch);

    /**
     * Writes the network's and optimisers' state.
     *
     * @param file the checkpoint
     * @param header epochs done, fingerprint, journal
     * @throws IOException if it cannot be written
     */
    void save(Path file, CheckpointHeader header) throws IOException;

    /**
     * Restores the state of a checkpoint.
     *
     * @param file the checkpoint
     * @return its header
     * @throws IOException if it is damaged or of another configuration
     */
    CheckpointHeader restore(Path file) throws IOException;

    /**
     * Writes the files of a finished run (a search's final genotype, a training run's results).
     *
     * @param dir the run directory
     * @param journal every epoch of the run
     * @throws IOException if a file cannot be written
     */
    void seal(RunDirectory dir, Journal journal) throws IOException;

    /**
     * Returns whether the run ends early after the last epoch of the journal (a search's early
     * stop); such a run is sealed as finished. Never, by default.
     *
     * @param journal every epoch done
     */
    default boolean endsEarly(Journal journal) {
        return false;
    }
}
