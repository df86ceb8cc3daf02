package org.jdarts.core.network;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.nn.pooling.Pool;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.UniformInitializer;
import ai.djl.util.PairList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jdarts.core.nn.TorchInitializer;
import org.jdarts.space.blocks.InitCachingBlock;
import org.jdarts.space.blocks.Layers;
import org.jdarts.space.blocks.Convolutions;
import org.jdarts.space.blocks.MemoryLayout;

/**
 * The skeleton of DARTS' CIFAR networks, shared by the supernet and the evaluation network: a 3×3
 * stem convolution to 3C channels with BatchNorm, L cells (each reading the outputs of the two
 * cells before it; channels doubled at the reduction cells), an optional auxiliary head on the
 * output of cell 2L/3 (training mode only; its logits are returned second), global average
 * pooling and a linear classifier. Weights get PyTorch's default initialisation.
 *
 * <p>Subclasses choose the cells and may pass every cell extra inputs after s0 and s1 (the
 * supernet passes the softmax of its architecture parameters).
 */
public abstract class CellNetwork extends InitCachingBlock {

    /** Name of the auxiliary head's child block (its parameters are left out of parameter counts). */
    public static final String AUXILIARY = "auxiliary";

    private final NetworkShape shape;
    private final Block stem;
    private final List<Cell> cells = new ArrayList<>();
    private final Block auxiliary;
    private final Block classifier;
    private MemoryLayout layout = MemoryLayout.AUTO;

    /**
     * Builds the network.
     *
     * @param shape channels, layers, classes
     * @param factory builds each cell
     * @param auxiliaryHead the head read after cell 2L/3, or {@code null}
     */
    protected CellNetwork(NetworkShape shape, CellFactory factory, Block auxiliaryHead) {
        this.shape = shape;
        int c = shape.channels();
        stem = addChildBlock("stem", new SequentialBlock().add(Layers.conv(3 * c, 3, 1, 1, 1, 1))
                .add(Layers.batchNorm(true)));
        int cCurr = c;
        boolean reductionPrev = false;
        for (int i = 0; i < shape.layers(); i++) {
            boolean reduction = shape.isReduction(i);
            if (reduction) {
                cCurr *= 2;
            }
            cells.add(addChildBlock("cell" + i, factory.create(new CellSlot(i, cCurr, reduction, reductionPrev))));
            reductionPrev = reduction;
        }
        auxiliary = auxiliaryHead == null ? null : addChildBlock(AUXILIARY, auxiliaryHead);
        int features = cells.get(cells.size() - 1).outputChannels();
        classifier = addChildBlock("classifier", Linear.builder().setUnits(shape.classes()).build());
        classifier.setInitializer(new UniformInitializer((float) (1 / Math.sqrt(features))), Parameter.Type.BIAS);
        setInitializer(new TorchInitializer(), Parameter.Type.WEIGHT);
    }

    /** Returns the network's shape. */
    public NetworkShape shape() {
        return shape;
    }

    /**
     * Sets the memory layout the forward passes compute in (default {@link MemoryLayout#AUTO}:
     * channels-first), here and in every convolution of the network ({@link Convolutions}).
     * Results agree across layouts up to floating-point rounding.
     *
     * @param layout the layout
     */
    public void setMemoryLayout(MemoryLayout layout) {
        this.layout = Objects.requireNonNull(layout, "layout");
        Convolutions.setMemoryLayout(this, layout);
        cells.forEach(cell -> cell.memoryLayoutChanged(layout));
    }

    /** Returns the cells in order. */
    protected List<Cell> cells() {
        return cells;
    }

    /**
     * Returns the extra inputs of the cells for one forward pass, after s0 and s1.
     *
     * @param store the parameter store
     * @param x the network's input (its manager owns what this pass creates)
     * @param training training mode
     * @return the extra inputs of normal cells and of reduction cells
     */
    protected CellExtras<NDArray> extraInputs(ParameterStore store, NDArray x, boolean training) {
        return CellExtras.none();
    }

    /** Returns the shapes of the cells' extra inputs (see {@link #extraInputs}). */
    protected CellExtras<Shape> extraInputShapes() {
        return CellExtras.none();
    }

    @Override
    protected NDList forwardInternal(
            ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray x = inputs.singletonOrThrow();
        CellExtras<NDArray> extras = extraInputs(store, x, training);
        NDArray s0 = stem.forward(store, new NDList(layout.arrange(x)), training).singletonOrThrow();
        NDArray s1 = s0;
        NDArray auxLogits = null;
        for (Cell cell : cells) {
            NDList in = new NDList(s0, s1);
            in.addAll(extras.of(cell.isReduction()));
            NDArray out = scopedForward(cell, store, in, training);
            NDArray read = s0;
            s0 = s1;
            s1 = out;
            if (read != s0) {
                read.close(); // no later cell reads it (autograd keeps what it saved of it itself)
            }
            if (auxiliary != null && training && cell.slot().index() == shape.auxiliaryCell()) {
                auxLogits = auxiliary.forward(store, new NDList(s1), training).singletonOrThrow();
            }
        }
        NDArray pooled = Pool.globalAvgPool2d(s1);
        NDArray logits = classifier.forward(store, new NDList(pooled.reshape(pooled.getShape().get(0), -1)), training)
                .singletonOrThrow();
        return auxLogits == null ? new NDList(logits) : new NDList(logits, auxLogits);
    }

    /**
     * Runs a cell so that the arrays it creates on the way to its output are freed as soon as it has
     * it: a pass then holds the cells' outputs, not every intermediate array of the network. In a
     * training pass autograd keeps, by its own references, what the backward pass needs of them
     * (closing an array frees only this handle), so the results are the same and the memory is what
     * autograd needs, as in PyTorch, where an unreferenced tensor is freed at once.
     */
    private static NDArray scopedForward(Cell cell, ParameterStore store, NDList in, boolean training) {
        NDManager parent = in.head().getManager();
        try (NDManager scope = parent.newSubManager()) {
            Set<NDArray> moved = Collections.newSetFromMap(new IdentityHashMap<>());
            for (NDArray a : in) {
                if (moved.add(a)) {
                    a.tempAttach(scope); // what the cell computes from it is created in scope; a returns to parent
                }
            }
            NDArray out = cell.forward(store, in, training).singletonOrThrow();
            out.attach(parent);
            return out;
        }
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {new Shape(inputShapes[0].get(0), shape.classes())};
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        Shape x = inputShapes[0];
        stem.initialize(manager, dataType, x);
        Shape s0 = stem.getOutputShapes(new Shape[] {x})[0];
        Shape s1 = s0;
        CellExtras<Shape> extras = extraInputShapes();
        for (Cell cell : cells) {
            List<Shape> in = new ArrayList<>(List.of(s0, s1));
            in.addAll(extras.of(cell.isReduction()));
            Shape[] cellInputs = in.toArray(Shape[]::new);
            cell.initialize(manager, dataType, cellInputs);
            s0 = s1;
            s1 = cell.getOutputShapes(cellInputs)[0];
            if (auxiliary != null && cell.slot().index() == shape.auxiliaryCell()) {
                auxiliary.initialize(manager, dataType, s1);
            }
        }
        classifier.initialize(manager, dataType, new Shape(x.get(0), s1.get(1)));
    }
}
