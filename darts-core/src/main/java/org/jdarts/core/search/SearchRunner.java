package org.jdarts.core.search;

import ai.djl.ndarray.NDManager;
import java.util.List;
import java.util.function.DoubleSupplier;
import org.jdarts.core.genotype.Genotype;
import org.jdarts.core.genotype.GenotypeDerivation;
import org.jdarts.core.loop.BatchSteps;
import org.jdarts.core.loop.DivergedException;
import org.jdarts.core.loop.EpochRunner;
import org.jdarts.core.loop.EpochSteps;
import org.jdarts.core.loop.Evaluation;
import org.jdarts.core.loop.Metrics;
import org.jdarts.space.SearchSpace;

/**
 * Runs search epochs: per step an architecture step on a search-validation batch and a weight step
 * on a search-train batch; per epoch a validation pass, the softmax α and the derived genotype.
 */
public final class SearchRunner extends EpochRunner<SearchEpoch> {

    private final BilevelOptimizer optimizer;
    private final SearchData data;
    private final NDManager manager;

    /**
     * Creates the runner.
     *
     * @param optimizer the network and its optimisers
     * @param epochs the epochs of the whole search (the learning-rate schedule's period)
     * @param data the datasets
     * @param manager the parent of every per-step manager (on the run's device)
     */
    public SearchRunner(BilevelOptimizer optimizer, int epochs, SearchData data, NDManager manager) {
        super(optimizer.hyperparameters().schedule(epochs));
        this.optimizer = optimizer;
        this.data = data;
        this.manager = manager;
    }

    @Override
    protected EpochSteps steps(int epoch, double lr) throws Exception {
        return new BatchSteps(data.steps(), List.of(data.train().apply(epoch).getData(manager),
                data.validation().apply(epoch).getData(manager)),
                (x, y) -> optimizer.step(x.get(0), y.get(0), x.get(1), y.get(1), lr), () -> { });
    }

    @Override
    protected SearchEpoch finish(int epoch, double lr, Metrics train, DoubleSupplier seconds) throws Exception {
        Metrics validation = Evaluation.run(optimizer.network(), optimizer.store(), data.evaluation(), manager);
        if (!Double.isFinite(validation.loss())) {
            throw new DivergedException("validation loss became " + validation.loss() + " after epoch " + (epoch + 1));
        }
        ArchitectureWeights weights = optimizer.architectureWeights();
        SearchSpace space = optimizer.network().space();
        Genotype genotype = GenotypeDerivation.derive(weights.normal(), weights.reduce(), space.names(),
                space.zeroOperations());
        return new SearchEpoch(epoch, lr, train, validation, seconds.getAsDouble(), weights, genotype);
    }
}
