package org.jdarts.experiments;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jdarts.cifar10.Augmentation;
import org.jdarts.cifar10.Cifar10;
import org.jdarts.cifar10.Cifar10Reader;
import org.jdarts.cifar10.CifarDataset;
import org.jdarts.cifar10.SearchSplit;
import org.jdarts.cli.AtomicFiles;
import org.jdarts.cli.EpochProgress;
import org.jdarts.cli.Numbers;
import org.jdarts.cli.ProgressBar;
import org.jdarts.core.genotype.Genotype;
import org.jdarts.core.genotype.GenotypeFiles;
import org.jdarts.core.optim.CosineSchedule;
import org.jdarts.core.search.BilevelOptimizer;
import org.jdarts.core.search.DivergedException;
import org.jdarts.core.search.EpochResult;
import org.jdarts.core.checkpoint.Checkpoint;
import org.jdarts.core.search.SearchData;
import org.jdarts.core.search.SearchListener;
import org.jdarts.core.search.SearchRunner;
import org.jdarts.core.search.StepResult;
import org.jdarts.core.supernet.SearchNetwork;
import org.jdarts.core.supernet.SupernetConfig;
import org.jdarts.space.SearchSpace;
import org.jdarts.space.SearchSpaces;
import org.jdarts.space.op.OperationRegistry;

/**
 * A search run: wires CIFAR-10, the supernet and the bilevel optimiser to a run directory, for a
 * new run or a resumed one.
 */
public final class SearchRun {

    /** The copy of the search space kept in the run directory, so a resumed run needs no other file. */
    public static final String SPACE = "space.json";

    private final PrintWriter out;
    private final PrintWriter err;
    private int stopAfter = Integer.MAX_VALUE;

    /**
     * Creates a run that reports to the given streams.
     *
     * @param out the resolved configuration, epoch summaries, final genotype
     * @param err progress bars
     */
    public SearchRun(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    /**
     * Stops the run after this many more epochs (counted from where it starts or resumes), leaving a
     * checkpoint to resume from.
     *
     * @param epochs epochs after which to stop
     * @return this run
     */
    public SearchRun stopAfter(int epochs) {
        if (epochs < 1) {
            throw new IllegalArgumentException("--stop-after must be at least 1, got " + epochs);
        }
        this.stopAfter = epochs;
        return this;
    }

    /**
     * Starts a new run in {@code runDir} (which must be absent or empty, or a run directory when
     * {@code force} is set).
     *
     * @param config the resolved configuration
     * @param dataDir the CIFAR-10 folder
     * @param device cpu or gpu
     * @param runDir the run directory
     * @param force overwrite an existing run directory
     * @param args the command line, for provenance
     * @return the final genotype
     * @throws Exception on bad input, failed I/O or divergence
     */
    public Genotype start(SearchConfig config, Path dataDir, String device, Path runDir, boolean force,
            List<String> args) throws Exception {
        org.jdarts.cli.DeviceOption.resolve(device);
        SearchSpace space = SearchSpaces.resolve(config.space(), OperationRegistry.load());
        RunDirectories.prepare(runDir, force, List.of(SearchRunFiles.CONFIG, SearchRunFiles.PROVENANCE,
                SearchRunFiles.METRICS, SearchRunFiles.ALPHAS, SearchRunFiles.GENOTYPES, SearchRunFiles.GENOTYPE,
                SearchRunFiles.GENOTYPE_TEXT, SearchRunFiles.CHECKPOINT, SPACE));
        Cifar10 data = Cifar10Reader.read(dataDir);
        AtomicFiles.write(runDir.resolve(SearchRunFiles.CONFIG), config.jsonBytes());
        AtomicFiles.writeString(runDir.resolve(SPACE), SearchSpaces.toJsonText(space));
        Provenance provenance = Provenance.now(device, config.seed(), dataDir.toString(), data.checksums(), args);
        AtomicFiles.writeJson(runDir.resolve(SearchRunFiles.PROVENANCE), provenance);
        return run(config, space, data, device, runDir, provenance, false);
    }

    /**
     * Resumes the run in {@code runDir} from its last checkpoint.
     *
     * @param runDir a run directory with a checkpoint
     * @param dataDir the CIFAR-10 folder (must hold the same files as when the run started)
     * @param device cpu or gpu
     * @param args the command line, for provenance
     * @return the final genotype
     * @throws Exception on bad input, failed I/O or divergence
     */
    public Genotype resume(Path runDir, Path dataDir, String device, List<String> args) throws Exception {
        org.jdarts.cli.DeviceOption.resolve(device);
        SearchConfig config = RunDirectories.readResumable(runDir, SearchConfig.class, "search");
        SearchSpace space = SearchSpaces.resolve(runDir.resolve(SPACE).toString(), OperationRegistry.load());
        Cifar10 data = Cifar10Reader.read(dataDir);
        Provenance provenance = RunDirectories.resumeProvenance(runDir, data, dataDir, device, args);
        return run(config, space, data, device, runDir, provenance, true);
    }

    private Genotype run(SearchConfig config, SearchSpace space, Cifar10 data, String deviceName, Path runDir,
            Provenance provenance, boolean resuming) throws Exception {
        Device device = org.jdarts.cli.DeviceOption.resolve(deviceName);
        SearchSplit full = SearchSplit.of(data.train().size(), config.splitPortion(), config.seed());
        SearchSplit split = full.limit(config.trainImages(), config.valImages());
        int steps = Math.min(split.train().length, split.validation().length) / config.batchSize();
        if (steps < 1) {
            throw new IllegalArgumentException("--batch-size " + config.batchSize() + " exceeds the "
                    + Math.min(split.train().length, split.validation().length) + " images of a search half");
        }
        int[] evalIndices = Arrays.copyOf(full.validation(), Math.min(config.evalImages(), full.validation().length));
        CifarDataset train = dataset(data, split.train(), config, Augmentation.STANDARD, config.seed());
        CifarDataset val = dataset(data, split.validation(), config, Augmentation.STANDARD, config.seed() + 1);
        CifarDataset eval = CifarDataset.builder().setImages(data.train()).optIndices(evalIndices)
                .setBatchSize(Math.max(config.batchSize(), 64)).build();
        SearchData searchData = new SearchData(train::forEpoch, val::forEpoch, eval, steps);

        printConfig(config, space, runDir, deviceName, steps, split, evalIndices.length);
        SearchRunFiles files = new SearchRunFiles(runDir, space.names());
        Path checkpoint = runDir.resolve(SearchRunFiles.CHECKPOINT);
        try (NDManager manager = NDManager.newBaseManager(device)) {
            Engine.getInstance().setRandomSeed((int) config.seed());
            SearchNetwork network = new SearchNetwork(space,
                    new SupernetConfig(config.channels(), config.layers(), 10));
            network.initialize(manager, DataType.FLOAT32, new Shape(1, 3, 32, 32));
            BilevelOptimizer optimizer = new BilevelOptimizer(network, config.hyperparameters(), manager);
            int from = 0;
            if (resuming) {
                from = Checkpoint.read(checkpoint, config.fingerprint(), optimizer.network(), optimizer.sgd(), optimizer.adam(), manager);
                files.reload(from);
                if (from >= config.epochs()) {
                    throw new IllegalArgumentException("--resume " + runDir + ": the run already finished its "
                            + config.epochs() + " epochs");
                }
                out.printf("resuming after epoch %d of %d%n", from, config.epochs());
            }
            out.printf(Locale.ROOT, "supernet: %,d weights, α 2 x %d x %d%n", network.weightCount(),
                    network.alphaNormal().getArray().getShape().get(0), space.size());
            out.flush();
            SearchRunner runner = new SearchRunner(optimizer,
                    new CosineSchedule(config.lr(), config.lrMin(), config.epochs()), searchData, manager);
            Listener listener = new Listener(config, files, checkpoint, optimizer);
            int until = (int) Math.min(config.epochs(), (long) from + stopAfter);
            try {
                runner.run(from, until, listener);
            } catch (DivergedException e) {
                listener.finishBar();
                throw new DivergedException(e.getMessage() + "; the last good checkpoint ("
                        + (listener.lastSaved < 0 ? "none" : "epoch " + listener.lastSaved) + ") is kept in " + checkpoint);
            }
            Genotype genotype = listener.last.genotype();
            if (until < config.epochs()) {
                out.printf("stopped after epoch %d of %d as asked; continue with: jdarts search --resume %s%n",
                        until, config.epochs(), runDir);
                out.flush();
                return genotype;
            }
            AtomicFiles.writeJson(runDir.resolve(SearchRunFiles.GENOTYPE), GenotypeFiles.toJson(genotype));
            AtomicFiles.writeString(runDir.resolve(SearchRunFiles.GENOTYPE_TEXT), genotype + "\n");
            AtomicFiles.writeJson(runDir.resolve(SearchRunFiles.PROVENANCE), provenance.finishedNow());
            out.printf(Locale.ROOT, "final validation accuracy %.2f%% after %d epochs%n",
                    100 * listener.last.valAccuracy(), config.epochs());
            out.println("genotype = " + genotype);
            out.println("run directory: " + runDir);
            out.flush();
            return genotype;
        }
    }

    private static CifarDataset dataset(Cifar10 data, int[] indices, SearchConfig config, Augmentation aug,
            long seed) {
        return CifarDataset.builder().setImages(data.train()).optIndices(indices).setBatchSize(config.batchSize())
                .optAugmentation(aug).optShuffle(true).optDropLast(true).optSeed(seed).build();
    }

    private void printConfig(SearchConfig c, SearchSpace space, Path runDir, String device, int steps,
            SearchSplit split, int evalImages) {
        out.printf(Locale.ROOT, "jdarts search -> %s%n", runDir);
        out.printf(Locale.ROOT, "  space %s (%d ops: %s)%n", space.name(), space.size(), String.join(", ", space.names()));
        out.printf(Locale.ROOT, "  preset %s: C %d, L %d, batch %d, %d epochs x %d steps, order %s, seed %d, device %s%n",
                c.preset(), c.channels(), c.layers(), c.batchSize(), c.epochs(), steps, c.order(), c.seed(), device);
        out.printf(Locale.ROOT, "  data: %d search-train + %d search-val images (split %.2f), validation on %d%n",
                split.train().length, split.validation().length, c.splitPortion(), evalImages);
        out.printf(Locale.ROOT, "  weights: SGD lr %s -> %s (cosine), momentum %s, wd %s, clip %s;"
                + " alpha: Adam lr %s, betas (0.5, 0.999), wd %s%n", Numbers.plain(c.lr()), Numbers.plain(c.lrMin()),
                Numbers.plain(c.momentum()), Numbers.plain(c.weightDecay()), Numbers.plain(c.gradClip()),
                Numbers.plain(c.archLr()), Numbers.plain(c.archWeightDecay()));
        out.flush();
    }

    /** Draws progress, writes the per-epoch files and the checkpoint, prints a summary line. */
    private final class Listener implements SearchListener {
        private final SearchConfig config;
        private final SearchRunFiles files;
        private final Path checkpoint;
        private final BilevelOptimizer optimizer;
        private final EpochProgress progress;
        private EpochResult last;
        private int lastSaved = -1;

        Listener(SearchConfig config, SearchRunFiles files, Path checkpoint, BilevelOptimizer optimizer) {
            this.config = config;
            this.progress = new EpochProgress(err, config.epochs());
            this.files = files;
            this.checkpoint = checkpoint;
            this.optimizer = optimizer;
        }

        @Override
        public void onEpochStart(int epoch, int steps) {
            progress.start(epoch, steps);
        }

        @Override
        public void onStep(int epoch, int step, int steps, StepResult result) {
            progress.step(step, result);
        }

        void finishBar() {
            progress.finish();
        }

        @Override
        public void onEpoch(EpochResult r) throws IOException {
            finishBar();
            Checkpoint.write(checkpoint, r.epoch() + 1, config.fingerprint(), optimizer.network(), optimizer.sgd(), optimizer.adam());
            lastSaved = r.epoch() + 1;
            files.record(r);
            last = r;
            out.printf(Locale.ROOT, "epoch %d/%d lr %.5f train loss %.4f acc %.2f%% | val loss %.4f acc %.2f%% | %s | %s%n",
                    r.epoch() + 1, config.epochs(), r.lr(), r.trainLoss(), 100 * r.trainAccuracy(), r.valLoss(),
                    100 * r.valAccuracy(), ProgressBar.duration(r.seconds()), r.genotype());
            out.flush();
        }
    }
}
