package org.jdarts.core.network;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.training.ParameterStore;
import java.util.ArrayList;
import java.util.List;
import org.jdarts.space.blocks.FactorizedReduce;
import org.jdarts.space.blocks.InitCachingBlock;
import org.jdarts.space.blocks.Layers;
import org.jdarts.space.blocks.MemoryLayout;
import org.jdarts.space.blocks.ReluThen;

/**
 * What every DARTS cell shares: two inputs s0 (output of the cell before the previous one) and s1
 * (output of the previous one), each preprocessed to C channels at s1's resolution (ReLU-1×1
 * conv-BN, or FactorizedReduce for s0 after a reduction cell), nodes computed from earlier nodes,
 * and an output that concatenates some nodes on channels. In a reduction cell the edges that
 * leave the two inputs have stride 2.
 *
 * <p>Forward inputs: s0, s1, then whatever extra inputs the network passes to cells of this type.
 */
public abstract class Cell extends InitCachingBlock {

    private final Block preprocess0;
    private final Block preprocess1;
    private final CellSlot slot;

    /**
     * Creates the preprocessing of the cell's two inputs.
     *
     * @param slot where the cell stands
     * @param affine whether its BatchNorms learn a scale and shift (evaluation form)
     */
    protected Cell(CellSlot slot, boolean affine) {
        this.slot = slot;
        int c = slot.channels();
        preprocess0 = addChildBlock("preprocess0",
                slot.reductionPrev() ? FactorizedReduce.withRelu(c, affine) : reluConvBn(c, affine));
        preprocess1 = addChildBlock("preprocess1", reluConvBn(c, affine));
    }

    private static Block reluConvBn(int channels, boolean affine) {
        return new ReluThen(new SequentialBlock().add(Layers.pointwise(channels)).add(Layers.batchNorm(affine)));
    }

    /**
     * Told the memory layout the network keeps its activations in, when the network's is set
     * (see {@link CellNetwork#setMemoryLayout}); the cell's inputs come in it. Does nothing
     * unless a cell needs to know (a supernet's fused edges keep the layout).
     *
     * @param layout the network's layout
     */
    protected void memoryLayoutChanged(MemoryLayout layout) {}

    /** Returns where the cell stands. */
    public CellSlot slot() {
        return slot;
    }

    /** Returns C, the channels of each node. */
    public int channels() {
        return slot.channels();
    }

    /** Returns whether this cell halves the resolution. */
    public boolean isReduction() {
        return slot.reduction();
    }

    /** Returns the output channels: C times the number of nodes concatenated. */
    public abstract int outputChannels();

    /** Returns the stride of an edge that reads node {@code input} (0 and 1 are the cell's inputs). */
    protected int stride(int input) {
        return isReduction() && input < 2 ? 2 : 1;
    }

    /**
     * Returns the nodes 0 and 1: the preprocessed inputs, in a list the subclass appends its nodes to.
     *
     * @param store the parameter store
     * @param inputs s0, s1, …
     * @param training training mode
     * @return a mutable list holding the two preprocessed inputs
     */
    protected List<NDArray> preprocess(ParameterStore store, NDList inputs, boolean training) {
        List<NDArray> states = new ArrayList<>();
        states.add(preprocess0.forward(store, new NDList(inputs.get(0)), training).singletonOrThrow());
        states.add(preprocess1.forward(store, new NDList(inputs.get(1)), training).singletonOrThrow());
        return states;
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        Shape s1 = inputShapes[1];
        return new Shape[] {isReduction() ? new Shape(s1.get(0), outputChannels(), halved(s1.get(2)), halved(s1.get(3)))
                : new Shape(s1.get(0), outputChannels(), s1.get(2), s1.get(3))};
    }

    @Override
    protected final void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        preprocess0.initialize(manager, dataType, inputShapes[0]);
        preprocess1.initialize(manager, dataType, inputShapes[1]);
        Shape s1 = inputShapes[1];
        Shape full = new Shape(s1.get(0), channels(), s1.get(2), s1.get(3));
        Shape half = new Shape(s1.get(0), channels(), halved(s1.get(2)), halved(s1.get(3)));
        initializeNodes(manager, dataType, input -> stride(input) == 1 && isReduction() ? half : full,
                inputShapes);
    }

    /**
     * Returns a side after a stride-2 edge: ⌈side/2⌉, as its 3×3 and 5×5 convolutions, pools and
     * factorised reductions compute it (an odd side does not lose its last row).
     */
    private static long halved(long side) {
        return (side + 1) / 2;
    }

    /** The shape of the node an edge reads, by node number. */
    @FunctionalInterface
    protected interface NodeShapes {
        /**
         * Returns the shape of node {@code input} as an edge sees it.
         *
         * @param input 0 and 1 for the cell's inputs, 2… for its nodes
         * @return N×C×H×W
         */
        Shape of(int input);
    }

    /**
     * Initialises the operations on the edges.
     *
     * @param manager the manager
     * @param dataType the data type
     * @param nodes the shape of each node an edge may read
     * @param inputShapes the cell's input shapes (s0, s1, extras)
     */
    protected abstract void initializeNodes(NDManager manager, DataType dataType, NodeShapes nodes,
            Shape... inputShapes);
}
