package org.jdarts.core.eval;

import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.convolutional.Convolution;
import ai.djl.nn.core.Linear;
import ai.djl.util.Pair;

/**
 * Multiply-adds of one forward pass, counted over convolutions and linear layers (BatchNorm,
 * pooling and element-wise operations are not counted), from the shapes a block was initialised
 * with. Initialise with a batch of one image to get the per-image figure.
 */
public final class ModelCost {

    private ModelCost() {}

    /**
     * Counts multiply-adds.
     *
     * @param block an initialised block
     * @param skipPrefix child names to skip (e.g. the auxiliary head), or null
     * @return multiply-adds for the initialised input shape
     */
    public static long multiplyAdds(Block block, String skipPrefix) {
        long total = 0;
        if (block instanceof Convolution || block instanceof Linear) {
            Shape in = block.getInputShapes()[0];
            Shape out = block.getOutputShapes(new Shape[] {in})[0];
            Shape weight = block.getParameters().get("weight").getArray().getShape();
            long perOutput = weight.size() / weight.get(0);
            long outputs = out.size() / out.get(0) * (in.get(0));
            return outputs * perOutput;
        }
        for (Pair<String, Block> child : block.getChildren()) {
            if (skipPrefix != null && child.getKey().contains(skipPrefix)) {
                continue;
            }
            total += multiplyAdds(child.getValue(), skipPrefix);
        }
        return total;
    }
}
