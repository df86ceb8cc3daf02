package org.jdarts.experiments;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jdarts.cifar10.Augmentation;
import org.jdarts.cifar10.Cifar10;
import org.jdarts.cifar10.Cifar10Reader;
import org.jdarts.cifar10.CifarDataset;
import org.jdarts.cifar10.SearchSplit;
import org.jdarts.cli.AtomicFiles;
import org.jdarts.cli.DeviceOption;
import org.jdarts.cli.EpochProgress;
import org.jdarts.cli.Numbers;
import org.jdarts.cli.ProgressBar;
import org.jdarts.core.checkpoint.Checkpoint;
import org.jdarts.core.eval.EvalNetwork;
import org.jdarts.core.eval.ModelCost;
import org.jdarts.core.genotype.GenotypeFiles;
import org.jdarts.core.search.DivergedException;
import org.jdarts.core.search.StepResult;
import org.jdarts.core.train.NetworkTrainer;
import org.jdarts.core.train.TrainEpoch;
import org.jdarts.core.train.TrainListener;
import org.jdarts.core.train.TrainRunner;

/**
 * A training run of an evaluation network: CIFAR-10 training set with augmentation, test set after
 * every epoch, a run directory with the same contract as a search (config, provenance, metrics,
 * atomic checkpoints, resume) plus {@code results.json}.
 */
public final class TrainRun {

    /** Final test error, accuracy, parameters and multiply-adds. */
    public static final String RESULTS = "results.json";
    static final String METRICS_HEADER = "epoch,lr,drop_path,train_loss,train_acc,test_loss,test_acc,seconds";
    private static final List<String> FILES = List.of(SearchRunFiles.CONFIG, SearchRunFiles.PROVENANCE,
            SearchRunFiles.METRICS, SearchRunFiles.CHECKPOINT, SearchRunFiles.GENOTYPE, SearchRun.SPACE, RESULTS);

    private final PrintWriter out;
    private final PrintWriter err;
    private int stopAfter = Integer.MAX_VALUE;

    /**
     * Creates a run reporting to the given streams.
     *
     * @param out configuration, epoch summaries, results
     * @param err progress bars
     */
    public TrainRun(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    /** Stops after this many more epochs, leaving a checkpoint for --resume. */
    public TrainRun stopAfter(int epochs) {
        if (epochs < 1) {
            throw new IllegalArgumentException("--stop-after must be at least 1, got " + epochs);
        }
        stopAfter = epochs;
        return this;
    }

    /**
     * Starts a new training run.
     *
     * @param config the resolved configuration
     * @param dataDir CIFAR-10
     * @param device cpu or gpu
     * @param runDir the run directory
     * @param force overwrite an existing run directory
     * @param args the command line, for provenance
     * @return {test loss, test accuracy}
     * @throws Exception on bad input, I/O failure or divergence
     */
    public double[] start(TrainConfig config, Path dataDir, String device, Path runDir, boolean force,
            List<String> args) throws Exception {
        DeviceOption.resolve(device);
        GenotypeSource source = GenotypeSource.resolve(config.genotype());
        RunDirectories.prepare(runDir, force, FILES);
        Cifar10 data = Cifar10Reader.read(dataDir);
        AtomicFiles.writeJson(runDir.resolve(SearchRunFiles.CONFIG), config);
        AtomicFiles.writeJson(runDir.resolve(SearchRunFiles.GENOTYPE), GenotypeFiles.toJson(source.genotype()));
        if (source.space() != null) {
            AtomicFiles.writeString(runDir.resolve(SearchRun.SPACE), source.space());
        }
        Provenance provenance = Provenance.now(device, config.seed(), dataDir.toString(), data.checksums(), args);
        AtomicFiles.writeJson(runDir.resolve(SearchRunFiles.PROVENANCE), provenance);
        return run(config, GenotypeSource.ofRun(runDir), data, device, runDir, provenance, false);
    }

    /**
     * Resumes a training run from its last checkpoint.
     *
     * @param runDir the run directory
     * @param dataDir CIFAR-10 (the same files)
     * @param device cpu or gpu
     * @param args the command line
     * @return {test loss, test accuracy}
     * @throws Exception on bad input, I/O failure or divergence
     */
    public double[] resume(Path runDir, Path dataDir, String device, List<String> args) throws Exception {
        DeviceOption.resolve(device);
        TrainConfig config = RunDirectories.readResumable(runDir, TrainConfig.class, "training");
        Cifar10 data = Cifar10Reader.read(dataDir);
        Provenance provenance = RunDirectories.resumeProvenance(runDir, data, dataDir, device, args);
        return run(config, GenotypeSource.ofRun(runDir), data, device, runDir, provenance, true);
    }

    /**
     * Reads a training run's configuration.
     *
     * @param runDir the run directory
     * @return its configuration
     * @throws IllegalArgumentException if it is not a training run directory
     */
    public static TrainConfig readConfig(Path runDir) {
        return RunDirectories.readConfig(runDir, TrainConfig.class, runDir.toString(), "training");
    }

    /**
     * Builds and initialises a run's network.
     *
     * @param config the configuration
     * @param source the genotype
     * @param manager owner of the parameters
     * @return the network, initialised for 32×32 images
     */
    public static EvalNetwork network(TrainConfig config, GenotypeSource source, NDManager manager) {
        Engine.getInstance().setRandomSeed((int) config.seed());
        EvalNetwork network = new EvalNetwork(source.genotype(), source.operations(), config.network());
        network.initialize(manager, DataType.FLOAT32, new Shape(1, 3, 32, 32));
        return network;
    }

    /** Returns the test set as batches. */
    public static CifarDataset testSet(Cifar10 data) {
        return CifarDataset.builder().setImages(data.test()).setBatchSize(200).build();
    }

    private double[] run(TrainConfig config, GenotypeSource source, Cifar10 data, String deviceName, Path runDir,
            Provenance provenance, boolean resuming) throws Exception {
        Device device = DeviceOption.resolve(deviceName);
        int[] indices = data.train().size() <= config.trainImages() ? data.train().allIndices()
                : SearchSplit.of(data.train().size(), (double) config.trainImages() / data.train().size(),
                        config.seed()).train();
        CifarDataset train = CifarDataset.builder().setImages(data.train()).optIndices(indices)
                .setBatchSize(config.batchSize()).optAugmentation(Augmentation.STANDARD.withCutout(config.cutout()))
                .optShuffle(true).optDropLast(true).optSeed(config.seed()).build();
        CifarDataset test = testSet(data);
        Path checkpoint = runDir.resolve(SearchRunFiles.CHECKPOINT);
        try (NDManager manager = NDManager.newBaseManager(device)) {
            EvalNetwork network = network(config, source, manager);
            long params = network.parameterCount();
            NetworkTrainer trainer = new NetworkTrainer(network, config.hyperparameters(), manager);
            long macs = ModelCost.multiplyAdds(network, EvalNetwork.AUXILIARY);
            out.printf(Locale.ROOT, "jdarts train -> %s%n  genotype %s%n  %s%n", runDir, config.genotype(),
                    source.genotype());
            out.printf(Locale.ROOT, "  preset %s: C %d, L %d, batch %d, %d epochs x %d steps on %d images, seed %d,"
                    + " device %s%n", config.preset(), config.channels(), config.layers(), config.batchSize(),
                    config.epochs(), train.batchCount(), indices.length, config.seed(), deviceName);
            out.printf(Locale.ROOT, "  SGD lr %s -> %s (cosine), momentum %s, wd %s, clip %s, cutout %d, drop-path %s,"
                    + " auxiliary weight %s%n", Numbers.plain(config.lr()), Numbers.plain(config.lrMin()),
                    Numbers.plain(config.momentum()), Numbers.plain(config.weightDecay()),
                    Numbers.plain(config.gradClip()), config.cutout(), Numbers.plain(config.dropPath()),
                    Numbers.plain(config.auxWeight()));
            out.printf(Locale.ROOT, "  network: %,d parameters (%.2fM, auxiliary head excluded), %.1fM multiply-adds"
                    + " per image%n", params, params / 1e6, macs / 1e6);
            out.flush();
            List<String> rows = new ArrayList<>();
            int from = 0;
            if (resuming) {
                from = Checkpoint.read(checkpoint, config.fingerprint(), network, trainer.sgd(), null, manager);
                if (from >= config.epochs()) {
                    throw new IllegalArgumentException("--resume " + runDir + ": the run already finished");
                }
                rows.addAll(RunDirectories.metricRowsUpTo(runDir.resolve(SearchRunFiles.METRICS), from));
                out.printf("resuming after epoch %d of %d%n", from, config.epochs());
            }
            TrainRunner runner = new TrainRunner(trainer, config.hyperparameters(), config.epochs(), train::forEpoch,
                    test, train.batchCount(), config.seed(), manager);
            int until = (int) Math.min(config.epochs(), (long) from + stopAfter);
            Listener listener = new Listener(config, runDir, checkpoint, trainer, rows);
            try {
                runner.run(from, until, listener);
            } catch (DivergedException e) {
                listener.finishBar();
                throw new DivergedException(e.getMessage() + "; the last good checkpoint is kept in " + checkpoint);
            }
            if (until < config.epochs()) {
                out.printf("stopped after epoch %d of %d as asked; continue with: jdarts train --resume %s%n", until,
                        config.epochs(), runDir);
                out.flush();
                return new double[] {listener.last.testLoss(), listener.last.testAccuracy()};
            }
            Map<String, Object> results = new LinkedHashMap<>();
            results.put("genotype", source.genotype().toString());
            results.put("epochs", config.epochs());
            results.put("test_accuracy", listener.last.testAccuracy());
            results.put("test_error", 1 - listener.last.testAccuracy());
            results.put("test_loss", listener.last.testLoss());
            results.put("test_images", data.test().size());
            results.put("parameters", params);
            results.put("multiply_adds", macs);
            AtomicFiles.writeJson(runDir.resolve(RESULTS), results);
            AtomicFiles.writeJson(runDir.resolve(SearchRunFiles.PROVENANCE), provenance.finishedNow());
            out.printf(Locale.ROOT, "test accuracy %.2f%% (error %.2f%%) on %d images, %.2fM parameters%n",
                    100 * listener.last.testAccuracy(), 100 * (1 - listener.last.testAccuracy()), data.test().size(),
                    params / 1e6);
            out.println("run directory: " + runDir);
            out.flush();
            return new double[] {listener.last.testLoss(), listener.last.testAccuracy()};
        }
    }

    private final class Listener implements TrainListener {
        private final TrainConfig config;
        private final Path runDir;
        private final Path checkpoint;
        private final NetworkTrainer trainer;
        private final List<String> rows;
        private final EpochProgress progress;
        private TrainEpoch last;

        Listener(TrainConfig config, Path runDir, Path checkpoint, NetworkTrainer trainer, List<String> rows) {
            this.config = config;
            this.progress = new EpochProgress(err, config.epochs());
            this.runDir = runDir;
            this.checkpoint = checkpoint;
            this.trainer = trainer;
            this.rows = rows;
        }

        @Override
        public void onEpochStart(int epoch, int steps) {
            progress.start(epoch, steps);
        }

        @Override
        public void onStep(int epoch, int step, int steps, StepResult r) {
            progress.step(step, r);
        }

        void finishBar() {
            progress.finish();
        }

        @Override
        public void onEpoch(TrainEpoch e) throws Exception {
            finishBar();
            Checkpoint.write(checkpoint, e.epoch() + 1, config.fingerprint(), trainer.network(), trainer.sgd(), null);
            rows.add(String.format(Locale.ROOT, "%d,%.6g,%.4f,%.6f,%.6f,%.6f,%.6f,%.1f", e.epoch() + 1, e.lr(),
                    e.dropPath(), e.trainLoss(), e.trainAccuracy(), e.testLoss(), e.testAccuracy(), e.seconds()));
            AtomicFiles.writeString(runDir.resolve(SearchRunFiles.METRICS),
                    METRICS_HEADER + "\n" + String.join("\n", rows) + "\n");
            last = e;
            out.printf(Locale.ROOT, "epoch %d/%d lr %.5f drop-path %.3f train loss %.4f acc %.2f%% | test loss %.4f"
                    + " acc %.2f%% | %s%n", e.epoch() + 1, config.epochs(), e.lr(), e.dropPath(), e.trainLoss(),
                    100 * e.trainAccuracy(), e.testLoss(), 100 * e.testAccuracy(), ProgressBar.duration(e.seconds()));
            out.flush();
        }
    }
}
