package org.jdarts.experiments;

import ai.djl.ndarray.NDManager;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jdarts.core.eval.EvalNetwork;
import org.jdarts.core.eval.ModelCost;
import org.jdarts.core.genotype.GenotypeFiles;
import org.jdarts.core.network.CellNetwork;
import org.jdarts.core.run.EpochRecord;
import org.jdarts.core.run.Journal;
import org.jdarts.core.run.Metric;
import org.jdarts.core.run.ResultField;
import org.jdarts.core.run.RunDirectory;
import org.jdarts.core.train.NetworkTrainer;
import org.jdarts.core.train.TrainEpoch;
import org.jdarts.core.train.TrainRunner;
import org.jdarts.data.ImageData;

/** One training run as the run lifecycle carries it out: its genotype, data, network and optimiser. */
final class TrainJob extends RunJob<TrainPlan, TrainEpoch, TrainResult> {

    static RunJob<TrainPlan, TrainEpoch, TrainResult> of(TrainConfig config, RunDirectory resumed) {
        return new TrainJob(config, GenotypeSource.resolve(resumed == null ? config.genotype() : resumed.toString()));
    }

    static TrainResult alreadyFinished(TrainConfig config, RunDirectory dir, Journal journal)
            throws IOException {
        Map<?, ?> results = dir.readJson(RunDirectory.RESULTS, Map.class);
        return new TrainResult(RunStatus.ALREADY_FINISHED, dir.path(), journal.size(), config.epochs(), journal.last(),
                ((Number) results.get(ResultField.TEST_IMAGES.key())).intValue(), ((Number) results.get(ResultField.PARAMETERS.key())).longValue());
    }


    private final TrainConfig config;
    private final GenotypeSource source;
    private TrainSetup setup;
    private NetworkTrainer trainer;
    private long parameters;
    private long multiplyAdds;

    TrainJob(TrainConfig config, GenotypeSource source) {
        super(config, EpochRecord::of);
        this.config = config;
        this.source = source;
    }

    @Override
    String spaceJson() {
        return source.space();
    }

    @Override
    Map<String, Object> inputs() {
        return Map.of(RunDirectory.GENOTYPE, GenotypeFiles.toJson(source.genotype()));
    }

    @Override
    void checkData(ImageData data) {
        setup = TrainSetup.of(config, data);
    }

    @Override
    void build(RunRequest request) {
        NDManager manager = manager();
        EvalNetwork network = config.buildNetwork(source, manager, setup.images(), setup.classes());
        parameters = network.parameterCount();
        multiplyAdds = ModelCost.multiplyAdds(network, CellNetwork.AUXILIARY);
        trainer = new NetworkTrainer(network, config.hyperparameters(), manager);
        bind(new TrainRunner(trainer, config.epochs(), setup.train()::forEpoch, setup.test(),
                setup.train().batchCount(), config.seed(), manager), network, trainer.sgd(), null);
    }

    @Override
    TrainPlan plan(RunRequest request, int firstEpoch) {
        return new TrainPlan(config, source.genotype(), request.runDir(), request.device().getDeviceType(),
                setup.train().batchCount(), setup.trainImages(), parameters, multiplyAdds, firstEpoch);
    }

    @Override
    TrainResult result(RunStatus status, RunRequest request, Journal journal) {
        return new TrainResult(status, request.runDir(), journal.size(), config.epochs(), journal.lastOrNull(),
                setup.test().size(), parameters);
    }

    @Override
    public void seal(RunDirectory dir, Journal journal) throws IOException {
        Map<String, Double> last = journal.last().metrics();
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("genotype", source.genotype().toString());
        results.put("epochs", config.epochs());
        results.put(ResultField.TEST_ACCURACY.key(), last.get(Metric.TEST_ACC.key()));
        results.put(ResultField.TEST_ERROR.key(), 1 - last.get(Metric.TEST_ACC.key()));
        results.put(ResultField.TEST_LOSS.key(), last.get(Metric.TEST_LOSS.key()));
        results.put(ResultField.TEST_IMAGES.key(), setup.test().size());
        results.put(ResultField.PARAMETERS.key(), parameters);
        results.put("multiply_adds", multiplyAdds);
        dir.writeJson(RunDirectory.RESULTS, results);
    }
}
