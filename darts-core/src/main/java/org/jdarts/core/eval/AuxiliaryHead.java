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
 * The reference's CIFAR auxiliary head, on the output of cell 2L/3 (8×8 for 32×32 images): ReLU,
 * 5×5 average pooling with stride 3 and no padding (to 2×2), 1×1 convolution to 128, BN, ReLU, 2×2
 * convolution to 768, BN, ReLU, linear classifier. On maps of 5×5 to 7×7 (images of 17 to 28
 * pixels) the pooling leaves 1×1, and the second convolution is 1×1.
 */
public final class AuxiliaryHead extends InitCachingBlock {

    private final Block features;
    private final Block classifier;

    /**
     * Creates the head.
     *
     * @param classes output classes
     * @param side the height (and width) of the feature maps it reads
     * @throws IllegalArgumentException if the maps are smaller than the 5×5 pooling window
     */
    public AuxiliaryHead(int classes, int side) {
        if (side < 5) {
            throw new IllegalArgumentException("the auxiliary head needs feature maps of at least 5x5 after cell 2L/3,"
                    + " got " + side + "x" + side + "; train without it (auxiliary weight 0)");
        }
        int pooled = (side - 5) / 3 + 1;
        features = addChildBlock("features", new SequentialBlock()
                .add(Layers.relu())
                .add(new AveragePool(5, 3, 0))
                .add(Layers.conv(128, 1, 1, 0, 1, 1))
                .add(Layers.batchNorm(true))
                .add(Layers.relu())
                .add(Layers.conv(768, Math.min(2, pooled), 1, 0, 1, 1))
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
