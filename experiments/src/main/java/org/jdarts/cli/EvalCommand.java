package org.jdarts.cli;

import ai.djl.ndarray.NDManager;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jdarts.core.checkpoint.Checkpoint;
import org.jdarts.core.eval.EvalNetwork;
import org.jdarts.core.loop.Evaluation;
import org.jdarts.core.loop.Metrics;
import org.jdarts.core.run.Provenance;
import org.jdarts.core.run.RunDirectory;
import org.jdarts.core.run.RunKind;
import org.jdarts.core.train.NetworkTrainer;
import org.jdarts.data.DataLocation;
import org.jdarts.data.DataSources;
import org.jdarts.data.ImageData;
import org.jdarts.data.ImageDataset;
import org.jdarts.data.ReadOptions;
import org.jdarts.experiments.GenotypeSource;
import org.jdarts.experiments.InputFiles;
import org.jdarts.experiments.TrainConfig;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code jdarts eval}: recomputes the test accuracy of a trained network from its checkpoint. */
@Command(name = "eval", header = "Recompute the test accuracy of a trained network.",
        mixinStandardHelpOptions = true,
        description = {"Rebuild a trained network from its run directory (configuration, genotype,",
            "checkpoint) and compute its accuracy on the test images of the data the run",
            "recorded, unless --data names another folder."},
        footer = {"", "Example: jdarts eval --run runs/v2"})
final class EvalCommand implements Callable<Integer> {

    /** Images per test batch. */
    private static final int BATCH = 200;

    @Option(names = "--run", required = true, paramLabel = "DIR|CHECKPOINT",
            description = "A training run directory, or the checkpoint.bin inside one.")
    Path run;

    @Mixin
    DataOptions data;

    @Mixin
    DeviceOption device;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        boolean file = Files.isRegularFile(run);
        RunDirectory dir = new RunDirectory(file ? run.toAbsolutePath().getParent() : run);
        Path checkpoint = file ? run : dir.file(RunDirectory.CHECKPOINT);
        if (!dir.has(RunDirectory.CONFIG)) {
            throw new UsageException("--run " + run + ": not a jdarts run directory (no " + RunDirectory.CONFIG + ")");
        }
        if (dir.kind() != RunKind.TRAINING) {
            throw new UsageException("--run " + run + ": a search run directory; eval tests trained networks"
                    + " (train its genotype with: jdarts train --genotype " + dir + ")");
        }
        if (!Files.isRegularFile(checkpoint)) {
            throw new UsageException("--run " + run + ": no " + RunDirectory.CHECKPOINT + " yet");
        }
        TrainConfig config = dir.readConfig(TrainConfig.class);
        GenotypeSource source = GenotypeSource.ofRun(dir.path());
        Provenance recorded = dir.readProvenance();
        InputFiles.check(dir, recorded);
        Path dataDir = data.dirOrNull() != null ? data.dirOrNull() : Path.of(recorded.dataDir());
        String sourceName = data.sourceOrNull() != null ? data.sourceOrNull() : recorded.dataSourceName();
        ImageData images = new DataLocation(DataSources.load().get(sourceName), dataDir, false)
                .read(ReadOptions.fromMap(recorded.dataOptions(), data.partial() || recorded.partialData()));
        try (NDManager manager = NDManager.newBaseManager(device.resolve())) {
            EvalNetwork network = config.buildNetwork(source, manager, images.shape(), images.classes());
            NetworkTrainer trainer = new NetworkTrainer(network, config.hyperparameters(), manager);
            int epochs = Checkpoint.read(checkpoint, config.fingerprint(), network, trainer.sgd(), null, manager)
                    .epochsDone();
            ImageDataset test = ImageDataset.builder().setImages(images.test()).setNormalization(images.normalization())
                    .setBatchSize(BATCH).build();
            Metrics m = Evaluation.run(network, trainer.store(), test, manager);
            PrintWriter out = spec.commandLine().getOut();
            out.printf(Locale.ROOT, "%s after %d of %d epochs: test accuracy %.2f%% (error %.2f%%), loss %.4f on %d"
                    + " images, %,d parameters%n", checkpoint, epochs, config.epochs(), 100 * m.accuracy(),
                    100 * (1 - m.accuracy()), m.loss(), images.test().size(), network.parameterCount());
            out.flush();
        }
        return 0;
    }
}
