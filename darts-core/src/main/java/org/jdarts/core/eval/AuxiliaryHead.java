package org.jdarts.core.eval;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import org.jdarts.space.blocks.AveragePool;
import org.jdarts.space.blocks.InitCachingBlock;
import org.jdarts.space.blocks.Layers;

/**
 * The reference's CIFAR auxiliary head, on the 8×8 output of cell 2L/3: ReLU, 5×5 average pooling
 * with stride 3 and no padding (to 2×2), 1×1 convolution to 128, BN, ReLU, 2×2 convolution to 768,
 * BN, ReLU, linear classifier.
 */
public final class AuxiliaryHead extends InitCachingBlock {

    private final Block features;
    private final Block classifier;

    /**
     * Creates the head.
     *
     * @param classes output classes
     */
    public AuxiliaryHead(int classes) {
        features = addChildBlock("features", new SequentialBlock()
                .add(Layers.relu())
                .add(new AveragePool(5, 3, 0))
                .add(Layers.conv(128, 1, 1, 0, 1, 1))
                .add(Layers.batchNorm(true))
                .add(Layers.relu())
                .add(Layers.conv(768, 2, 1, 0, 1, 1))
                .add(Layers.batchNorm(true))
                .add(Layers.relu()));
        classifier = addChildBlock("classifier", Linear.builder().setUnits(classes).build());
    }

    @Override
    protected NDList forwardInternal(
            ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray f = features.forward(store, inputs, training).singletonOrThrow();
        return classifier.forward(store, new NDList(f.reshape(f.getShape().get(0), -1)), training);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        Shape[] f = features.getOutputShapes(inputShapes);
        return classifier.getOutputShapes(new Shape[] {new Shape(f[0].get(0), f[0].size() / f[0].get(0))});
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        features.initialize(manager, dataType, inputShapes);
        Shape f = features.getOutputShapes(inputShapes)[0];
        classifier.initialize(manager, dataType, new Shape(f.get(0), f.size() / f.get(0)));
    }
}
