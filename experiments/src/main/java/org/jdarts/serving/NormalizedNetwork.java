package org.jdarts.serving;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * The exported block: takes images with values in [0, 1] (DJL's {@code ToTensor} output,
 * N×C×H×W), normalises each channel as training did, {@code (x − mean)/std}, and returns the
 * network's logits. With the normalisation inside, any translator that scales pixels to [0, 1]
 * feeds the network what it was trained on.
 */
public final class NormalizedNetwork extends AbstractBlock {

    private static final byte VERSION = 1;

    private final float[] mean;
    private final float[] std;
    private final Block network;

    /**
     * Creates the block.
     *
     * @param mean per-channel mean in [0, 1] units
     * @param std per-channel standard deviation
     * @param network the classifier of normalised images
     */
    public NormalizedNetwork(float[] mean, float[] std, Block network) {
        super(VERSION);
        if (mean.length != std.length) {
            throw new IllegalArgumentException(mean.length + " means but " + std.length + " standard deviations");
        }
        this.mean = mean.clone();
        this.std = std.clone();
        this.network = addChildBlock("network", network);
    }

    /** Returns the classifier of normalised images. */
    public Block network() {
        return network;
    }

    @Override
    protected NDList forwardInternal(
            ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray x = inputs.singletonOrThrow();
        NDManager manager = x.getManager();
        Shape perChannel = new Shape(1, mean.length, 1, 1);
        NDArray normalized = x.sub(manager.create(mean, perChannel)).div(manager.create(std, perChannel));
        return network.forward(store, new NDList(normalized), training, params);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return network.getOutputShapes(inputShapes);
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        network.initialize(manager, dataType, inputShapes);
    }
}
