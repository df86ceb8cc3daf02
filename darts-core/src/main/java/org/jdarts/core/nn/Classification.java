package org.jdarts.core.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.DataType;
import ai.djl.training.loss.SoftmaxCrossEntropyLoss;

/** Cross-entropy loss and correct-prediction counts for integer class labels. */
public final class Classification {

    private static final SoftmaxCrossEntropyLoss LOSS = new SoftmaxCrossEntropyLoss("cross_entropy");

    private Classification() {}

    /**
     * Returns the mean cross-entropy of {@code logits} (N×K) against {@code labels} (N).
     *
     * @param logits unnormalised class scores
     * @param labels class indices
     * @return a scalar
     */
    public static NDArray crossEntropy(NDArray logits, NDArray labels) {
        return LOSS.evaluate(new NDList(labels.toType(DataType.INT64, false)), new NDList(logits));
    }

    /**
     * Counts the rows whose largest logit is at the label.
     *
     * @param logits N×K scores
     * @param labels N class indices
     * @return the number of correct predictions, a 0-d int64 array on the logits' device (not read)
     */
    public static NDArray correctCount(NDArray logits, NDArray labels) {
        try (NDArray predicted = logits.argMax(1);
                NDArray same = predicted.eq(labels.toType(predicted.getDataType(), false));
                NDArray count = same.sum()) {
            return count.toType(DataType.INT64, true);
        }
    }
}
