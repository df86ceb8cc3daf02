package org.jdarts.space.blocks;

import ai.djl.Device;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;

/** Counts the trainable weights of a block, as PyTorch's {@code sum(p.numel() for p in parameters())}. */
public final class ParameterCount {

    private ParameterCount() {}

    /**
     * Counts the elements of every parameter that requires a gradient (so BatchNorm's running
     * statistics, and the fixed scale and shift of a non-affine BatchNorm, are not counted).
     *
     * @param block an initialised block
     * @return the number of trainable weights
     */
    public static long trainable(Block block) {
        long total = 0;
        for (Pair<String, Parameter> p : block.getParameters()) {
            Parameter parameter = p.getValue();
            if (parameter.requiresGradient()) {
                total += parameter.getArray().size();
            }
        }
        return total;
    }

    /**
     * Initialises {@code block} for an input of the given shape and counts its trainable weights.
     *
     * @param block an uninitialised block
     * @param inputShape the input shape, batch axis included
     * @return the number of trainable weights
     */
    public static long trainable(Block block, Shape inputShape) {
        try (NDManager manager = NDManager.newBaseManager(Device.cpu())) {
            block.initialize(manager, DataType.FLOAT32, inputShape);
            return trainable(block);
        }
    }
}
