package org.jdarts.core.train;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.jdarts.core.eval.EvalNetwork;
import org.jdarts.core.nn.Classification;
import org.jdarts.core.nn.Gradients;
import org.jdarts.core.optim.GradientClipping;
import org.jdarts.core.optim.TorchSgd;
import org.jdarts.core.search.StepResult;

/**
 * One training step of an evaluation network, as {@code train.py}: loss = CE(logits) +
 * auxWeight·CE(auxiliary logits), backward, global-norm clipping, SGD with PyTorch semantics.
 */
public final class NetworkTrainer {

    private final EvalNetwork network;
    private final TrainHyperparameters hp;
    private final NDManager stateManager;
    private final ParameterStore store;
    private final List<NDArray> weights = new ArrayList<>();
    private final TorchSgd sgd;

    /**
     * Creates the trainer for an initialised network.
     *
     * @param network the network
     * @param hp the hyperparameters
     * @param stateManager owns the momentum buffers
     */
    public NetworkTrainer(EvalNetwork network, TrainHyperparameters hp, NDManager stateManager) {
        this.network = network;
        this.hp = hp;
        this.stateManager = stateManager;
        this.store = new ParameterStore(stateManager, false);
        for (Parameter p : network.weights()) {
            weights.add(p.getArray());
        }
        sgd = new TorchSgd(weights.size(), hp.momentum(), hp.weightDecay());
    }

    /** Returns the network. */
    public EvalNetwork network() {
        return network;
    }

    /** Returns the optimiser (for checkpoints). */
    public TorchSgd sgd() {
        return sgd;
    }

    /**
     * Trains on one batch.
     *
     * @param x images
     * @param y labels
     * @param lr this epoch's learning rate
     * @param dropPath this epoch's drop-path probability
     * @param random the drop-path draws of this step
     * @return the main head's loss and accuracy
     */
    public StepResult step(NDArray x, NDArray y, double lr, double dropPath, SplittableRandom random) {
        network.setDropPath(dropPath, random);
        Gradients.prepare(weights, List.of());
        try (NDManager scope = x.getManager().newSubManager()) {
            double loss;
            long correct;
            NDArray input = x.duplicate();
            input.attach(scope);
            try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                NDList out = network.forward(store, new NDList(input), true);
                NDArray logits = out.get(0);
                NDArray main = Classification.crossEntropy(logits, y);
                NDArray total = main;
                if (out.size() > 1 && hp.auxWeight() > 0) {
                    total = main.add(Classification.crossEntropy(out.get(1), y).mul(hp.auxWeight()));
                }
                collector.backward(total);
                loss = Gradients.scalar(main);
                correct = Classification.correct(logits, y);
            }
            List<NDArray> grads = Gradients.views(weights, scope);
            double norm = GradientClipping.clipGlobalNorm(grads, hp.gradClip());
            sgd.step(weights, grads, lr, stateManager);
            return new StepResult(loss, correct, x.getShape().get(0), norm);
        }
    }

    /**
     * Evaluates a batch in inference mode.
     *
     * @param x images
     * @param y labels
     * @return {sum of losses over the batch, correct predictions}
     */
    public double[] evaluate(NDArray x, NDArray y) {
        try (NDManager scope = x.getManager().newSubManager()) {
            NDArray input = x.duplicate();
            input.attach(scope);
            NDArray logits = network.forward(store, new NDList(input), false).get(0);
            long n = x.getShape().get(0);
            return new double[] {Gradients.scalar(Classification.crossEntropy(logits, y)) * n,
                Classification.correct(logits, y)};
        }
    }
}
