package org.jdarts.space.testing;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.util.Pair;

/** Test helper: initialises a block for an input and runs it, in inference or training mode. */
public final class BlockRunner {

    private BlockRunner() {}

    /**
     * Initialises {@code block} for the shape of {@code x} and runs it once.
     *
     * @param manager the manager owning {@code x}
     * @param block an uninitialised block
     * @param x the input
     * @param training whether to run in training mode (BatchNorm on batch statistics)
     * @return the single output
     */
    public static NDArray run(NDManager manager, Block block, NDArray x, boolean training) {
        if (!block.isInitialized()) {
            block.initialize(manager, DataType.FLOAT32, x.getShape());
        }
        return block.forward(new ParameterStore(manager, false), new NDList(x), training).singletonOrThrow();
    }

    /** Sets every convolution or linear weight of {@code block} to zero. */
    public static void zeroWeights(Block block) {
        for (Pair<String, Parameter> p : block.getParameters()) {
            if (p.getValue().getType() == Parameter.Type.WEIGHT) {
                NDArray w = p.getValue().getArray();
                w.set(w.zerosLike().toFloatArray());
            }
        }
    }
}
