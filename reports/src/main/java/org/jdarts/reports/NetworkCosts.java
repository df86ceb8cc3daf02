package org.jdarts.reports;

import java.nio.file.Path;
import java.util.Optional;
import org.jdarts.core.genotype.Genotype;
import org.jdarts.core.run.DataShape;

/**
 * Counts the parameters and multiply-adds of the network a genotype describes. Reports read run
 * directories only, so building a network is left to whoever calls them (the {@code jdarts} command
 * line builds it with DJL); {@link #NONE} leaves the counts out.
 */
@FunctionalInterface
public interface NetworkCosts {

    /** Counts nothing: reports then say that the counts were not computed. */
    NetworkCosts NONE = (genotype, space, channels, layers, data) -> Optional.empty();

    /**
     * Counts a genotype's network at a size.
     *
     * @param genotype the architecture
     * @param space the run's {@code space.json} (the operations' parameters), or null for the defaults
     * @param channels initial channels C
     * @param layers cells L
     * @param data the run's image shape and classes, or null for a run that did not record them
     *     (those read CIFAR-10)
     * @return the counts, or empty if they cannot be computed here
     * @throws Exception if building the network fails
     */
    Optional<NetworkCost> cost(Genotype genotype, Path space, int channels, int layers, DataShape data)
            throws Exception;
}
