package org.jdarts.core.search;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.training.ParameterStore;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.jdarts.core.genotype.ArchitectureWeights;
import org.jdarts.core.loop.Objective;
import org.jdarts.core.loop.Pass;
import org.jdarts.core.loop.StepResult;
import org.jdarts.core.loop.WeightTrainer;
import org.jdarts.core.method.SearchHooks;
import org.jdarts.core.nn.Classification;
import org.jdarts.core.nn.Gradients;
import org.jdarts.core.optim.GradientClipping;
import org.jdarts.core.optim.TorchAdam;
import org.jdarts.core.optim.TorchSgd;
import org.jdarts.core.supernet.SearchNetwork;
import org.jdarts.space.blocks.Scalars;

/**
 * One DARTS step: an architecture step on a search-validation batch (Adam on α, first or second
 * order), then a weight step on a search-train batch (SGD with PyTorch semantics after global-norm
 * clipping). Every per-step array lives in a step-scoped manager, so native memory stays flat.
 *
 * <p>Each backward pass differentiates only what that pass needs (α for the architecture step, the
 * weights for the weight step); the other parameters are frozen for it, which skips their
 * gradient kernels without changing any result.
 */
public final class BilevelOptimizer {

    private final SearchNetwork network;
    private final SearchHyperparameters hp;
    private final SearchHooks hooks;
    private final Objective architectureObjective;
    private boolean updatesArchitecture = true;
    private final NDManager stateManager;
    private final WeightTrainer trainer;
    private final List<NDArray> weights;
    private final List<NDArray> alphas = new ArrayList<>();
    private final List<NDArray> all = new ArrayList<>();
    private final TorchAdam adam;

    /**
     * Creates the optimiser for an initialised network.
     *
     * @param network the supernet
     * @param hp the hyperparameters
     * @param stateManager owns the optimisers' state (momentum, moments)
     */
    public BilevelOptimizer(SearchNetwork network, SearchHyperparameters hp, NDManager stateManager) {
        this(network, hp, SearchHooks.darts(), stateManager);
    }

    /**
     * Creates the optimiser of a search method for an initialised network.
     *
     * @param network the supernet (built with the hooks' {@link SearchHooks#edgeDesign()})
     * @param hp the hyperparameters
     * @param hooks the method's hooks
     * @param stateManager owns the optimisers' state (momentum, moments)
     */
    public BilevelOptimizer(SearchNetwork network, SearchHyperparameters hp, SearchHooks hooks,
            NDManager stateManager) {
        this.network = network;
        this.hp = hp;
        this.hooks = hooks;
        this.architectureObjective = this::architectureLoss;
        this.stateManager = stateManager;
        this.trainer = new WeightTrainer(network, network.weights(), hp.momentum(), hp.weightDecay(), hp.gradClip(),
                stateManager);
        weights = trainer.weights();
        network.architecture().forEach(p -> alphas.add(p.getArray()));
        all.addAll(weights);
        all.addAll(alphas);
        adam = new TorchAdam(alphas.size(), hp.archLr(), hp.archBeta1(), hp.archBeta2(), hp.archWeightDecay());
    }

    /** Returns the SGD state (for checkpoints). */
    public TorchSgd sgd() {
        return trainer.sgd();
    }

    /** Returns the Adam state (for checkpoints). */
    public TorchAdam adam() {
        return adam;
    }

    /** Returns the network. */
    public SearchNetwork network() {
        return network;
    }

    /** Returns the hyperparameters. */
    public SearchHyperparameters hyperparameters() {
        return hp;
    }

    /** Returns the method's hooks. */
    public SearchHooks hooks() {
        return hooks;
    }

    /** Returns the architecture parameters' arrays: α_normal, α_reduce, then any β. */
    public List<NDArray> architecture() {
        return alphas;
    }

    /**
     * Prepares the steps of an epoch: tells the hooks, and asks them whether the architecture is updated.
     *
     * @param epoch the epoch, from 0
     * @param epochs the search's epochs
     * @param seed the search's seed
     */
    public void startEpoch(int epoch, int epochs, long seed) {
        hooks.startEpoch(epoch, epochs, seed, network);
        updatesArchitecture = hooks.updatesArchitecture(epoch);
    }

    /** Returns the parameter store the network is run with. */
    public ParameterStore store() {
        return trainer.store();
    }

    /**
     * Performs one bilevel step.
     *
     * @param xTrain search-train images
     * @param yTrain their labels
     * @param xVal search-validation images
     * @param yVal their labels
     * @param lr this epoch's weight learning rate (also ξ of the second-order step)
     * @return the weight step's loss and accuracy
     */
    public StepResult step(NDArray xTrain, NDArray yTrain, NDArray xVal, NDArray yVal, double lr) {
        if (updatesArchitecture) {
            try (NDManager scope = xTrain.getManager().newSubManager()) {
                adam.step(alphas, alphaGradient(xTrain, yTrain, xVal, yVal, lr, scope), stateManager);
            }
        }
        network.setMixing(hooks::weightStepMixing);
        try {
            return trainer.step(xTrain, yTrain, lr, Objective.CROSS_ENTROPY, alphas);
        } finally {
            network.setMixing(UnaryOperator.identity());
        }
    }

    /** Cross-entropy plus the method's architecture term (reported: the cross-entropy). */
    private Objective.Losses architectureLoss(NDList outputs, NDArray labels) {
        NDArray loss = Classification.crossEntropy(outputs.get(0), labels);
        List<NDArray> inPass = new ArrayList<>(alphas.size());
        for (NDArray a : alphas) {
            // an operation, so that the term's gradient reaches α (duplicate() copies outside the
            // autograd graph), kept in the pass's manager rather than α's
            NDArray copy = Scalars.times(a, 1);
            copy.attach(labels.getManager());
            inPass.add(copy);
        }
        NDArray term = hooks.architectureTerm(inPass);
        return term == null ? new Objective.Losses(loss, loss) : new Objective.Losses(loss.add(term), loss);
    }

    /**
     * Computes the architecture gradient without applying it.
     *
     * @param xTrain search-train images (used by the second order only)
     * @param yTrain their labels
     * @param xVal search-validation images
     * @param yVal their labels
     * @param lr ξ, the virtual step's learning rate
     * @param scope owns the returned gradients
     * @return ∇α for α_normal and α_reduce
     */
    public List<NDArray> alphaGradient(
            NDArray xTrain, NDArray yTrain, NDArray xVal, NDArray yVal, double lr, NDManager scope) {
        if (hp.order() == SearchOrder.FIRST) {
            return trainer.backward(xVal, yVal, architectureObjective, alphas, weights, scope).grads();
        }
        return secondOrderAlphaGradient(xTrain, yTrain, xVal, yVal, lr, scope);
    }

    private List<NDArray> secondOrderAlphaGradient(
            NDArray xTrain, NDArray yTrain, NDArray xVal, NDArray yVal, double xi, NDManager scope) {
        // w' = w − ξ(momentum·buf + ∇w L_train(w, α) + wd·w)
        Pass train = pass(xTrain, yTrain, weights, alphas, scope);
        List<NDArray> backup = new ArrayList<>(weights.size());
        for (int i = 0; i < weights.size(); i++) {
            NDArray w = weights.get(i);
            NDArray copy = w.duplicate();
            copy.attach(scope);
            backup.add(copy);
            NDArray direction = train.grads().get(i).add(copy.mul(hp.weightDecay()));
            NDArray buf = trainer.sgd().buffer(i);
            if (buf != null) {
                try (NDArray moment = buf.mul(trainer.sgd().momentum())) {
                    direction.addi(moment);
                }
            }
            w.subi(direction.muli(xi));
        }
        // ∇α L_val(w', α) and v = ∇w' L_val(w', α)
        // v = dw stays valid below (the weights are frozen in the ± passes); dα and g⁺ are copied
        // because the ± passes overwrite α's gradient.
        Pass val = trainer.backward(xVal, yVal, architectureObjective, all, List.of(), scope);
        List<NDArray> dw = val.grads().subList(0, weights.size());
        List<NDArray> dAlpha = Gradients.copies(alphas, scope);
        // ε = 0.01 / ‖v‖, a 0-d float64 array: nothing is read on the host
        NDArray norm = GradientClipping.globalNorm(dw);
        norm.attach(scope);
        NDArray eps = NDArrays.div(0.01, norm);
        NDArray twoEps = eps.mul(2);
        NDArray minusEps = eps.neg();
        // ∇α L_train(w±, α) with w± = w ± ε·v
        setWeights(backup, dw, eps);
        pass(xTrain, yTrain, alphas, weights, scope);
        List<NDArray> plus = Gradients.copies(alphas, scope);
        setWeights(backup, dw, minusEps);
        List<NDArray> minus = pass(xTrain, yTrain, alphas, weights, scope).grads();
        setWeights(backup, dw, null);
        List<NDArray> result = new ArrayList<>(alphas.size());
        for (int i = 0; i < alphas.size(); i++) {
            NDArray hessian = plus.get(i).sub(minus.get(i)).divi(twoEps);
            result.add(dAlpha.get(i).sub(hessian.muli(xi)));
        }
        return result;
    }

    /** Sets every weight to backup + scale·direction (backup itself when scale is null), in place. */
    private void setWeights(List<NDArray> backup, List<NDArray> direction, NDArray scale) {
        for (int i = 0; i < weights.size(); i++) {
            NDArray w = weights.get(i);
            try (NDArray target = scale == null ? backup.get(i).duplicate()
                    : direction.get(i).mul(scale).addi(backup.get(i))) {
                w.muli(0).addi(target);
            }
        }
    }

    /**
     * Returns ∇ of the cross-entropy on a batch with respect to the architecture parameters (a
     * training-mode pass, as the architecture step makes; the method's term left out).
     *
     * @param x images
     * @param y labels
     * @param scope owns the returned gradients
     * @return one gradient per architecture parameter, live views (see {@link WeightTrainer#backward})
     */
    public List<NDArray> validationGradient(NDArray x, NDArray y, NDManager scope) {
        return pass(x, y, alphas, weights, scope).grads();
    }

    /** One forward and backward pass with the search's cross-entropy, differentiating {@code wrt} only. */
    Pass pass(NDArray x, NDArray y, List<NDArray> wrt, List<NDArray> frozen, NDManager scope) {
        return trainer.backward(x, y, Objective.CROSS_ENTROPY, wrt, frozen, scope);
    }

    /**
     * Returns the architecture weights a genotype is derived from: softmax(α), scaled per edge by
     * the edge-normalisation weights when the method has them.
     */
    public ArchitectureWeights architectureWeights() {
        return new ArchitectureWeights(network.derivationWeights(0), network.derivationWeights(1));
    }
}
