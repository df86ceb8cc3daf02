package org.jdarts.experiments;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
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
import org.jdarts.reports.NetworkCost;
import org.jdarts.reports.NetworkCosts;

/**
 * Counts a genotype's evaluation network by building it with DJL (for one CIFAR-10 image, weights
 * set to zero: the engine's random generator is never touched, so counting inside a run changes
 * nothing in it), remembering every answer.
 */
public final class NetworkSize implements NetworkCosts {

    private final Map<String, NetworkCost> known = new HashMap<>();

    @Override
    public synchronized Optional<NetworkCost> cost(Genotype genotype, Path space, int channels, int layers) {
        String key = genotype + "|" + (space == null ? "" : space.toAbsolutePath()) + "|" + channels + "|" + layers;
        NetworkCost cost = known.get(key);
        if (cost == null) {
            cost = count(GenotypeSource.of(genotype, space, "genotype"), channels, layers);
            known.put(key, cost);
        }
        return Optional.of(cost);
    }

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
        try (NDManager manager = NDManager.newBaseManager()) {
            EvalNetwork network = new EvalNetwork(source.genotype(), source.operations(),
                    new NetworkShape(channels, layers, Cifar10.CLASS_NAMES.size()), true, Cifar10.SHAPE.height());
            network.setInitializer(Initializer.ZEROS, Parameter.Type.WEIGHT);
            network.setInitializer(Initializer.ZEROS, Parameter.Type.BIAS);
            network.initialize(manager, DataType.FLOAT32, Cifar10.SHAPE.batch(1));
            return new NetworkCost(channels, layers, network.parameterCount(),
                    ModelCost.multiplyAdds(network, CellNetwork.AUXILIARY));
        }
    }
}
