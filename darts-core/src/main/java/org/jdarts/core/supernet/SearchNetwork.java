package org.jdarts.core.supernet;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.NormalInitializer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.jdarts.core.network.CellExtras;
import org.jdarts.core.network.CellNetwork;
import org.jdarts.core.network.NetworkShape;
import org.jdarts.space.SearchSpace;

/**
 * The DARTS supernet: the {@link CellNetwork} skeleton with search cells. The architecture
 * parameters α_normal and α_reduce (edges × operations, initialised 1e-3·N(0,1)) are shared by all
 * normal and all reduction cells respectively; every forward pass hands each cell the softmax of
 * its type's α.
 *
 * <p>A search method's {@link EdgeDesign} may add edge normalisation (architecture parameters
 * β_normal and β_reduce, one per edge, initialised like α; every node weights its input edges by
 * the softmax of their β), partial channels and an auxiliary skip on every edge; a method may also
 * replace the weight step's mixing weights ({@link #setMixing}).
 */
public final class SearchNetwork extends CellNetwork {

    /** Name of the normal cells' architecture parameter. */
    public static final String ALPHA_NORMAL = "alpha_normal";
    /** Name of the reduction cells' architecture parameter. */
    public static final String ALPHA_REDUCE = "alpha_reduce";
    /** Name of the normal cells' edge-normalisation parameter. */
    public static final String BETA_NORMAL = "beta_normal";
    /** Name of the reduction cells' edge-normalisation parameter. */
    public static final String BETA_REDUCE = "beta_reduce";

    private final SearchSpace space;
    private final Parameter alphaNormal;
    private final Parameter alphaReduce;
    private final Parameter betaNormal;
    private final Parameter betaReduce;
    private final AuxiliarySkipWeight auxiliarySkipWeight;
    private UnaryOperator<NDArray> mixing = UnaryOperator.identity();

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
        this(space, shape, evaluation, EdgeDesign.PLAIN);
    }

    /**
     * Creates the supernet with a search method's edges.
     *
     * @param space the candidate operations of every edge
     * @param shape channels, layers and classes
     * @param evaluation how the cells evaluate their edges
     * @param design how the edges are built
     * @throws IllegalArgumentException if a cell's channels are not divisible by the design's K
     */
    public SearchNetwork(SearchSpace space, NetworkShape shape, EdgeEvaluation evaluation, EdgeDesign design) {
        this(space, shape, evaluation, design, FusedEdges.CPU_STACK_LIMIT, new AuxiliarySkipWeight());
    }

    /** As above, with the CPU's stacking limit chosen (for tests that need both paths in one network). */
    SearchNetwork(SearchSpace space, NetworkShape shape, EdgeEvaluation evaluation, long cpuStackLimit) {
        this(space, shape, evaluation, EdgeDesign.PLAIN, cpuStackLimit, new AuxiliarySkipWeight());
    }

    private SearchNetwork(SearchSpace space, NetworkShape shape, EdgeEvaluation evaluation, EdgeDesign design,
            long cpuStackLimit, AuxiliarySkipWeight auxiliarySkipWeight) {
        super(shape, slot -> new SearchCell(space, slot, evaluation, design, auxiliarySkipWeight, cpuStackLimit),
                null);
        this.space = space;
        Objects.requireNonNull(design, "design");
        this.auxiliarySkipWeight = auxiliarySkipWeight;
        Shape alphaShape = new Shape(SearchCell.EDGES, space.size());
        alphaNormal = addParameter(alpha(ALPHA_NORMAL, alphaShape));
        alphaReduce = addParameter(alpha(ALPHA_REDUCE, alphaShape));
        if (design.edgeNormalisation()) {
            betaNormal = addParameter(alpha(BETA_NORMAL, new Shape(SearchCell.EDGES)));
            betaReduce = addParameter(alpha(BETA_REDUCE, new Shape(SearchCell.EDGES)));
        } else {
            betaNormal = null;
            betaReduce = null;
        }
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

    /**
     * Returns the architecture parameters, in the order optimisers and hooks see them: α_normal,
     * α_reduce, then β_normal and β_reduce with edge normalisation.
     */
    public List<Parameter> architecture() {
        return betaNormal == null ? List.of(alphaNormal, alphaReduce)
                : List.of(alphaNormal, alphaReduce, betaNormal, betaReduce);
    }

    /** Returns the trainable weights: every parameter that takes a gradient except the architecture's. */
    public List<Parameter> weights() {
        List<Parameter> architecture = architecture();
        List<Parameter> weights = new ArrayList<>();
        getParameters().forEach(p -> {
            Parameter parameter = p.getValue();
            if (parameter.requiresGradient() && !architecture.contains(parameter)) {
                weights.add(parameter);
            }
        });
        return weights;
    }

    /**
     * Sets the weight of every edge's auxiliary skip connection (a design with
     * {@link EdgeDesign#auxiliarySkip()}; 0 until set).
     *
     * @param weight β of DARTS-, a finite number
     */
    public void setAuxiliarySkipWeight(double weight) {
        if (!Double.isFinite(weight)) {
            throw new IllegalArgumentException("the auxiliary skip weight must be finite, got " + weight);
        }
        auxiliarySkipWeight.set(weight);
    }

    /** Returns the weight of the auxiliary skip connections. */
    public double auxiliarySkipWeight() {
        return auxiliarySkipWeight.get();
    }

    /**
     * Sets what the following forward passes mix the operations with, given softmax(α) of a cell
     * type (identity: the softmax itself). The search sets it around its weight step only.
     *
     * @param mixing maps softmax(α), edges × operations, to the mixing weights, in the same manager
     */
    public void setMixing(UnaryOperator<NDArray> mixing) {
        this.mixing = Objects.requireNonNull(mixing, "mixing");
    }

    /**
     * Returns the weight of every edge in the sum of its node (edge normalisation): per node, the
     * softmax of β over the node's input edges.
     *
     * @param beta β of one cell type (one value per edge)
     * @param manager receives the result and every intermediate array
     * @return one weight per edge, in β's order
     */
    public static NDArray edgeWeights(NDArray beta, NDManager manager) {
        NDList nodes = new NDList(SearchCell.STEPS);
        int start = 0;
        for (int i = 0; i < SearchCell.STEPS; i++) {
            int n = 2 + i;
            NDArray slice = beta.get(start + ":" + (start + n));
            slice.attach(manager);
            nodes.add(slice.softmax(0));
            start += n;
        }
        return NDArrays.concat(nodes, 0);
    }

    /**
     * Returns the weights a genotype is derived from: softmax(α), each edge's row scaled by its
     * edge-normalisation weight when the design has one (PC-DARTS ranks edges by that product).
     *
     * @param cellType 0 for normal cells, 1 for reduction cells
     * @return edges × operations
     */
    public double[][] derivationWeights(int cellType) {
        NDArray alpha = (cellType == 0 ? alphaNormal : alphaReduce).getArray();
        try (NDManager scope = alpha.getManager().newSubManager()) {
            NDArray a = alpha.duplicate();
            a.attach(scope);
            NDArray soft = a.softmax(-1);
            if (betaNormal != null) {
                NDArray beta = (cellType == 0 ? betaNormal : betaReduce).getArray().duplicate();
                beta.attach(scope);
                soft = soft.mul(edgeWeights(beta, scope).reshape(-1, 1));
            }
            double[] flat = soft.toType(DataType.FLOAT64, false).toDoubleArray();
            int rows = (int) alpha.getShape().get(0);
            int cols = (int) alpha.getShape().get(1);
            double[][] table = new double[rows][cols];
            for (int r = 0; r < rows; r++) {
                System.arraycopy(flat, r * cols, table[r], 0, cols);
            }
            return table;
        }
    }

    /** Returns the number of trainable weights (architecture parameters not counted). */
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
        normal = mixing.apply(normal);
        reduce = mixing.apply(reduce);
        if (betaNormal == null) {
            return CellExtras.of(normal, reduce);
        }
        NDArray edgesNormal = edgeWeights(store.getValue(betaNormal, x.getDevice(), training), x.getManager());
        NDArray edgesReduce = edgeWeights(store.getValue(betaReduce, x.getDevice(), training), x.getManager());
        return new CellExtras<>(List.of(normal, edgesNormal), List.of(reduce, edgesReduce));
    }

    @Override
    protected CellExtras<Shape> extraInputShapes() {
        Shape weights = new Shape(SearchCell.EDGES, space.size());
        if (betaNormal == null) {
            return CellExtras.of(weights, weights);
        }
        Shape edges = new Shape(SearchCell.EDGES);
        return new CellExtras<>(List.of(weights, edges), List.of(weights, edges));
    }
}
