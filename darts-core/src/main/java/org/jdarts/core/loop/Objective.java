package org.jdarts.core.loop;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import org.jdarts.core.nn.Classification;
import org.jdarts.space.blocks.Scalars;

/** What a training pass minimises, given the network's outputs (class logits first) and the labels. */
@FunctionalInterface
public interface Objective {

    /**
     * The loss to differentiate and the loss to report.
     *
     * @param differentiated the scalar the backward pass starts from
     * @param reported the scalar reported as the step's loss
     */
    record Losses(NDArray differentiated, NDArray reported) {}

    /** Cross-entropy of the class logits: what a search minimises. */
    Objective CROSS_ENTROPY = (outputs, labels) -> {
        NDArray loss = Classification.crossEntropy(outputs.get(0), labels);
        return new Losses(loss, loss);
    };

    /**
     * Returns the losses of a forward pass.
     *
     * @param outputs the network's outputs, class logits first
     * @param labels the class labels
     * @return the losses
     */
    Losses losses(NDList outputs, NDArray labels);

    /**
     * Returns cross-entropy of the class logits plus {@code weight} times cross-entropy of the
     * second output (the auxiliary head's logits, present in training mode): what training an
     * evaluation network minimises; the main head's loss is reported.
     *
     * @param weight the auxiliary loss weight (0: none)
     * @return the objective
     */
    static Objective withAuxiliary(double weight) {
        return (outputs, labels) -> {
            NDArray main = Classification.crossEntropy(outputs.get(0), labels);
            if (outputs.size() < 2 || weight <= 0) {
                return new Losses(main, main);
            }
            return new Losses(main.add(Scalars.times(Classification.crossEntropy(outputs.get(1), labels), weight)), main);
        };
    }
}
