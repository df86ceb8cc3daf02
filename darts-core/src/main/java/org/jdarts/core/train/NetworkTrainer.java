package org.jdarts.core.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.training.ParameterStore;
import java.util.List;
import java.util.SplittableRandom;
import org.jdarts.core.eval.EvalNetwork;
import org.jdarts.core.loop.Objective;
import org.jdarts.core.loop.StepResult;
import org.jdarts.core.loop.WeightTrainer;
import org.jdarts.core.optim.TorchSgd;

/**
 * One training step of an evaluation network, as {@code train.py}: loss = CE(logits) +
 * auxWeight·CE(auxiliary logits), backward, global-norm clipping, SGD with PyTorch semantics,
 * drop-path drawn from the step's generator.
 */
public final class NetworkTrainer {

    private final EvalNetwork network;
    private final TrainHyperparameters hp;
    private final WeightTrainer trainer;
    private final Objective objective;

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
        this.trainer = new WeightTrainer(network, network.weights(), hp.momentum(), hp.weightDecay(), hp.gradClip(),
                stateManager);
        this.objective = Objective.withAuxiliary(hp.auxWeight());
    }

    /** Returns the network. */
    public EvalNetwork network() {
        return network;
    }

    /** Returns the hyperparameters. */
    public TrainHyperparameters hyperparameters() {
        return hp;
    }

    /** Returns the parameter store the network is run with. */
    public ParameterStore store() {
        return trainer.store();
    }

    /** Returns the optimiser (for checkpoints). */
    public TorchSgd sgd() {
        return trainer.sgd();
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
        return trainer.step(x, y, lr, objective, List.of());
    }
}
