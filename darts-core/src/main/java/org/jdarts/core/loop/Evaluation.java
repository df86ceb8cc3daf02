package org.jdarts.core.loop;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import ai.djl.training.dataset.Batch;
import ai.djl.training.dataset.Dataset;
import org.jdarts.core.nn.Classification;

/**
 * Mean loss and accuracy of a classifier over a dataset in inference mode (BatchNorm running
 * statistics, no gradients): the end-of-epoch validation of a search, the test of a training run.
 */
public final class Evaluation {

    private Evaluation() {}

    /**
     * Evaluates a network.
     *
     * @param network a network whose first output is the class logits
     * @param store the parameter store
     * @param data the batches
     * @param manager the parent of the per-batch managers (on the network's device)
     * @return mean loss and accuracy
     * @throws Exception if the data cannot be read
     */
    public static Metrics run(Block network, ParameterStore store, Dataset data, NDManager manager) throws Exception {
        long n = 0;
        // summed on the device, in float64 (each batch's mean loss times its size), and read once
        try (NDManager sums = manager.newSubManager()) {
            NDArray loss = sums.zeros(new Shape(), DataType.FLOAT64);
            NDArray correct = sums.zeros(new Shape(), DataType.INT64);
            for (Batch b : data.getData(manager)) {
                try (b; NDManager scope = b.getManager().newSubManager()) {
                    NDArray x = b.getData().head();
                    NDArray y = b.getLabels().head();
                    NDArray input = x.duplicate();
                    input.attach(scope);
                    NDArray logits = network.forward(store, new NDList(input), false).get(0);
                    loss.addi(Classification.crossEntropy(logits, y).toType(DataType.FLOAT64, false)
                            .mul(x.getShape().get(0)));
                    correct.addi(Classification.correctCount(logits, y));
                    n += b.getSize();
                }
            }
            double[] measured = NDArrays.stack(new NDList(loss, correct.toType(DataType.FLOAT64, false)))
                    .toDoubleArray();
            return new Metrics(measured[0] / n, measured[1] / n);
        }
    }
}
