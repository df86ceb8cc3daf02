package org.jdarts.core.supernet;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import org.jdarts.space.blocks.InitCachingBlock;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.nn.pooling.Pool;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.NormalInitializer;
import ai.djl.training.initializer.UniformInitializer;
import ai.djl.util.PairList;
import java.util.ArrayList;
import java.util.List;
import org.jdarts.core.nn.TorchInitializer;
import org.jdarts.space.SearchSpace;
import org.jdarts.space.blocks.Layers;

/**
 * The DARTS supernet: a 3×3 stem convolution to 3C channels with BatchNorm, L search cells
 * (reduction cells at L/3 and 2L/3, channels doubled there), global average pooling and a linear
 * classifier. The architecture parameters α_normal and α_reduce (edges × operations, initialised
 * 1e-3·N(0,1)) are shared by all normal and all reduction cells respectively.
 */
public final class SearchNetwork extends InitCachingBlock {

    /** Name of the normal cells' architecture parameter. */
    public static final String ALPHA_NORMAL = "alpha_normal";
    /** Name of the reduction cells' architecture parameter. */
    public static final String ALPHA_REDUCE = "alpha_reduce";

    private final SearchSpace space;
    private final SupernetConfig config;
    private final Block stem;
    private final List<SearchCell> cells = new ArrayList<>();
    private final Block classifier;
    private final Parameter alphaNormal;
    private final Parameter alphaReduce;

    /**
     * Creates the supernet; initialise it with {@link #initialize} for 3×32×32 (or any) inputs.
     *
     * @param space the candidate operations of every edge
     * @param config channels, layers and classes
     */
    public SearchNetwork(SearchSpace space, SupernetConfig config) {
        this.space = space;
        this.config = config;
        int c = config.channels();
        stem = addChildBlock("stem", new SequentialBlock()
                .add(Layers.conv(3 * c, 3, 1, 1, 1, 1))
                .add(Layers.batchNorm(true)));
        int cCurr = c;
        boolean reductionPrev = false;
        for (int i = 0; i < config.layers(); i++) {
            boolean reduction = config.isReduction(i);
            if (reduction) {
                cCurr *= 2;
            }
            cells.add(addChildBlock("cell" + i, new SearchCell(space, cCurr, reduction, reductionPrev)));
            reductionPrev = reduction;
        }
        int features = SearchCell.STEPS * cCurr;
        classifier = addChildBlock("classifier", Linear.builder().setUnits(config.classes()).build());
        classifier.setInitializer(new UniformInitializer((float) (1 / Math.sqrt(features))), Parameter.Type.BIAS);
        Shape alphaShape = new Shape(SearchCell.EDGES, space.size());
        alphaNormal = addParameter(alpha(ALPHA_NORMAL, alphaShape));
        alphaReduce = addParameter(alpha(ALPHA_REDUCE, alphaShape));
        setInitializer(new TorchInitializer(), Parameter.Type.WEIGHT);
    }

    private static Parameter alpha(String name, Shape shape) {
        return Parameter.builder().setName(name).setType(Parameter.Type.OTHER).optShape(shape)
                .optInitializer(new NormalInitializer(1e-3f)).optRequiresGrad(true).build();
    }

    /** Returns the search space. */
    public SearchSpace space() {
        return space;
    }

    /** Returns the network's shape. */
    public SupernetConfig config() {
        return config;
    }

    /** Returns α_normal (edges × operations). */
    public Parameter alphaNormal() {
        return alphaNormal;
    }

    /** Returns α_reduce (edges × operations). */
    public Parameter alphaReduce() {
        return alphaReduce;
    }

    /** Returns the trainable weights: every parameter that takes a gradient except α. */
    public List<Parameter> weights() {
        List<Parameter> weights = new ArrayList<>();
        getParameters().forEach(p -> {
            Parameter parameter = p.getValue();
            if (parameter.requiresGradient() && parameter != alphaNormal && parameter != alphaReduce) {
                weights.add(parameter);
            }
        });
        return weights;
    }

    /** Returns the number of trainable weights (α not counted). */
    public long weightCount() {
        long n = 0;
        for (Parameter p : weights()) {
            n += p.getArray().size();
        }
        return n;
    }

    @Override
    protected NDList forwardInternal(
            ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray x = inputs.singletonOrThrow();
        // The softmax results belong to this forward pass (the input's manager), not to α's.
        NDArray normal = store.getValue(alphaNormal, x.getDevice(), training).softmax(-1);
        normal.attach(x.getManager());
        NDArray reduce = store.getValue(alphaReduce, x.getDevice(), training).softmax(-1);
        reduce.attach(x.getManager());
        NDArray s0 = stem.forward(store, inputs, training).singletonOrThrow();
        NDArray s1 = s0;
        for (SearchCell cell : cells) {
            NDArray out = cell.forward(store, new NDList(s0, s1, cell.isReduction() ? reduce : normal), training)
                    .singletonOrThrow();
            s0 = s1;
            s1 = out;
        }
        NDArray pooled = Pool.globalAvgPool2d(s1);
        NDArray flat = pooled.reshape(pooled.getShape().get(0), -1);
        return classifier.forward(store, new NDList(flat), training);
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
        Shape weights = new Shape(SearchCell.EDGES, space.size());
        for (SearchCell cell : cells) {
            cell.initialize(manager, dataType, s0, s1, weights);
            Shape out = cell.getOutputShapes(new Shape[] {s0, s1, weights})[0];
            s0 = s1;
            s1 = out;
        }
        classifier.initialize(manager, dataType, new Shape(x.get(0), s1.get(1)));
    }
}
