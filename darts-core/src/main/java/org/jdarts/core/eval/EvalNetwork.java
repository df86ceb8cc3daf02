package org.jdarts.core.eval;

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
import ai.djl.util.Pair;
import ai.djl.util.PairList;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.jdarts.core.genotype.Genotype;
import org.jdarts.core.nn.TorchInitializer;
import org.jdarts.space.CandidateOperation;
import org.jdarts.space.blocks.InitCachingBlock;
import org.jdarts.space.blocks.Layers;

/**
 * The network a genotype describes (the reference's {@code NetworkCIFAR}): a 3×3 stem to 3C channels
 * with BatchNorm, L cells (reduction cells at L/3 and 2L/3, channels doubled there), global average
 * pooling and a linear classifier; optionally the auxiliary head on cell 2L/3's output, whose
 * logits are returned second in training mode only.
 */
public final class EvalNetwork extends InitCachingBlock {

    /** Name prefix of the auxiliary head's parameters (excluded from parameter counts). */
    public static final String AUXILIARY = "auxiliary";

    private final EvalNetworkConfig config;
    private final Block stem;
    private final List<EvalCell> cells = new ArrayList<>();
    private final AuxiliaryHead auxiliary;
    private final Block classifier;
    private final int auxiliaryAfter;

    /**
     * Creates the network.
     *
     * @param genotype the architecture
     * @param resolve the candidate operation (with its parameters) of an operation name
     * @param config channels, layers, classes, auxiliary head
     */
    public EvalNetwork(Genotype genotype, Function<String, CandidateOperation> resolve, EvalNetworkConfig config) {
        this.config = config;
        int c = config.channels();
        stem = addChildBlock("stem", new SequentialBlock().add(Layers.conv(3 * c, 3, 1, 1, 1, 1))
                .add(Layers.batchNorm(true)));
        int cCurr = c;
        boolean reductionPrev = false;
        int cPrev = 3 * c;
        for (int i = 0; i < config.layers(); i++) {
            boolean reduction = config.isReduction(i);
            if (reduction) {
                cCurr *= 2;
            }
            EvalCell cell = new EvalCell(reduction ? genotype.reduce() : genotype.normal(),
                    reduction ? genotype.reduceConcat() : genotype.normalConcat(), resolve, cCurr, reduction,
                    reductionPrev);
            cells.add(addChildBlock("cell" + i, cell));
            reductionPrev = reduction;
            cPrev = cell.outputChannels();
        }
        auxiliaryAfter = 2 * config.layers() / 3;
        auxiliary = config.auxiliary() ? addChildBlock(AUXILIARY, new AuxiliaryHead(config.classes())) : null;
        classifier = addChildBlock("classifier", Linear.builder().setUnits(config.classes()).build());
        classifier.setInitializer(new UniformInitializer((float) (1 / Math.sqrt(cPrev))), Parameter.Type.BIAS);
        setInitializer(new TorchInitializer(), Parameter.Type.WEIGHT);
    }

    /** Returns the network's shape. */
    public EvalNetworkConfig config() {
        return config;
    }

    /**
     * Sets the drop-path probability for the following training passes.
     *
     * @param probability drop probability
     * @param random the per-sample draws (seeded by the caller)
     */
    public void setDropPath(double probability, SplittableRandom random) {
        for (EvalCell cell : cells) {
            cell.setDropPath(probability, random);
        }
    }

    /** Returns the trainable weights, auxiliary head included. */
    public List<Parameter> weights() {
        List<Parameter> weights = new ArrayList<>();
        getParameters().forEach(p -> {
            if (p.getValue().requiresGradient()) {
                weights.add(p.getValue());
            }
        });
        return weights;
    }

    /**
     * Counts trainable weights as the reference does ({@code count_parameters_in_MB}: the
     * auxiliary head excluded).
     *
     * @return the parameter count without the auxiliary head
     */
    public long parameterCount() {
        long n = 0;
        for (Pair<String, Parameter> p : getParameters()) {
            if (p.getValue().requiresGradient() && !p.getKey().contains(AUXILIARY)) {
                n += p.getValue().getArray().size();
            }
        }
        return n;
    }

    @Override
    protected NDList forwardInternal(
            ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray s0 = stem.forward(store, inputs, training).singletonOrThrow();
        NDArray s1 = s0;
        NDArray auxLogits = null;
        for (int i = 0; i < cells.size(); i++) {
            NDArray out = cells.get(i).forward(store, new NDList(s0, s1), training).singletonOrThrow();
            s0 = s1;
            s1 = out;
            if (i == auxiliaryAfter && auxiliary != null && training) {
                auxLogits = auxiliary.forward(store, new NDList(s1), training).singletonOrThrow();
            }
        }
        NDArray pooled = Pool.globalAvgPool2d(s1);
        NDArray logits = classifier.forward(store, new NDList(pooled.reshape(pooled.getShape().get(0), -1)), training)
                .singletonOrThrow();
        return auxLogits == null ? new NDList(logits) : new NDList(logits, auxLogits);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {new Shape(inputShapes[0].get(0), config.classes())};
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        Shape x = inputShapes[0];
        stem.initialize(manager, dataType, x);
        Shape s0 = stem.getOutputShapes(new Shape[] {x})[0];
        Shape s1 = s0;
        for (int i = 0; i < cells.size(); i++) {
            EvalCell cell = cells.get(i);
            cell.initialize(manager, dataType, s0, s1);
            Shape out = cell.getOutputShapes(new Shape[] {s0, s1})[0];
            s0 = s1;
            s1 = out;
            if (i == auxiliaryAfter && auxiliary != null) {
                auxiliary.initialize(manager, dataType, s1);
            }
        }
        classifier.initialize(manager, dataType, new Shape(x.get(0), s1.get(1)));
    }
}
