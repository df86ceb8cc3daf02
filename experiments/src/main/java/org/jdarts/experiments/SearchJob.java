package org.jdarts.experiments;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.jdarts.core.genotype.Genotype;
import org.jdarts.core.method.SearchHooks;
import org.jdarts.core.run.EpochFiles;
import org.jdarts.core.run.EpochRecord;
import org.jdarts.core.run.Journal;
import org.jdarts.core.run.RunDirectory;
import org.jdarts.core.run.SearchMonitors;
import org.jdarts.core.search.BilevelOptimizer;
import org.jdarts.core.search.SearchEpoch;
import org.jdarts.core.search.SearchRunner;
import org.jdarts.core.supernet.EdgeEvaluation;
import org.jdarts.core.supernet.SearchNetwork;
import org.jdarts.data.ImageData;
import org.jdarts.space.SearchSpace;
import org.jdarts.space.SearchSpaces;
import org.jdarts.space.op.OperationRegistry;
import org.jdarts.space.op.OperationTrait;

/** One search as the run lifecycle carries it out: its space, data, supernet and optimisers. */
final class SearchJob extends RunJob<SearchPlan, SearchEpoch, SearchResult> {

    static RunJob<SearchPlan, SearchEpoch, SearchResult> of(SearchConfig config, RunDirectory resumed) {
        String space = resumed == null ? config.space() : resumed.file(RunDirectory.SPACE).toString();
        return new SearchJob(config, SearchSpaces.resolve(space, OperationRegistry.load()));
    }

    static SearchResult alreadyFinished(SearchConfig config, RunDirectory dir, Journal journal)
            throws IOException {
        return new SearchResult(RunStatus.ALREADY_FINISHED, dir.path(), journal.size(), config.epochs(),
                dir.readGenotype(), journal.last());
    }

    private final SearchConfig config;
    private final SearchSpace space;
    private SearchSetup setup;
    private BilevelOptimizer optimizer;

    SearchJob(SearchConfig config, SearchSpace space) {
        super(config, EpochRecord::of);
        this.config = config;
        this.space = space;
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
        return config.earlyStopSkips() > 0 && last != null
                && SearchMonitors.skips(last.genotype().normal()) >= config.earlyStopSkips();
    }

    @Override
    void checkData(ImageData data) {
        setup = SearchSetup.of(config, data);
    }

    @Override
    void build(RunRequest request) {
        NDManager manager = manager();
        Engine.getInstance().setRandomSeed((int) config.seed());
        SearchHooks hooks = config.configuredMethod().hooks();
        SearchNetwork network = new SearchNetwork(space, config.shape(setup.classes()),
                request.fuseEdges() ? EdgeEvaluation.FUSED : EdgeEvaluation.PER_EDGE, hooks.edgeDesign());
        network.setMemoryLayout(request.layout());
        network.initialize(manager, DataType.FLOAT32, setup.images().batch(1));
        optimizer = new BilevelOptimizer(network, config.hyperparameters(), hooks, manager);
        bind(new SearchRunner(optimizer, config.epochs(), setup.data(), manager, config.seed(), config.hessianEvery()),
                network, optimizer.sgd(), optimizer.adam());
    }

    @Override
    SearchPlan plan(RunRequest request, int firstEpoch) {
        SearchNetwork network = optimizer.network();
        return new SearchPlan(config, space, request.runDir(), request.device().getDeviceType(),
                setup.data().steps(), setup.trainImages(), setup.valImages(), setup.evalImages(),
                network.weightCount(), network.alphaNormal().getArray().getShape().get(0),
                network.architecture().size(), request.fuseEdges(),
                firstEpoch);
    }

    @Override
    SearchResult result(RunStatus status, RunRequest request, Journal journal) {
        EpochRecord last = journal.lastOrNull();
        return new SearchResult(status, request.runDir(), journal.size(), config.epochs(),
                last == null ? null : status == RunStatus.FINISHED ? finalGenotype(config, journal) : last.genotype(),
                last);
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
