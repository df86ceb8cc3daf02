package org.jdarts.experiments;

import org.jdarts.core.network.NetworkShape;
import org.jdarts.space.ConfigException;

/**
 * The sizes every run has: its network's (C, L) and its budget (epochs, batch, training images).
 * In {@code config.json} they are fields of the configuration itself.
 *
 * @param channels C, the channels of the first cells
 * @param layers L, the number of cells
 * @param epochs epochs of the whole run
 * @param batchSize images per batch
 * @param trainImages training images used (a search's search-train half)
 */
public record RunSizes(int channels, int layers, int epochs, int batchSize, int trainImages) {

    /** Validates every value; a {@link ConfigException} names the field at fault. */
    public RunSizes {
        NetworkShape.check(channels, layers);
        ConfigException.require(epochs >= 1, "epochs", "must be at least 1, got " + epochs);
        ConfigException.require(batchSize >= 1, "batchSize", "must be at least 1, got " + batchSize);
        ConfigException.require(trainImages >= batchSize, "trainImages", "must be at least the batch size, got "
                + trainImages);
    }

    /** Returns the network's shape for {@code classes} classes. */
    public NetworkShape shape(int classes) {
        return new NetworkShape(channels, layers, classes);
    }
}
