package org.jdarts.core.supernet;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.util.Pair;
import java.util.ArrayList;
import java.util.List;
import org.jdarts.space.CandidateOperation;
import org.jdarts.space.SearchSpace;
import org.jdarts.space.blocks.CopyAxis;
import org.jdarts.space.blocks.MemoryLayout;
import org.jdarts.space.blocks.StackedBlocks;
import org.jdarts.space.op.OperationTrait;

/**
 * The k mixed edges that leave one node of a search cell, evaluated together. They all read the
 * same input, so an operation with {@link OperationTrait#PARAMETER_FREE} is computed once and an
 * operation with {@link OperationTrait#FUSABLE} runs for the k edges as one grouped computation
 * ({@link StackedBlocks}) where that pays ({@link #stacks}); other operations run edge by edge. Each
 * edge's result is the sum of its
 * operations' outputs weighted by its row of softmax(α), as in {@link MixedOp}, whose blocks (and
 * so parameters) these are. The stacked operations take their edges' weights into their last
 * BatchNorm, and are summed first, so that the sum has their layout; the k sums stay side by side
 * in the network's memory layout and are handed out as views. Equal to the edge-by-edge sums up to
 * rounding.
 */
final class FusedEdges {

    /**
     * On a CPU, the largest input (elements of one copy, N·C·H·W) for which the k edges' copies of a
     * fusable operation run as one grouped computation. Measured on a 2-core CPU (oneDNN): at the
     * quick size (largest node 32×8×32×32 = 262,144 elements) stacking made the first-order step
     * 1.2× faster; at the paper size (64×16×32×32 and larger nodes) it was no faster and took
     * 1.7 GB more peak memory, because grouped and channel-multiplier convolutions run slower per
     * element than k separate ones once the tensors are large. Other devices always stack: there the
     * number of kernel launches is what bounds a search step.
     */
    static final long CPU_STACK_LIMIT = 1L << 18;

    private enum Mode { ZERO, SHARED, STACKED, PER_EDGE }

    private final List<MixedOp> edges;
    private final int[] rows;
    private final Mode[] modes;
    private final StackedBlocks[] stacks;
    private final List<List<Pair<Parameter, Parameter>>> sharedState = new ArrayList<>();
    private final long cpuStackLimit;

    /**
     * Groups the edges that leave one node.
     *
     * @param space the candidate operations
     * @param stride the edges' stride
     * @param edges the mixed edges, in the order of their targets
     * @param rows each edge's row in the cell's table of softmax weights
     * @param cpuStackLimit the largest input a CPU stacks ({@link #CPU_STACK_LIMIT})
     * @throws IllegalArgumentException if an operation declares a trait its block does not honour
     */
    FusedEdges(SearchSpace space, int stride, List<MixedOp> edges, int[] rows, long cpuStackLimit) {
        this.cpuStackLimit = cpuStackLimit;
        this.edges = List.copyOf(edges);
        this.rows = rows.clone();
        int size = space.size();
        modes = new Mode[size];
        stacks = new StackedBlocks[size];
        for (int o = 0; o < size; o++) {
            CandidateOperation candidate = space.operations().get(o);
            List<Block> blocks = blocks(o);
            boolean shared = blocks.get(0) != null && candidate.has(OperationTrait.PARAMETER_FREE, stride);
            sharedState.add(shared ? stateToShare(candidate, blocks) : List.of());
            if (blocks.get(0) == null) {
                modes[o] = Mode.ZERO;
            } else if (shared) {
                modes[o] = Mode.SHARED;
            } else if (candidate.has(OperationTrait.FUSABLE, stride)) {
                modes[o] = Mode.STACKED;
                try {
                    stacks[o] = StackedBlocks.of(blocks);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("operation " + candidate.name()
                            + " declares FUSABLE at stride " + stride + ", but its block cannot be fused: "
                            + e.getMessage(), e);
                }
            } else {
                modes[o] = Mode.PER_EDGE;
            }
        }
    }

    /**
     * Whether fusable operations run stacked for this input: always off the CPU, on the CPU up to
     * the limit (see {@link #CPU_STACK_LIMIT}).
     */
    static boolean stacks(Device device, Shape input, long cpuStackLimit) {
        return !Device.Type.CPU.equals(device.getDeviceType()) || input.size() <= cpuStackLimit;
    }

    private List<Block> blocks(int op) {
        List<Block> blocks = new ArrayList<>(edges.size());
        for (MixedOp edge : edges) {
            blocks.add(edge.operation(op));
        }
        return blocks;
    }

    /** Pairs every parameter of the first edge's block with the same parameter of each other edge's. */
    private static List<Pair<Parameter, Parameter>> stateToShare(CandidateOperation candidate, List<Block> blocks) {
        List<Pair<Parameter, Parameter>> pairs = new ArrayList<>();
        List<Parameter> first = blocks.get(0).getParameters().values();
        for (Parameter p : first) {
            if (p.requiresGradient()) {
                throw new IllegalArgumentException("operation " + candidate.name()
                        + " declares PARAMETER_FREE, but its parameter " + p.getName() + " takes a gradient");
            }
        }
        for (int e = 1; e < blocks.size(); e++) {
            List<Parameter> other = blocks.get(e).getParameters().values();
            for (int i = 0; i < first.size(); i++) {
                pairs.add(new Pair<>(first.get(i), other.get(i)));
            }
        }
        return pairs;
    }

    /**
     * Evaluates the edges.
     *
     * @param store the parameter store
     * @param x the node, N×C×H×W
     * @param relu its ReLU
     * @param weights the cell's softmax weights (edges × operations)
     * @param training training mode
     * @param layout the layout x is kept in, which the stacked operations keep
     * @param temporaries receives the arrays the outputs are views of, which the caller closes once it
     *     has added the outputs into their nodes
     * @return each edge's output, in the order of the edges
     */
    NDArray[] forward(ParameterStore store, NDArray x, NDArray relu, NDArray weights, boolean training,
            MemoryLayout layout, List<NDArray> temporaries) {
        int k = edges.size();
        if (k == 1) {
            return new NDArray[] {edges.get(0).forward(store, new NDList(x, relu, weights.get(rows[0])), training)
                    .singletonOrThrow()};
        }
        NDList rowList = new NDList(k);
        for (int row : rows) {
            rowList.add(weights.get(row));
        }
        NDArray w = NDArrays.stack(rowList, 0); // k × operations
        boolean stack = stacks(x.getDevice(), x.getShape(), cpuStackLimit);
        CopyAxis axis = CopyAxis.of(layout, x.getDevice(), k);
        NDArray sum = null; // the k edges' sums, with a copy axis (CopyAxis)
        boolean ownSum = false; // whether sum is an array of its own, which in-place additions may change
        NDArray[] perEdge = null; // the terms of the operations run edge by edge
        // stacked operations first: the first one's output becomes the sum, in the stacked layout
        for (Mode pass : new Mode[] {Mode.STACKED, Mode.SHARED, Mode.PER_EDGE}) {
            for (int o = 0; o < modes.length; o++) {
                Mode mode = modes[o] == Mode.STACKED && !stack ? Mode.PER_EDGE : modes[o];
                if (mode != pass) {
                    continue;
                }
                NDArray in = edges.get(0).takesRelu(o) ? relu : x;
                if (mode == Mode.PER_EDGE) {
                    perEdge = perEdge == null ? new NDArray[k] : perEdge;
                    for (int e = 0; e < k; e++) {
                        NDArray y = edges.get(e).operation(o).forward(store, new NDList(in), training)
                                .singletonOrThrow();
                        NDArray term = y.mul(w.get(e, o));
                        if (perEdge[e] == null) {
                            perEdge[e] = term;
                        } else {
                            perEdge[e].addi(term);
                            term.close();
                        }
                    }
                    continue;
                }
                NDArray column = w.get(new NDIndex(":, {}", o));
                NDArray term;
                if (mode == Mode.SHARED) {
                    NDArray y = edges.get(0).operation(o).forward(store, new NDList(in), training).singletonOrThrow();
                    if (training) {
                        share(store, o, x.getDevice());
                    }
                    term = axis.shared(y).mul(axis.factors(column));
                } else { // the weights of the k edges go into the stacked computation
                    term = axis.split(stacks[o].forward(store, in, training, layout, column));
                }
                if (sum == null) {
                    sum = term;
                } else if (!ownSum) { // the first term may be a view: add out of place, then in place
                    NDArray total = sum.add(term);
                    term.close();
                    sum = total;
                    ownSum = true;
                } else {
                    sum.addi(term);
                    term.close();
                }
            }
        }
        NDArray[] out = new NDArray[k];
        NDList parts = null;
        if (sum != null) {
            temporaries.add(sum);
            parts = sum.split(k, axis.copyAxis()); // views, whose gradients the backward pass concatenates
            temporaries.addAll(parts);
        }
        for (int e = 0; e < k; e++) {
            NDArray edge = parts == null ? null : axis.copy(parts.get(e));
            if (edge != null) {
                temporaries.add(edge);
            }
            if (perEdge != null) {
                if (edge == null) {
                    edge = perEdge[e];
                } else {
                    edge = edge.add(perEdge[e]);
                    temporaries.add(perEdge[e]);
                }
            }
            out[e] = edge;
        }
        return out;
    }

    /** Copies the running state the first edge's copy of a parameter-free operation just updated to the others. */
    private void share(ParameterStore store, int op, Device device) {
        for (Pair<Parameter, Parameter> pair : sharedState.get(op)) {
            store.getValue(pair.getValue(), device, true).set(new NDIndex(":"),
                    store.getValue(pair.getKey(), device, true));
        }
    }
}
