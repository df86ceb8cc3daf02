package org.jdarts.core.eval;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.jdarts.core.genotype.GenotypeEdge;
import org.jdarts.space.CandidateOperation;
import org.jdarts.space.blocks.FactorizedReduce;
import org.jdarts.space.blocks.InitCachingBlock;
import org.jdarts.space.blocks.Layers;
import org.jdarts.space.blocks.ReluThen;

/**
 * A cell built from a genotype (the reference's {@code model.py} Cell): two preprocessed inputs,
 * each intermediate node the sum of its two chosen operations (evaluation form, affine BatchNorm)
 * applied to earlier nodes, output the concatenation of the genotype's concat nodes. During
 * training every operation's output except identities goes through drop-path.
 */
public final class EvalCell extends InitCachingBlock {

    private final Block preprocess0;
    private final Block preprocess1;
    private final List<Block> ops = new ArrayList<>();
    private final List<Boolean> identity = new ArrayList<>();
    private final int[] inputs;
    private final List<Integer> concat;
    private final boolean reduction;
    private final int channels;
    private double dropProbability;
    private SplittableRandom random;

    /**
     * Creates a cell.
     *
     * @param edges the genotype's edges for this cell type (two per node)
     * @param concat the nodes to concatenate
     * @param resolve the candidate operation (with its parameters) of an operation name
     * @param channels C of this cell
     * @param reduction whether this cell halves the resolution
     * @param reductionPrev whether the previous cell did
     */
    public EvalCell(List<GenotypeEdge> edges, List<Integer> concat, Function<String, CandidateOperation> resolve,
            int channels, boolean reduction, boolean reductionPrev) {
        this.reduction = reduction;
        this.channels = channels;
        this.concat = List.copyOf(concat);
        preprocess0 = addChildBlock("preprocess0",
                reductionPrev ? FactorizedReduce.withRelu(channels, true) : reluConvBn(channels));
        preprocess1 = addChildBlock("preprocess1", reluConvBn(channels));
        inputs = new int[edges.size()];
        for (int e = 0; e < edges.size(); e++) {
            GenotypeEdge edge = edges.get(e);
            int stride = reduction && edge.input() < 2 ? 2 : 1;
            CandidateOperation op = resolve.apply(edge.op());
            ops.add(addChildBlock("op" + e + "_" + edge.op(), op.create(channels, stride, true)));
            identity.add(op.operation().isIdentity(stride));
            inputs[e] = edge.input();
        }
    }

    private static Block reluConvBn(int channels) {
        return new ReluThen(new SequentialBlock().add(Layers.pointwise(channels)).add(Layers.batchNorm(true)));
    }

    /**
     * Sets the drop-path probability and generator for the next training forward passes.
     *
     * @param probability drop probability (0 disables drop-path)
     * @param random the per-sample draws
     */
    void setDropPath(double probability, SplittableRandom random) {
        this.dropProbability = probability;
        this.random = random;
    }

    /** Returns whether this is a reduction cell. */
    public boolean isReduction() {
        return reduction;
    }

    /** Returns the output channels: C times the number of concatenated nodes. */
    public int outputChannels() {
        return channels * concat.size();
    }

    @Override
    protected NDList forwardInternal(
            ParameterStore store, NDList in, boolean training, PairList<String, Object> params) {
        List<NDArray> states = new ArrayList<>();
        states.add(preprocess0.forward(store, new NDList(in.get(0)), training).singletonOrThrow());
        states.add(preprocess1.forward(store, new NDList(in.get(1)), training).singletonOrThrow());
        for (int node = 0; node < ops.size() / 2; node++) {
            NDArray sum = null;
            for (int e = 2 * node; e < 2 * node + 2; e++) {
                NDArray h = ops.get(e).forward(store, new NDList(states.get(inputs[e])), training).singletonOrThrow();
                if (training && dropProbability > 0 && !identity.get(e)) {
                    h = DropPath.apply(h, dropProbability, random);
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
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        Shape s1 = inputShapes[1];
        long h = reduction ? s1.get(2) / 2 : s1.get(2);
        long w = reduction ? s1.get(3) / 2 : s1.get(3);
        return new Shape[] {new Shape(s1.get(0), outputChannels(), h, w)};
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        preprocess0.initialize(manager, dataType, inputShapes[0]);
        preprocess1.initialize(manager, dataType, inputShapes[1]);
        Shape s1 = inputShapes[1];
        Shape full = new Shape(s1.get(0), channels, s1.get(2), s1.get(3));
        Shape half = new Shape(s1.get(0), channels, s1.get(2) / 2, s1.get(3) / 2);
        for (int e = 0; e < ops.size(); e++) {
            boolean cellInput = inputs[e] < 2;
            ops.get(e).initialize(manager, dataType, reduction && !cellInput ? half : full);
        }
    }
}
