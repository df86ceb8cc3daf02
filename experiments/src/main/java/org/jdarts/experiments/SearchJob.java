package org.jdarts.experiments;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jdarts.core.cost.CostKind;
import java.util.Set;
import org.jdarts.core.genotype.Genotype;
import org.jdarts.core.method.SearchHooks;
import org.jdarts.core.run.EpochFiles;
import org.jdarts.core.run.EpochRecord;
import org.jdarts.core.run.Journal;
import org.jdarts.core.run.Metric;
import org.jdarts.core.run.RunDirectory;
import org.jdarts.core.run.SearchMonitors;
import org.jdarts.core.run.RunKind;
import org.jdarts.core.search.BilevelOptimizer;
import org.jdarts.core.search.SearchData;
import org.jdarts.core.search.SearchEpoch;
import org.jdarts.core.search.SearchRunner;
import org.jdarts.core.supernet.EdgeEvaluation;
import org.jdarts.core.supernet.SearchNetwork;
import org.jdarts.data.ImageData;
import org.jdarts.data.ImageDataset;
import org.jdarts.data.ImageShape;
import org.jdarts.data.SearchSplit;
import org.jdarts.space.ConfigException;
import org.jdarts.space.SearchSpace;
import org.jdarts.space.SearchSpaces;
import org.jdarts.space.op.OperationRegistry;
import org.jdarts.space.op.OperationTrait;

/** One search as the run lifecycle carries it out: its space, data, supernet and optimisers. */
final class SearchJob extends RunJob<SearchEpoch> {

    static RunJob<SearchEpoch> of(SearchConfig config, RunDirectory resumed) {
        String space = resumed == null ? config.space() : resumed.file(RunDirectory.SPACE).toString();
        return new SearchJob(config, SearchSpaces.resolve(space, OperationRegistry.load()), resumed);
    }

    /** Says in one line how a search epoch went. */
    static String epochLine(SearchEpoch e, int epochs) {
        return String.format(Locale.ROOT, "epoch %d/%d lr %.5f train loss %.4f acc %.2f%% | val loss %.4f acc %.2f%%"
                + " | %s | %s", e.epoch() + 1, epochs, e.lr(), e.train().loss(), 100 * e.train().accuracy(),
                e.validation().loss(), 100 * e.validation().accuracy(), Numbers.duration(e.seconds()), e.genotype())
                + (Double.isNaN(e.hessianEigenvalue()) ? ""
                        : String.format(Locale.ROOT, " | Hessian eigenvalue %.4g", e.hessianEigenvalue()));
    }

    /**
     * The data of a search, split and checked before anything is written: the seeded
     * search-train / search-validation split of the training set, limited to the configured image
     * counts, augmented and shuffled per epoch from the seed.
     */
    private record Setup(SearchData data, int trainImages, int valImages, int evalImages, ImageShape images,
            int classes) {}

    private final SearchConfig config;
    private final SearchSpace space;
    private Setup setup;
    private BilevelOptimizer optimizer;

    private final SearchCosts costs;
    private final RunDirectory resumed;
    private LatencyFile latency;

    SearchJob(SearchConfig config, SearchSpace space, RunDirectory resumed) {
        this(config, space, new SearchCosts(), resumed);
    }

    private SearchJob(SearchConfig config, SearchSpace space, SearchCosts costs, RunDirectory resumed) {
        super(config, costs::record);
        this.config = config;
        this.space = space;
        this.costs = costs;
        this.resumed = resumed;
    }

    /**
     * A latency budget's table: the one the run kept ({@value LatencyFile#NAME}) when it resumes,
     * else the cached one for this machine, or one measured now.
     */
    @Override
    void prepareInputs(Consumer<String> notes) throws IOException {
        if (!config.cost().enabled() || config.cost().kind() != CostKind.LATENCY) {
            return;
        }
        if (resumed != null) {
            latency = LatencyFile.read(resumed.file(LatencyFile.NAME));
            return;
        }
        CostBudget b = config.cost();
        latency = LatencyCache.obtain(space, new LatencyFile.NetworkSize(b.costChannels(), b.costLayers(),
                setup.classes(), setup.images().channels(), setup.images().height()), b.device(), notes);
    }

    @Override
    Map<String, Object> inputs() {
        return latency == null ? Map.of() : Map.of(LatencyFile.NAME, latency);
    }

    @Override
    String spaceJson() {
        return SearchSpaces.toJsonText(space);
    }

    @Override
    List<String> operations() {
        return space.names();
    }

    @Override
    Set<String> parameterFree() {
        return space.operationsWith(OperationTrait.PARAMETER_FREE);
    }

    @Override
    public boolean endsEarly(Journal journal) {
        return earlyStop(config, journal);
    }

    /** Returns whether the last epoch of the journal triggers the configured early stop. */
    static boolean earlyStop(SearchConfig config, Journal journal) {
        EpochRecord last = journal.lastOrNull();
        return config.monitors().earlyStopSkips() > 0 && last != null
                && SearchMonitors.skips(last.genotype().normal()) >= config.monitors().earlyStopSkips();
    }

    /**
     * Splits the data and checks it: a batch larger than a search half or images too small for
     * the network are refused, naming the field.
     */
    @Override
    void checkData(ImageData data) {
        ImageSizes.check(data.shape(), false);
        SearchSplit full = SearchSplit.of(data.train().size(), config.images().splitPortion(), config.seed());
        SearchSplit split = full.limit(config.sizes().trainImages(), config.images().valImages());
        int half = Math.min(split.train().length, split.validation().length);
        int steps = half / config.sizes().batchSize();
        if (steps < 1) {
            throw new ConfigException("batchSize", config.sizes().batchSize() + " exceeds the " + half
                    + " images of a search half");
        }
        int[] evalIndices = Arrays.copyOf(full.validation(),
                Math.min(config.images().evalImages(), full.validation().length));
        ImageDataset train = augmented(data, split.train(), config.seed());
        ImageDataset val = augmented(data, split.validation(), config.seed() + 1);
        ImageDataset eval = ImageDataset.builder().setImages(data.train()).setNormalization(data.normalization())
                .optIndices(evalIndices)
                .setBatchSize(Math.max(config.sizes().batchSize(), 64)).build();
        setup = new Setup(new SearchData(train::forEpoch, val::forEpoch, eval, steps), split.train().length,
                split.validation().length, evalIndices.length, data.shape(), data.classes());
    }

    private ImageDataset augmented(ImageData data, int[] indices, long seed) {
        return ImageDataset.builder().setImages(data.train()).setNormalization(data.normalization())
                .optIndices(indices).setBatchSize(config.sizes().batchSize()).optAugmentation(data.augmentation())
                .optShuffle(true).optDropLast(true).optSeed(seed).build();
    }

    @Override
    void build(RunRequest request) {
        NDManager manager = manager();
        Engine.getInstance().setRandomSeed((int) config.seed());
        SearchHooks hooks = costs.wrap(config.method().configured().hooks(), config.cost(), space, setup.images(),
                setup.classes(), latency == null ? null : latency.table());
        SearchNetwork network = new SearchNetwork(space, config.shape(setup.classes()),
                request.fuseEdges() ? EdgeEvaluation.FUSED : EdgeEvaluation.PER_EDGE, hooks.edgeDesign());
        network.setMemoryLayout(request.layout());
        network.initialize(manager, DataType.FLOAT32, setup.images().batch(1));
        optimizer = new BilevelOptimizer(network, config.hyperparameters(), hooks, manager);
        bind(new SearchRunner(optimizer, config.epochs(), setup.data(), manager, config.seed(), config.monitors().hessianEvery()),
                network, optimizer.sgd(), optimizer.adam());
    }

    @Override
    void restored(Journal journal) {
        costs.restore(journal);
    }

    @Override
    RunPlan plan(RunRequest request, int firstEpoch) {
        RunSizes z = config.sizes();
        SgdSettings sgd = config.sgd();
        Monitors m = config.monitors();
        SearchNetwork network = optimizer.network();
        long alphaRows = network.alphaNormal().getArray().getShape().get(0);
        int steps = setup.data().steps();
        List<String> details = new ArrayList<>();
        details.add(String.format(Locale.ROOT, "space %s (%d ops: %s)", space.name(), space.size(),
                String.join(", ", space.names())));
        details.add(String.format(Locale.ROOT, "preset %s: C %d, L %d, batch %d, %d epochs x %d steps, order %s,"
                + " seed %d, device %s", config.preset(), z.channels(), z.layers(), z.batchSize(), z.epochs(), steps,
                config.order(), config.seed(), request.device().getDeviceType()));
        details.add(String.format(Locale.ROOT, "data: %d search-train + %d search-val images (split %.2f),"
                + " validation on %d", setup.trainImages(), setup.valImages(), config.images().splitPortion(),
                setup.evalImages()));
        details.add(String.format(Locale.ROOT, "weights: SGD lr %s -> %s (cosine), momentum %s, wd %s, clip %s;"
                + " alpha: Adam lr %s, betas (%s, 0.999), wd %s", Numbers.plain(sgd.lr()), Numbers.plain(sgd.lrMin()),
                Numbers.plain(sgd.momentum()), Numbers.plain(sgd.weightDecay()), Numbers.plain(sgd.gradClip()),
                Numbers.plain(config.arch().lr()), Numbers.plain(config.arch().effectiveBeta1()),
                Numbers.plain(config.arch().weightDecay())));
        MethodChoice method = config.method();
        details.add(String.format(Locale.ROOT, "method %s%s; monitors: %s, %s", method.resolvedName(),
                method.options() == null ? "" : " " + method.options(),
                m.hessianEvery() == 0 ? "no Hessian eigenvalue" : "Hessian eigenvalue every " + m.hessianEvery()
                        + " epoch(s) and at the end",
                m.earlyStopSkips() == 0 ? "no early stop" : "early stop at " + m.earlyStopSkips()
                        + " skips in the normal cell"));
        if (config.cost().enabled()) {
            details.add("cost term: " + config.cost().describe());
        }
        details.add(String.format(Locale.ROOT, "supernet: %,d weights, α 2 x %d x %d%s, %s", network.weightCount(),
                alphaRows, space.size(), network.architecture().size() > 2 ? ", β 2 x " + alphaRows
                        + " (edge normalisation)" : "",
                request.fuseEdges() ? FUSED_EDGES : "edges evaluated one by one (--no-fuse)"));
        return new RunPlan(RunKind.SEARCH, config, request.runDir(), request.device().getDeviceType(), steps,
                setup.trainImages(), firstEpoch, details);
    }

    /** How a plan says that the edges leaving a node are evaluated together. */
    static final String FUSED_EDGES = "edges leaving a node evaluated together";

    @Override
    RunResult result(RunStatus status, Path runDir, Journal journal) {
        EpochRecord last = journal.lastOrNull();
        Genotype genotype = last == null ? null
                : status == RunStatus.FINISHED ? finalGenotype(config, journal) : last.genotype();
        return result(status, runDir, journal, genotype);
    }

    @Override
    RunResult finished(RunDirectory dir, Journal journal) throws IOException {
        return result(RunStatus.ALREADY_FINISHED, dir.path(), journal, dir.readGenotype());
    }

    private RunResult result(RunStatus status, Path runDir, Journal journal, Genotype genotype) {
        List<String> summary = new ArrayList<>();
        if (status == RunStatus.FINISHED || status == RunStatus.ALREADY_FINISHED) {
            if (journal.size() < config.epochs()) {
                summary.add(String.format(Locale.ROOT, "early stop after epoch %d of %d: its normal cell holds the"
                        + " configured number of skip connections; the genotype of the epoch before is kept",
                        journal.size(), config.epochs()));
            }
            summary.add(String.format(Locale.ROOT, "final validation accuracy %.2f%% after %d epochs",
                    100 * journal.last().get(Metric.VAL_ACC), journal.size()));
            summary.add("genotype = " + genotype);
        }
        return new RunResult(RunKind.SEARCH, status, runDir, journal.size(), config.epochs(), genotype,
                journal.lastOrNull(), summary);
    }

    @Override
    public void seal(RunDirectory dir, Journal journal) throws IOException {
        EpochFiles.writeFinalGenotype(dir, finalGenotype(config, journal));
    }

    /**
     * Returns a finished search's genotype: the last epoch's, or after an early stop the genotype
     * of the epoch before the one that triggered it (the first epoch's when the first triggered it).
     */
    static Genotype finalGenotype(SearchConfig config, Journal journal) {
        List<EpochRecord> records = journal.records();
        if (earlyStop(config, journal) && records.size() >= 2) {
            return records.get(records.size() - 2).genotype();
        }
        return journal.last().genotype();
    }
}
