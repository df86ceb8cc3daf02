package org.jdarts.experiments;

import ai.djl.ndarray.NDManager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jdarts.core.checkpoint.Checkpoint;
import org.jdarts.core.eval.EvalNetwork;
import org.jdarts.core.run.Provenance;
import org.jdarts.core.run.RunDirectory;
import org.jdarts.core.run.RunKind;
import org.jdarts.core.train.NetworkTrainer;
import org.jdarts.data.DataLocation;
import org.jdarts.data.ImageData;
import org.jdarts.data.ReadOptions;
import org.jdarts.plugins.DataSources;

/**
 * A training run directory opened to use its trained network: checked to be a training run with a
 * checkpoint and unchanged input files, with its configuration, genotype and provenance.
 */
public final class TrainedRun {

    private final RunDirectory dir;
    private final Path checkpoint;
    private final TrainConfig config;
    private final Provenance provenance;
    private final GenotypeSource genotype;

    private TrainedRun(RunDirectory dir, Path checkpoint) throws IOException {
        this.dir = dir;
        this.checkpoint = checkpoint;
        this.config = dir.readConfig(TrainConfig.class);
        this.genotype = GenotypeSource.ofRun(dir.path());
        this.provenance = dir.readProvenance();
        InputFiles.check(dir, provenance);
    }

    /**
     * Opens a training run.
     *
     * @param run a training run directory, or the checkpoint file inside one
     * @param needs what the caller does, for the message about a search run ("eval tests trained networks")
     * @return the run
     * @throws RunDirectoryException in one line, beginning with {@code run}, if it is no
     *     training run or has no checkpoint yet
     * @throws IOException if its files cannot be read, or are damaged or changed
     */
    public static TrainedRun open(Path run, String needs) throws IOException {
        boolean file = Files.isRegularFile(run);
        RunDirectory dir = new RunDirectory(file ? run.toAbsolutePath().getParent() : run);
        Path checkpoint = file ? run : dir.file(RunDirectory.CHECKPOINT);
        if (!dir.has(RunDirectory.CONFIG)) {
            throw new RunDirectoryException(run, RunDirectoryException.Reason.NO_CONFIG,
                    run + ": not a jdarts run directory (no " + RunDirectory.CONFIG + ")");
        }
        if (dir.kind() != RunKind.TRAINING) {
            throw new RunDirectoryException(run, RunDirectoryException.Reason.NO_CONFIG, run
                    + ": a search run directory; " + needs
                    + " (train its genotype with: jdarts train --genotype " + dir + ")");
        }
        if (!Files.isRegularFile(checkpoint)) {
            throw new RunDirectoryException(run, RunDirectoryException.Reason.NO_CHECKPOINT,
                    run + ": no " + RunDirectory.CHECKPOINT + " yet");
        }
        return new TrainedRun(dir, checkpoint);
    }

    /** Returns the run directory. */
    public RunDirectory dir() {
        return dir;
    }

    /** Returns the checkpoint file. */
    public Path checkpoint() {
        return checkpoint;
    }

    /** Returns the run's configuration. */
    public TrainConfig config() {
        return config;
    }

    /** Returns the run's provenance. */
    public Provenance provenance() {
        return provenance;
    }

    /** Returns the trained genotype with its operations. */
    public GenotypeSource genotype() {
        return genotype;
    }

    /**
     * Reads the run's data, or other data in its place.
     *
     * @param dataDir another folder, or null for the recorded one
     * @param sourceName another data source, or null for the recorded one
     * @param partial whether partial data is allowed (also when the run allowed it)
     * @return the images
     * @throws IOException if the data cannot be read
     */
    public ImageData readImages(Path dataDir, String sourceName, boolean partial) throws IOException {
        Path from = dataDir != null ? dataDir : Path.of(provenance.dataDir());
        String source = sourceName != null ? sourceName : provenance.dataSourceName();
        return new DataLocation(DataSources.load().get(source), from, false)
                .read(ReadOptions.fromMap(provenance.dataOptions(), partial || provenance.partialData()));
    }

    /**
     * A trained network restored from the checkpoint.
     *
     * @param network the network as trained (auxiliary head included when it had one)
     * @param trainer its trainer, with the optimiser state of the checkpoint
     * @param epochsDone the epochs the checkpoint had finished
     */
    public record Restored(EvalNetwork network, NetworkTrainer trainer, int epochsDone) {

        /** Returns whether the training had finished all its epochs. */
        public boolean finished(TrainConfig config) {
            return epochsDone >= config.epochs();
        }
    }

    /**
     * Rebuilds the network and reads the checkpoint into it.
     *
     * @param manager owns the network (on its device)
     * @param images the data's image shape and class count
     * @return the restored network
     * @throws IOException if the checkpoint is damaged or of another configuration
     */
    public Restored restore(NDManager manager, ImageData images) throws IOException {
        EvalNetwork network = config.buildNetwork(genotype, manager, images.shape(), images.classes());
        NetworkTrainer trainer = new NetworkTrainer(network, config.hyperparameters(), manager);
        int epochs = Checkpoint.read(checkpoint, config.fingerprint(), network, trainer.sgd(), null, manager)
                .epochsDone();
        return new Restored(network, trainer, epochs);
    }
}
