package org.jdarts.experiments;

import ai.djl.Device;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.initializer.Initializer;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jdarts.cifar10.Cifar10;
import org.jdarts.core.eval.EvalNetwork;
import org.jdarts.core.eval.ModelCost;
import org.jdarts.core.genotype.Genotype;
import org.jdarts.core.network.CellNetwork;
import org.jdarts.core.network.NetworkShape;
import org.jdarts.core.run.DataShape;
import org.jdarts.reports.NetworkCost;
import org.jdarts.reports.NetworkCosts;

/**
 * Counts a genotype's evaluation network, without its auxiliary head, by building it with DJL (for one image of the run's
 * shape, CIFAR-10's for runs that did not record one; weights set to zero: the engine's random generator is never
 * touched, so counting inside a run changes
 * nothing in it), remembering every answer.
 */
public final class NetworkSize implements NetworkCosts {

    private final Map<String, NetworkCost> known = new HashMap<>();

    @Override
    public synchronized Optional<NetworkCost> cost(Genotype genotype, Path space, int channels, int layers,
            DataShape data) {
        DataShape shape = data == null ? CIFAR10 : data;
        String key = genotype + "|" + (space == null ? "" : space.toAbsolutePath()) + "|" + channels + "|" + layers
                + "|" + shape.describe() + "|" + shape.classes();
        NetworkCost cost = known.get(key);
        if (cost == null) {
            cost = count(GenotypeSource.of(genotype, space, "genotype"), channels, layers, shape);
            known.put(key, cost);
        }
        return Optional.of(cost);
    }

    /** CIFAR-10's shape and classes: what the papers count at, and what runs that did not record theirs read. */
    public static final DataShape CIFAR10 = new DataShape(Cifar10.SHAPE.channels(), Cifar10.SHAPE.height(),
            Cifar10.SHAPE.width(), Cifar10.CLASS_NAMES);

    /**
     * Counts the parameters (auxiliary head excluded) and multiply-adds per image of a network for
     * CIFAR-10, as the reference and the papers count them.
     *
     * @param source the genotype and its operations
     * @param channels initial channels C
     * @param layers cells L
     * @return the counts
     */
    public static NetworkCost count(GenotypeSource source, int channels, int layers) {
        return count(source, channels, layers, CIFAR10);
    }

    /**
     * Counts the parameters (auxiliary head excluded) and multiply-adds per image of a network for
     * images of a shape.
     *
     * @param source the genotype and its operations
     * @param channels initial channels C
     * @param layers cells L
     * @param data the image shape and classes
     * @return the counts
     */
    public static NetworkCost count(GenotypeSource source, int channels, int layers, DataShape data) {
        try (NDManager manager = NDManager.newBaseManager(Device.cpu())) {
            EvalNetwork network = new EvalNetwork(source.genotype(), source.operations(),
                    new NetworkShape(channels, layers, data.classes()), false, data.height());
            network.setInitializer(Initializer.ZEROS, Parameter.Type.WEIGHT);
            network.setInitializer(Initializer.ZEROS, Parameter.Type.BIAS);
            network.initialize(manager, DataType.FLOAT32,
                    new Shape(1, data.channels(), data.height(), data.width()));
            return new NetworkCost(channels, layers, network.parameterCount(),
                    ModelCost.multiplyAdds(network, CellNetwork.AUXILIARY));
        }
    }
}
