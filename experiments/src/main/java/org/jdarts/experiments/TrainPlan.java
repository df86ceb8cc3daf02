package org.jdarts.experiments;

import java.nio.file.Path;
import org.jdarts.core.genotype.Genotype;

/**
 * What a training run is about to do, for whoever presents it.
 *
 * @param config the configuration
 * @param genotype the genotype trained
 * @param runDir the run directory
 * @param device the device's name
 * @param steps steps per epoch
 * @param trainImages training images per epoch
 * @param parameters the network's parameters (auxiliary head excluded)
 * @param multiplyAdds multiply-adds per image
 * @param firstEpoch the epoch it starts with, from 0 (later than 0 when resumed)
 */
public record TrainPlan(TrainConfig config, Genotype genotype, Path runDir, String device, int steps,
        int trainImages, long parameters, long multiplyAdds, int firstEpoch) {}
