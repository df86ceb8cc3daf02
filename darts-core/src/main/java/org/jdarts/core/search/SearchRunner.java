package org.jdarts.core.search;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.training.dataset.Batch;
import java.util.List;
import java.util.function.DoubleSupplier;
import org.jdarts.core.genotype.ArchitectureWeights;
import org.jdarts.core.genotype.Genotype;
import org.jdarts.core.genotype.GenotypeDerivation;
import org.jdarts.core.loop.BatchSteps;
import org.jdarts.core.loop.DivergedException;
import org.jdarts.core.loop.EpochRunner;
import org.jdarts.core.loop.EpochSteps;
import org.jdarts.core.loop.Evaluation;
import org.jdarts.core.loop.Metrics;
import org.jdarts.space.ConfigException;
import org.jdarts.space.SearchSpace;

/**
 * Runs search epochs: per step an architecture step on a search-validation batch and a weight step
 * on a search-train batch; per epoch a validation pass, the softmax α and the derived genotype, and
 * every k epochs (and after the last) an estimate of the dominant eigenvalue of the Hessian of the
 * validation loss with respect to the architecture parameters.
 */
public final class SearchRunner extends EpochRunner<SearchEpoch> {

    private final BilevelOptimizer optimizer;
    private final SearchData data;
    private final NDManager manager;
    private final long seed;
    private final int hessianEvery;

    /**
     * Creates the runner.
     *
     * @param optimizer the network and its optimisers
     * @param epochs the epochs of the whole search (the learning-rate schedule's period)
     * @param data the datasets
     * @param manager the parent of every per-step manager (on the run's device)
     */
    public SearchRunner(BilevelOptimizer optimizer, int epochs, SearchData data, NDManager manager) {
        this(optimizer, epochs, data, manager, 0, 0);
    }

    /**
     * Creates the runner.
     *
     * @param optimizer the network, its optimisers and the method's hooks
     * @param epochs the epochs of the whole search (the learning-rate schedule's period)
     * @param data the datasets
     * @param manager the parent of every per-step manager (on the run's device)
     * @param seed the search's seed (handed to the method's hooks and the eigenvalue estimate)
     * @param hessianEvery estimate the Hessian's dominant eigenvalue after every k-th epoch and after
     *     the last; 0 never
     */
    public SearchRunner(BilevelOptimizer optimizer, int epochs, SearchData data, NDManager manager, long seed,
            int hessianEvery) {
        super(optimizer.hyperparameters().schedule(epochs));
        if (hessianEvery < 0) {
            throw new ConfigException("hessianEvery", "must be 0 (never) or positive, got " + hessianEvery);
        }
        this.optimizer = optimizer;
        this.data = data;
        this.manager = manager;
        this.seed = seed;
        this.hessianEvery = hessianEvery;
    }

    @Override
    protected EpochSteps steps(int epoch, double lr) throws Exception {
        optimizer.startEpoch(epoch, epochs(), seed);
        return new BatchSteps(data.steps(), List.of(data.train().apply(epoch).getData(manager),
                data.validation().apply(epoch).getData(manager)),
                (x, y) -> optimizer.step(x.get(0), y.get(0), x.get(1), y.get(1), lr), optimizer.hooks()::skipStep);
    }

    /** Returns whether the epoch ends with an eigenvalue estimate. */
    boolean estimatesHessian(int epoch) {
        return hessianEvery > 0 && ((epoch + 1) % hessianEvery == 0 || epoch == epochs() - 1);
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
        double eigenvalue = estimatesHessian(epoch) ? hessianEigenvalue(epoch) : Double.NaN;
        return new SearchEpoch(epoch, lr, train, validation, seconds.getAsDouble(), weights, genotype, eigenvalue);
    }

    /**
     * Estimates the dominant eigenvalue on the first batch of the end-of-epoch validation data, in
     * training mode like the architecture step; the BatchNorm statistics those passes update are
     * restored, so the search goes on exactly as without the estimate.
     */
    private double hessianEigenvalue(int epoch) throws Exception {
        for (Batch b : data.evaluation().getData(manager)) {
            try (b; RunningState state = RunningState.save(optimizer.network())) {
                NDArray x = b.getData().head();
                NDArray y = b.getLabels().head();
                return HessianEigenvalue.estimate(optimizer.architecture(),
                        scope -> optimizer.validationGradient(x, y, scope),
                        HessianEigenvalue.Settings.standard(seed * 1_000_003L + epoch), manager).eigenvalue();
            }
        }
        throw new IllegalStateException("the validation data has no batch");
    }
}
