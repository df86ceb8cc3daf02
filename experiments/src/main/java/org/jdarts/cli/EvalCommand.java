package org.jdarts.cli;

import ai.djl.ndarray.NDManager;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jdarts.core.eval.EvalNetwork;
import org.jdarts.core.loop.Evaluation;
import org.jdarts.core.loop.Metrics;
import org.jdarts.core.train.NetworkTrainer;
import org.jdarts.data.ImageData;
import org.jdarts.data.ImageDataset;
import org.jdarts.experiments.TrainConfig;
import org.jdarts.experiments.TrainedRun;
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
    TrainedRunArgument trainedRun;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        TrainedRun trained = trainedRun.open(run, "eval tests trained networks");
        TrainConfig config = trained.config();
        Path checkpoint = trained.checkpoint();
        ImageData images = trainedRun.images(trained);
        try (NDManager manager = NDManager.newBaseManager(trainedRun.device())) {
            TrainedRun.Restored restored = trained.restore(manager, images);
            EvalNetwork network = restored.network();
            NetworkTrainer trainer = restored.trainer();
            int epochs = restored.epochsDone();
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
