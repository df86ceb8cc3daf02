package org.jdarts.cli;

import ai.djl.ndarray.NDManager;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jdarts.cifar10.Cifar10;
import org.jdarts.core.checkpoint.Checkpoint;
import org.jdarts.core.eval.EvalNetwork;
import org.jdarts.core.optim.TorchSgd;
import org.jdarts.core.train.NetworkTrainer;
import org.jdarts.core.train.TrainRunner;
import org.jdarts.experiments.GenotypeSource;
import org.jdarts.experiments.TrainConfig;
import org.jdarts.experiments.TrainRun;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code jdarts eval}: recomputes the test accuracy of a trained network from its checkpoint. */
@Command(name = "eval", header = "Recompute the test accuracy of a trained network.",
        mixinStandardHelpOptions = true,
        description = {"Rebuild a trained network from its run directory (configuration, genotype,",
            "checkpoint) and compute its accuracy on the CIFAR-10 test set."},
        footer = {"", "Example: jdarts eval --run runs/v2 --data ../shared/cifar10"})
final class EvalCommand implements Callable<Integer> {

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
        Path runDir = Files.isRegularFile(run) ? run.toAbsolutePath().getParent() : run;
        Path checkpoint = Files.isRegularFile(run) ? run : runDir.resolve("checkpoint.bin");
        TrainConfig config = TrainRun.readConfig(runDir);
        if (!Files.isRegularFile(checkpoint)) {
            throw new UsageException("--run " + run + ": no checkpoint.bin");
        }
        GenotypeSource source = GenotypeSource.ofRun(runDir);
        Cifar10 cifar = data.read();
        try (NDManager manager = NDManager.newBaseManager(device.resolve())) {
            EvalNetwork network = TrainRun.network(config, source, manager);
            NetworkTrainer trainer = new NetworkTrainer(network, config.hyperparameters(), manager);
            TorchSgd sgd = trainer.sgd();
            int epochs = Checkpoint.read(checkpoint, config.fingerprint(), network, sgd, null, manager);
            double[] r = TrainRunner.evaluate(trainer, TrainRun.testSet(cifar), manager);
            PrintWriter out = spec.commandLine().getOut();
            out.printf(Locale.ROOT, "%s after %d of %d epochs: test accuracy %.2f%% (error %.2f%%), loss %.4f on %d"
                    + " images, %,d parameters%n", checkpoint, epochs, config.epochs(), 100 * r[1], 100 * (1 - r[1]),
                    r[0], cifar.test().size(), network.parameterCount());
            out.flush();
        }
        return 0;
    }
}
