package org.jdarts.core.eval;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.jdarts.core.genotype.GenotypeEdge;
import org.jdarts.core.network.Cell;
import org.jdarts.core.network.CellSlot;
import org.jdarts.space.CandidateOperation;
import org.jdarts.space.op.OperationTrait;

/**
 * A cell built from a genotype (the reference's {@code model.py} Cell): each intermediate node the
 * sum of its two chosen operations (evaluation form, affine BatchNorm) applied to earlier nodes,
 * output the concatenation of the genotype's concat nodes. During training every operation's
 * output except identities goes through drop-path.
 */
public final class EvalCell extends Cell {

    private final List<Block> ops = new ArrayList<>();
    private final boolean[] identity;
    private final int[] inputs;
    private final List<Integer> concat;
    private DropPathMasks dropPath;
    private int firstDropped;
    private boolean ownsDropPath;

    /**
     * Creates a cell.
     *
     * @param edges the genotype's edges for this cell type (two per node)
     * @param concat the nodes to concatenate
     * @param resolve the candidate operation (with its parameters) of an operation name
     * @param slot where the cell stands
     */
    public EvalCell(List<GenotypeEdge> edges, List<Integer> concat, Function<String, CandidateOperation> resolve,
            CellSlot slot) {
        super(slot, true);
        this.concat = List.copyOf(concat);
        inputs = new int[edges.size()];
        identity = new boolean[edges.size()];
        for (int e = 0; e < edges.size(); e++) {
            GenotypeEdge edge = edges.get(e);
            int stride = stride(edge.input());
            CandidateOperation op = resolve.apply(edge.op());
            ops.add(addChildBlock("op" + e + "_" + edge.op(), op.create(slot.channels(), stride, true)));
            identity[e] = op.has(OperationTrait.IDENTITY, stride);
            inputs[e] = edge.input();
        }
        this.dropPath = new DropPathMasks(droppedOperations());
        this.ownsDropPath = true;
    }

    /** Returns the operations of this cell that drop-path applies to (all but identities). */
    int droppedOperations() {
        int n = 0;
        for (boolean id : identity) {
            n += id ? 0 : 1;
        }
        return n;
    }

    /**
     * Makes this cell use the masks its network draws for a whole pass.
     *
     * @param shared the network's masks
     * @param first the place of this cell's first dropped operation in the pass
     */
    void shareDropPath(DropPathMasks shared, int first) {
        this.dropPath = shared;
        this.firstDropped = first;
        this.ownsDropPath = false;
    }

    /**
     * Sets the drop-path probability and generator for the next training forward passes of this
     * cell on its own (in a network, the network's are used).
     *
     * @param probability drop probability (0 disables drop-path)
     * @param random the per-sample draws
     */
    void setDropPath(double probability, SplittableRandom random) {
        dropPath.set(probability, random);
    }

    @Override
    public int outputChannels() {
        return channels() * concat.size();
    }

    @Override
    protected NDList forwardInternal(
            ParameterStore store, NDList in, boolean training, PairList<String, Object> params) {
        if (training && ownsDropPath) {
            dropPath.draw(in.head());
        }
        List<NDArray> states = preprocess(store, in, training);
        int dropped = firstDropped;
        for (int node = 0; node < ops.size() / 2; node++) {
            NDArray sum = null;
            for (int e = 2 * node; e < 2 * node + 2; e++) {
                NDArray h = ops.get(e).forward(store, new NDList(states.get(inputs[e])), training).singletonOrThrow();
                if (training && !identity[e]) {
                    h = dropPath.apply(h, dropped++);
                }
                sum = sum == null ? h : sum.add(h);
            }
            states.add(sum);
        }
        NDList out = new NDList();
        for (int n : concat) {
            out.add(states.get(n));
        }
        return new NDList(NDArrays.concat(out, 1));
    }

    @Override
    protected void initializeNodes(NDManager manager, DataType dataType, NodeShapes nodes, Shape... inputShapes) {
        for (int e = 0; e < ops.size(); e++) {
            ops.get(e).initialize(manager, dataType, nodes.of(inputs[e]));
        }
    }
}
