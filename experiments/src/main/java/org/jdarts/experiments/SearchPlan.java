package org.jdarts.experiments;

import java.nio.file.Path;
import org.jdarts.space.SearchSpace;

/**
 * What a search is about to do, for whoever presents it.
 *
 * @param config the configuration
 * @param space the search space
 * @param runDir the run directory
 * @param device the device's name
 * @param steps bilevel steps per epoch
 * @param trainImages search-train images
 * @param valImages search-validation images of the architecture steps
 * @param evalImages search-validation images of the end-of-epoch validation
 * @param weights the supernet's trainable weights (α not counted)
 * @param alphaRows rows of each α (edges)
 * @param architectureParameters the architecture parameters (2: α_normal and α_reduce; 4 with β)
 * @param fusedEdges whether the edges that leave a node are evaluated together
 * @param firstEpoch the epoch it starts with, from 0 (later than 0 when resumed)
 */
public record SearchPlan(SearchConfig config, SearchSpace space, Path runDir, String device, int steps,
        int trainImages, int valImages, int evalImages, long weights, long alphaRows, int architectureParameters,
        boolean fusedEdges,
        int firstEpoch) {}
