package org.jdarts.experiments;

import ai.djl.ndarray.NDManager;
import ai.djl.nn.Block;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.Set;
import java.util.function.Function;
import org.jdarts.core.checkpoint.Checkpoint;
import org.jdarts.core.checkpoint.CheckpointHeader;
import org.jdarts.core.loop.EpochRunner;
import org.jdarts.core.optim.TorchAdam;
import org.jdarts.core.optim.TorchSgd;
import org.jdarts.core.run.EpochRecord;
import org.jdarts.core.run.Journal;
import org.jdarts.core.run.RunDirectory;
import org.jdarts.data.ImageData;

/**
 * One run as the {@link RunType}'s lifecycle carries it out: what differs between the kinds of
 * run, in the order the lifecycle asks for it. Everything that can fail on bad input fails in
 * {@link #checkData} or before, while nothing is written yet.
 *
 * @param <E> the record of a finished epoch
 */
abstract class RunJob<E> implements RunModel<E> {

    private final String fingerprint;
    private final Function<E, EpochRecord> records;
    private NDManager manager;
    private EpochRunner<E> runner;
    private Block network;
    private TorchSgd sgd;
    private TorchAdam adam;

    /**
     * Creates the job.
     *
     * @param config the run's configuration
     * @param records how the run directory records an epoch
     */
    RunJob(RunConfig config, Function<E, EpochRecord> records) {
        this.fingerprint = config.fingerprint();
        this.records = records;
    }

    /** Returns the search space's JSON to keep in the run directory, or null. */
    String spaceJson() {
        return null;
    }

    /** Returns the search space's operation names (α's columns), or null. */
    List<String> operations() {
        return null;
    }

    /** Returns the names of the search space's parameter-free operations (searches; monitors), or none. */
    Set<String> parameterFree() {
        return Set.of();
    }

    /**
     * Returns the files a new run keeps besides its configuration, space and provenance, by name,
     * as the JSON values written; provenance records their checksums, and a resumption refuses a
     * run whose inputs were changed.
     *
     * @return file name to value (none by default)
     */
    Map<String, Object> inputs() {
        return Map.of();
    }

    /**
     * Obtains what the run reads besides its data before {@link #inputs()} are asked for (nothing
     * by default); a resumed job reads it from its run directory.
     *
     * @param notes told what is being done, a line at a time
     * @throws IOException if something cannot be read or written
     */
    void prepareInputs(Consumer<String> notes) throws IOException {}

    /**
     * Writes the {@link #inputs()}.
     *
     * @param dir the run directory
     * @throws IOException if a file cannot be written
     */
    final void writeInputs(RunDirectory dir) throws IOException {
        for (Map.Entry<String, Object> e : inputs().entrySet()) {
            dir.writeJson(e.getKey(), e.getValue());
        }
    }

    /**
     * Selects the run's data and checks that it fits the configuration.
     *
     * @param data the data read
     * @throws IllegalArgumentException naming the field at fault
     */
    abstract void checkData(ImageData data);

    /**
     * Builds and initialises (seeded) the network, its optimisers and the epoch runner.
     *
     * @param stateManager owns the state, on the run's device
     */
    final void build(NDManager stateManager, RunRequest request) {
        this.manager = stateManager;
        build(request);
    }

    /**
     * Builds and initialises the network, its optimisers and the epoch runner in {@link #manager()}.
     *
     * @param request how the run computes (device, edge fusion)
     */
    abstract void build(RunRequest request);

    /** Returns the manager of the run's state. */
    NDManager manager() {
        return manager;
    }

    /**
     * Hands over what {@link #build(RunRequest)} built: the epoch runner and the state a checkpoint holds.
     *
     * @param epochRunner runs the epochs
     * @param net the network (every parameter is saved)
     * @param weightOptimizer the weights' optimiser
     * @param archOptimizer the architecture optimiser, or null
     */
    final void bind(EpochRunner<E> epochRunner, Block net, TorchSgd weightOptimizer, TorchAdam archOptimizer) {
        this.runner = epochRunner;
        this.network = net;
        this.sgd = weightOptimizer;
        this.adam = archOptimizer;
    }

    @Override
    public final EpochRunner<E> runner() {
        return runner;
    }

    @Override
    public final EpochRecord record(E epoch) {
        return records.apply(epoch);
    }

    @Override
    public final void save(Path file, CheckpointHeader header) throws IOException {
        Checkpoint.write(file, header, network, sgd, adam);
    }

    @Override
    public final CheckpointHeader restore(Path file) throws IOException {
        CheckpointHeader header = Checkpoint.read(file, fingerprint, network, sgd, adam, manager);
        restored(Journal.fromJson(header.journal()));
        return header;
    }

    /**
     * Takes what a resumed run needs of the epochs done besides the checkpointed state (by default nothing).
     *
     * @param journal the checkpoint's journal
     */
    void restored(Journal journal) {}

    /**
     * Returns what the run is about to do.
     *
     * @param request where and how it runs
     * @param firstEpoch the epoch it starts with, from 0
     * @return the plan
     */
    abstract RunPlan plan(RunRequest request, int firstEpoch);

    /**
     * Returns the result of the run.
     *
     * @param status how it ended
     * @param runDir where it ran
     * @param journal every epoch done
     * @return the result
     * @throws IOException if a file of the run cannot be read
     */
    abstract RunResult result(RunStatus status, Path runDir, Journal journal) throws IOException;

    /**
     * Returns the result of a run that had already finished, from its directory (nothing is built).
     *
     * @param dir the run directory
     * @param journal every epoch done
     * @return the result, {@link RunStatus#ALREADY_FINISHED}
     * @throws IOException if a file of the run cannot be read
     */
    abstract RunResult finished(RunDirectory dir, Journal journal) throws IOException;
}
