package org.jdarts.core.eval;

import ai.djl.ndarray.NDList;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.util.Pair;
import ai.djl.util.PairList;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.jdarts.core.genotype.Genotype;
import org.jdarts.core.network.Cell;
import org.jdarts.core.network.CellNetwork;
import org.jdarts.core.network.NetworkShape;
import org.jdarts.space.CandidateOperation;

/**
 * The network a genotype describes (the reference's {@code NetworkCIFAR}): the {@link CellNetwork}
 * skeleton with the genotype's cells in evaluation form and, optionally, the auxiliary head.
 */
public final class EvalNetwork extends CellNetwork {

    private final DropPathMasks dropPath;

    /**
     * Creates the network.
     *
     * @param genotype the architecture
     * @param resolve the candidate operation (with its parameters) of an operation name
     * @param shape channels, layers, classes
     * @param auxiliary whether to attach the auxiliary head after cell 2L/3 (training only)
     * @param imageSide the height (and width) of the input images, which the auxiliary head's
     *     pooling depends on
     * @throws IllegalArgumentException if the images are too small for the auxiliary head
     */
    public EvalNetwork(Genotype genotype, Function<String, CandidateOperation> resolve, NetworkShape shape,
            boolean auxiliary, int imageSide) {
        super(shape, slot -> new EvalCell(slot.reduction() ? genotype.reduce() : genotype.normal(),
                slot.reduction() ? genotype.reduceConcat() : genotype.normalConcat(), resolve, slot),
                auxiliary ? new AuxiliaryHead(shape.classes(), auxiliarySide(imageSide)) : null);
        int dropped = 0;
        for (Cell cell : cells()) {
            dropped += ((EvalCell) cell).droppedOperations();
        }
        this.dropPath = new DropPathMasks(dropped);
        int first = 0;
        for (Cell cell : cells()) {
            ((EvalCell) cell).shareDropPath(dropPath, first);
            first += ((EvalCell) cell).droppedOperations();
        }
    }

    /**
     * Returns the side of the feature maps the auxiliary head reads, after the network's two
     * reductions (each ⌈side/2⌉): 8 for 32×32 images.
     *
     * @param imageSide the images' height and width
     * @return the maps' height and width after cell 2L/3
     */
    public static int auxiliarySide(int imageSide) {
        return ((imageSide + 1) / 2 + 1) / 2;
    }

    /** The smallest image side the auxiliary head's 5×5 pooling fits (after two reductions). */
    public static final int MIN_AUXILIARY_IMAGE_SIDE = 17;

    /**
     * Sets the drop-path probability for the following training passes.
     *
     * @param probability drop probability
     * @param random the per-sample draws (seeded by the caller)
     */
    public void setDropPath(double probability, SplittableRandom random) {
        dropPath.set(probability, random);
    }

    /** Draws the drop-path masks of a training pass (one upload), then runs it. */
    @Override
    protected NDList forwardInternal(
            ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        if (training) {
            dropPath.draw(inputs.head());
        }
        return super.forwardInternal(store, inputs, training, params);
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
}
