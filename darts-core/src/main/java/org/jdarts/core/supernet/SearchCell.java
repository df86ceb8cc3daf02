package org.jdarts.core.supernet;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.pooling.Pool;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import java.util.ArrayList;
import java.util.List;
import org.jdarts.core.network.Cell;
import org.jdarts.core.network.CellSlot;
import org.jdarts.space.SearchSpace;
import org.jdarts.space.blocks.FactorizedReduce;
import org.jdarts.space.blocks.MemoryLayout;
import org.jdarts.space.blocks.Scalars;
import org.jdarts.space.blocks.StackedBlocks;

/**
 * A DARTS search cell: {@value #STEPS} intermediate nodes, node i the sum of the mixed operations
 * on the edges from its 2+i predecessors (14 edges), output every intermediate node concatenated.
 * Every BatchNorm is non-affine.
 *
 * <p>With {@link EdgeEvaluation#FUSED} the cell evaluates the edges that leave each node together
 * ({@link FusedEdges}: 5 evaluations instead of 14); the parameters are the same either way (they
 * belong to the per-edge {@link MixedOp}s), so checkpoints and parameter names do not depend on it.
 *
 * <p>An {@link EdgeDesign} may change every edge (the order is PC-DARTS' and DARTS-'s): with K
 * partial channels the mixed operations see the first C/K channels of their input and the other
 * channels bypass them (max-pooled 2×2 at stride 2), the two parts are concatenated and
 * channel-shuffled in K groups; with edge normalisation the edge is scaled by its weight among the
 * node's input edges; with an auxiliary skip, β times the input (a FactorizedReduce of it at stride
 * 2) is added.
 *
 * <p>Forward inputs: s0, s1, the mixing weights (edges × operations) of this cell type, and with
 * edge normalisation the edge weights (one per edge).
 */
public final class SearchCell extends Cell {

    /** Intermediate nodes per cell. */
    public static final int STEPS = 4;

    /** Edges per cell: 2 + 3 + 4 + 5. */
    public static final int EDGES = edgeCount(STEPS);

    private final List<MixedOp> edges = new ArrayList<>();
    private final List<FusedEdges> fanOuts = new ArrayList<>();
    private final EdgeDesign design;
    private final AuxiliarySkipWeight auxiliarySkipWeight;
    private final Block[] auxiliarySkips = new Block[EDGES];
    private MemoryLayout layout = MemoryLayout.AUTO;

    /**
     * Creates a cell with DARTS' edges.
     *
     * @param space the candidate operations
     * @param slot where the cell stands
     * @param evaluation fused or edge by edge
     * @throws IllegalArgumentException if an operation declares a fusion trait its block does not honour
     */
    public SearchCell(SearchSpace space, CellSlot slot, EdgeEvaluation evaluation) {
        this(space, slot, evaluation, EdgeDesign.PLAIN, new AuxiliarySkipWeight(), FusedEdges.CPU_STACK_LIMIT);
    }

    /** As above, with a search method's edges, the weight of their auxiliary skips and the CPU's stacking limit. */
    SearchCell(SearchSpace space, CellSlot slot, EdgeEvaluation evaluation, EdgeDesign design,
            AuxiliarySkipWeight auxiliarySkipWeight, long cpuStackLimit) {
        super(slot, false);
        this.design = design;
        this.auxiliarySkipWeight = auxiliarySkipWeight;
        int k = design.partialChannels();
        if (slot.channels() % k != 0) {
            throw new IllegalArgumentException("cell " + slot.index() + " has " + slot.channels()
                    + " channels, which partial channels K=" + k + " must divide (choose channels divisible by " + k
                    + ")");
        }
        for (int i = 0; i < STEPS; i++) {
            for (int j = 0; j < 2 + i; j++) {
                edges.add(addChildBlock("edge_" + (2 + i) + "_" + j,
                        new MixedOp(space, slot.channels() / k, stride(j), design.minHiddenWidth())));
            }
        }
        if (design.auxiliarySkip()) {
            for (int i = 0; i < STEPS; i++) {
                for (int j = 0; j < 2 + i; j++) {
                    if (stride(j) == 2) {
                        auxiliarySkips[edgeIndex(2 + i, j)] = addChildBlock("aux_skip_" + (2 + i) + "_" + j,
                                FactorizedReduce.withRelu(slot.channels(), false));
                    }
                }
            }
        }
        if (evaluation == EdgeEvaluation.FUSED) {
            for (int source = 0; source < STEPS + 1; source++) {
                List<MixedOp> leaving = new ArrayList<>();
                int[] rows = new int[STEPS + 2 - Math.max(2, source + 1)];
                for (int target = Math.max(2, source + 1); target < STEPS + 2; target++) {
                    int row = edgeIndex(target, source);
                    rows[leaving.size()] = row;
                    leaving.add(edges.get(row));
                }
                fanOuts.add(new FusedEdges(space, stride(source), leaving, rows, cpuStackLimit));
            }
        }
    }

    /**
     * Remembers the layout the inputs come in, which the fused edges keep (see
     * {@link StackedBlocks#forward(ParameterStore, NDArray, boolean, MemoryLayout)}).
     */
    @Override
    protected void memoryLayoutChanged(MemoryLayout layout) {
        this.layout = layout;
    }

    /** Returns the row of the edge from node {@code source} to node {@code target} (2…) in α. */
    static int edgeIndex(int target, int source) {
        return (target - 2) * (target + 1) / 2 + source;
    }

    /** Returns the number of edges of a cell with {@code steps} intermediate nodes. */
    public static int edgeCount(int steps) {
        return steps * (steps + 3) / 2;
    }

    @Override
    public int outputChannels() {
        return STEPS * channels();
    }

    @Override
    protected NDList forwardInternal(
            ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray weights = inputs.get(2);
        NDArray edgeWeights = design.edgeNormalisation() ? inputs.get(3) : null;
        List<NDArray> states = preprocess(store, inputs, training);
        if (!fanOuts.isEmpty()) {
            return fusedForward(store, states, weights, edgeWeights, training);
        }
        List<EdgeInput> ins = new ArrayList<>();
        int edge = 0;
        for (int i = 0; i < STEPS; i++) {
            NDArray node = null;
            for (int j = 0; j < states.size(); j++) {
                if (ins.size() <= j) {
                    ins.add(new EdgeInput(states.get(j), design.partialChannels()));
                }
                EdgeInput in = ins.get(j);
                NDList mixedIn = new NDList(in.operand(), in.relu(), weights.get(edge));
                NDArray out = edges.get(edge).forward(store, mixedIn, training).singletonOrThrow();
                out = finish(store, edge, j, out, in, edgeWeights, training);
                if (node == null) {
                    node = out;
                } else {
                    node.addi(out);
                    out.close();
                }
                edge++;
            }
            states.add(node);
        }
        return new NDList(NDArrays.concat(new NDList(states.subList(2, states.size())), 1));
    }

    private NDList fusedForward(ParameterStore store, List<NDArray> states, NDArray weights, NDArray edgeWeights,
            boolean training) {
        NDArray[] nodes = new NDArray[STEPS + 2];
        boolean[] owned = new boolean[STEPS + 2];
        List<NDArray> temporaries = new ArrayList<>();
        for (int source = 0; source < STEPS + 1; source++) {
            EdgeInput in = new EdgeInput(source < 2 ? states.get(source) : nodes[source], design.partialChannels());
            NDArray[] outs = fanOuts.get(source).forward(store, in.operand(), in.relu(), weights, training,
                    layout, temporaries);
            for (int t = 0; t < outs.length; t++) {
                int target = Math.max(2, source + 1) + t;
                NDArray out = finish(store, edgeIndex(target, source), source, outs[t], in, edgeWeights, training);
                if (nodes[target] == null) {
                    nodes[target] = out;
                } else if (!owned[target]) { // the first sum is a new array, the later ones add into it
                    nodes[target] = nodes[target].add(out);
                    owned[target] = true;
                } else {
                    nodes[target].addi(out);
                }
            }
        }
        NDList cat = new NDList(STEPS);
        for (int i = 2; i < STEPS + 2; i++) {
            cat.add(nodes[i]);
        }
        NDArray out = NDArrays.concat(cat, 1);
        // additions keep nothing for the backward pass: free the per-source sums now, not at the end of the step
        temporaries.forEach(NDArray::close);
        return new NDList(out);
    }

    /**
     * Completes an edge's output as the design asks (unchanged for DARTS' edges): the bypassing
     * channels, the edge weight, the auxiliary skip.
     */
    private NDArray finish(ParameterStore store, int edge, int source, NDArray mixed, EdgeInput in,
            NDArray edgeWeights, boolean training) {
        NDArray out = mixed;
        if (design.partial()) {
            out = shuffle(NDArrays.concat(new NDList(out, in.bypass(stride(source) == 2)), 1),
                    design.partialChannels());
        }
        if (edgeWeights != null) {
            out = out.mul(edgeWeights.get(edge));
        }
        if (design.auxiliarySkip()) {
            Block skip = auxiliarySkips[edge];
            NDArray x = skip == null ? in.full() : skip.forward(store, new NDList(in.full()), training).singletonOrThrow();
            out = out.add(Scalars.times(x, auxiliarySkipWeight.get()));
        }
        return out;
    }

    /** Channel shuffle in {@code groups} groups (ShuffleNet's, as PC-DARTS applies it). */
    static NDArray shuffle(NDArray y, int groups) {
        Shape s = y.getShape();
        long n = s.get(0);
        long c = s.get(1);
        long h = s.get(2);
        long w = s.get(3);
        return y.reshape(n, groups, c / groups, h, w).transpose(0, 2, 1, 3, 4).reshape(n, c, h, w);
    }

    /** A node as the edges leaving it read it: whole, its ReLU, and with partial channels its two parts. */
    private static final class EdgeInput {

        private final NDArray full;
        private final int k;
        private final NDArray operand;
        private NDArray relu;
        private NDArray bypass;

        EdgeInput(NDArray full, int k) {
            this.full = full;
            this.k = k;
            long c = full.getShape().get(1);
            this.operand = k == 1 ? full : full.get(new NDIndex(":, :{}", c / k));
        }

        NDArray full() {
            return full;
        }

        /** The channels the mixed operations see: all, or the first C/K. */
        NDArray operand() {
            return operand;
        }

        /** The ReLU of {@link #operand()}, computed once for every edge leaving the node. */
        NDArray relu() {
            if (relu == null) {
                relu = Activation.relu(operand);
            }
            return relu;
        }

        /** The channels that bypass the mixed operations, max-pooled 2×2 for stride 2. */
        NDArray bypass(boolean reduce) {
            if (bypass == null) {
                long c = full.getShape().get(1);
                NDArray rest = full.get(new NDIndex(":, {}:", c / k));
                bypass = reduce ? Pool.maxPool2d(rest, new Shape(2, 2), new Shape(2, 2), new Shape(0, 0), false) : rest;
            }
            return bypass;
        }
    }

    @Override
    protected void initializeNodes(NDManager manager, DataType dataType, NodeShapes nodes, Shape... inputShapes) {
        Shape row = new Shape(inputShapes[2].get(1));
        int k = design.partialChannels();
        int edge = 0;
        for (int i = 0; i < STEPS; i++) {
            for (int j = 0; j < 2 + i; j++) {
                Shape full = nodes.of(j);
                Shape in = new Shape(full.get(0), full.get(1) / k, full.get(2), full.get(3));
                edges.get(edge).initialize(manager, dataType, in, in, row);
                if (auxiliarySkips[edge] != null) {
                    auxiliarySkips[edge].initialize(manager, dataType, full);
                }
                edge++;
            }
        }
    }
}
