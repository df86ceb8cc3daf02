package org.jdarts.core.loop;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import java.util.ArrayList;
import java.util.List;
import org.jdarts.core.nn.Classification;
import org.jdarts.core.nn.Gradients;
import org.jdarts.core.optim.GradientClipping;
import org.jdarts.core.optim.TorchSgd;

/**
 * Trains a network's weights: forward and backward passes that differentiate only what they are
 * asked to (the other parameters are frozen for the pass, which skips their gradient kernels
 * without changing any result), and the weight step of DARTS (global-L2-norm clipping, then SGD
 * with {@code torch.optim.SGD} semantics). The weight step of a search and a training step of an
 * evaluation network are both this.
 */
public final class WeightTrainer {

    private final Block network;
    private final ParameterStore store;
    private final List<NDArray> weights = new ArrayList<>();
    private final TorchSgd sgd;
    private final double gradClip;
    private final NDManager stateManager;

    /**
     * Creates the trainer for an initialised network.
     *
     * @param network the network
     * @param weights the parameters the weight step updates
     * @param momentum SGD momentum
     * @param weightDecay SGD weight decay
     * @param gradClip the global-norm bound of the weight gradients
     * @param stateManager owns the momentum buffers
     */
    public WeightTrainer(Block network, List<Parameter> weights, double momentum, double weightDecay, double gradClip,
            NDManager stateManager) {
        this.network = network;
        this.store = new ParameterStore(stateManager, false);
        weights.forEach(p -> this.weights.add(p.getArray()));
        this.sgd = new TorchSgd(this.weights.size(), momentum, weightDecay);
        this.gradClip = gradClip;
        this.stateManager = stateManager;
    }

    /** Returns the parameter store the network is run with. */
    public ParameterStore store() {
        return store;
    }

    /** Returns the SGD state (for checkpoints). */
    public TorchSgd sgd() {
        return sgd;
    }

    /** Returns the weight arrays, in the optimiser's order. */
    public List<NDArray> weights() {
        return weights;
    }

    /**
     * One weight step: a pass that differentiates the weights, clipping, SGD.
     *
     * @param x images
     * @param y labels
     * @param lr the learning rate of this step
     * @param objective what to minimise
     * @param frozen other parameters, left out of the backward pass
     * @return the reported loss and accuracy
     */
    public StepResult step(NDArray x, NDArray y, double lr, Objective objective, List<NDArray> frozen) {
        try (NDManager scope = x.getManager().newSubManager()) {
            Pass pass = backward(x, y, objective, weights, frozen, scope);
            GradientClipping.clipGlobalNorm(pass.grads(), gradClip);
            sgd.step(weights, pass.grads(), lr, stateManager);
            // the step's one read from the device: its loss and correct count together
            double[] measured = NDArrays.stack(new NDList(pass.loss(), pass.correct().toType(DataType.FLOAT64, false)))
                    .toDoubleArray();
            return new StepResult(measured[0], (long) measured[1], pass.size());
        }
    }

    /**
     * One forward and backward pass on a batch in training mode, differentiating {@code wrt} only.
     *
     * @param x images
     * @param y labels
     * @param objective what to differentiate
     * @param wrt arrays whose gradients are computed (zeroed first)
     * @param frozen arrays excluded from this backward pass
     * @param scope receives the returned gradient arrays
     * @return loss, accuracy (on the device, in {@code scope}) and the live gradients of {@code wrt}:
     *     the next pass that differentiates the same arrays zeroes them, so copy what must outlive it
     */
    public Pass backward(NDArray x, NDArray y, Objective objective, List<NDArray> wrt, List<NDArray> frozen,
            NDManager scope) {
        Gradients.prepare(wrt, frozen);
        NDArray loss;
        NDArray correct;
        try (NDManager forward = scope.newSubManager()) {
            NDArray input = x.duplicate();
            input.attach(forward);
            try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                NDList outputs = network.forward(store, new NDList(input), true);
                Objective.Losses losses = objective.losses(outputs, y);
                collector.backward(losses.differentiated());
                loss = losses.reported().stopGradient().toType(DataType.FLOAT64, true);
                loss.attach(scope);
                correct = Classification.correctCount(outputs.get(0), y);
                correct.attach(scope);
            }
        }
        return new Pass(loss, correct, x.getShape().get(0), Gradients.views(wrt, scope));
    }
}
