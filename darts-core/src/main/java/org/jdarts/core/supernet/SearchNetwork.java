package org.jdarts.core.supernet;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.NormalInitializer;
import java.util.ArrayList;
import java.util.List;
import org.jdarts.core.network.CellExtras;
import org.jdarts.core.network.CellNetwork;
import org.jdarts.core.network.NetworkShape;
import org.jdarts.space.SearchSpace;

/**
 * The DARTS supernet: the {@link CellNetwork} skeleton with search cells. The architecture
 * parameters α_normal and α_reduce (edges × operations, initialised 1e-3·N(0,1)) are shared by all
 * normal and all reduction cells respectively; every forward pass hands each cell the softmax of
 * its type's α.
 */
public final class SearchNetwork extends CellNetwork {

    /** Name of the normal cells' architecture parameter. */
    public static final String ALPHA_NORMAL = "alpha_normal";
    /** Name of the reduction cells' architecture parameter. */
    public static final String ALPHA_REDUCE = "alpha_reduce";

    private final SearchSpace space;
    private final Parameter alphaNormal;
    private final Parameter alphaReduce;

    /**
     * Creates the supernet with fused edges; initialise it with {@link #initialize} for 3×32×32
     * (or any) inputs.
     *
     * @param space the candidate operations of every edge
     * @param shape channels, layers and classes
     */
    public SearchNetwork(SearchSpace space, NetworkShape shape) {
        this(space, shape, EdgeEvaluation.FUSED);
    }

    /**
     * Creates the supernet; initialise it with {@link #initialize} for 3×32×32 (or any) inputs.
     *
     * @param space the candidate operations of every edge
     * @param shape channels, layers and classes
     * @param evaluation how the cells evaluate their edges (the parameters are the same either way)
     */
    public SearchNetwork(SearchSpace space, NetworkShape shape, EdgeEvaluation evaluation) {
        super(shape, slot -> new SearchCell(space, slot, evaluation), null);
        this.space = space;
        Shape alphaShape = new Shape(SearchCell.EDGES, space.size());
        alphaNormal = addParameter(alpha(ALPHA_NORMAL, alphaShape));
        alphaReduce = addParameter(alpha(ALPHA_REDUCE, alphaShape));
    }

    private static Parameter alpha(String name, Shape shape) {
        return Parameter.builder().setName(name).setType(Parameter.Type.OTHER).optShape(shape)
                .optInitializer(new NormalInitializer(1e-3f)).optRequiresGrad(true).build();
    }

    /** Returns the search space. */
    public SearchSpace space() {
        return space;
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
    protected CellExtras<NDArray> extraInputs(ParameterStore store, NDArray x, boolean training) {
        // The softmax results belong to this forward pass (the input's manager), not to α's.
        NDArray normal = store.getValue(alphaNormal, x.getDevice(), training).softmax(-1);
        normal.attach(x.getManager());
        NDArray reduce = store.getValue(alphaReduce, x.getDevice(), training).softmax(-1);
        reduce.attach(x.getManager());
        return CellExtras.of(normal, reduce);
    }

    @Override
    protected CellExtras<Shape> extraInputShapes() {
        Shape weights = new Shape(SearchCell.EDGES, space.size());
        return CellExtras.of(weights, weights);
    }
}
