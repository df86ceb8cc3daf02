package org.jdarts.core.search;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.training.ParameterStore;
import java.util.ArrayList;
import java.util.List;
import org.jdarts.core.loop.Objective;
import org.jdarts.core.loop.Pass;
import org.jdarts.core.loop.StepResult;
import org.jdarts.core.loop.WeightTrainer;
import org.jdarts.core.nn.Gradients;
import org.jdarts.core.optim.GradientClipping;
import org.jdarts.core.optim.TorchAdam;
import org.jdarts.core.optim.TorchSgd;
import org.jdarts.core.supernet.SearchNetwork;

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
        this.network = network;
        this.hp = hp;
        this.stateManager = stateManager;
        this.trainer = new WeightTrainer(network, network.weights(), hp.momentum(), hp.weightDecay(), hp.gradClip(),
                stateManager);
        weights = trainer.weights();
        alphas.add(network.alphaNormal().getArray());
        alphas.add(network.alphaReduce().getArray());
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
        try (NDManager scope = xTrain.getManager().newSubManager()) {
            adam.step(alphas, alphaGradient(xTrain, yTrain, xVal, yVal, lr, scope), stateManager);
        }
        return trainer.step(xTrain, yTrain, lr, Objective.CROSS_ENTROPY, alphas);
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
            return pass(xVal, yVal, alphas, weights, scope).grads();
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
        Pass val = pass(xVal, yVal, all, List.of(), scope);
        List<NDArray> dw = val.grads().subList(0, weights.size());
        List<NDArray> dAlpha = Gradients.copies(alphas, scope);
        double eps = 0.01 / GradientClipping.globalNorm(dw);
        // ∇α L_train(w±, α) with w± = w ± ε·v
        setWeights(backup, dw, eps);
        pass(xTrain, yTrain, alphas, weights, scope);
        List<NDArray> plus = Gradients.copies(alphas, scope);
        setWeights(backup, dw, -eps);
        List<NDArray> minus = pass(xTrain, yTrain, alphas, weights, scope).grads();
        setWeights(backup, dw, 0);
        List<NDArray> result = new ArrayList<>(alphas.size());
        for (int i = 0; i < alphas.size(); i++) {
            NDArray hessian = plus.get(i).sub(minus.get(i)).divi(2 * eps);
            result.add(dAlpha.get(i).sub(hessian.muli(xi)));
        }
        return result;
    }

    /** Sets every weight to backup + scale·direction, in place. */
    private void setWeights(List<NDArray> backup, List<NDArray> direction, double scale) {
        for (int i = 0; i < weights.size(); i++) {
            NDArray w = weights.get(i);
            try (NDArray target = scale == 0 ? backup.get(i).duplicate() : direction.get(i).mul(scale).addi(backup.get(i))) {
                w.muli(0).addi(target);
            }
        }
    }

    /** One forward and backward pass with the search's cross-entropy, differentiating {@code wrt} only. */
    Pass pass(NDArray x, NDArray y, List<NDArray> wrt, List<NDArray> frozen, NDManager scope) {
        return trainer.backward(x, y, Objective.CROSS_ENTROPY, wrt, frozen, scope);
    }

    /** Returns the softmax of α_normal and α_reduce. */
    public ArchitectureWeights architectureWeights() {
        return new ArchitectureWeights(softmaxTable(alphas.get(0)), softmaxTable(alphas.get(1)));
    }

    private static double[][] softmaxTable(NDArray alpha) {
        try (NDArray soft = alpha.softmax(-1); NDArray wide = soft.toType(DataType.FLOAT64, false)) {
            double[] flat = wide.toDoubleArray();
            int rows = (int) alpha.getShape().get(0);
            int cols = (int) alpha.getShape().get(1);
            double[][] table = new double[rows][cols];
            for (int r = 0; r < rows; r++) {
                System.arraycopy(flat, r * cols, table[r], 0, cols);
            }
            return table;
        }
    }
}
