package org.jdarts.experiments;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The Adam settings of the architecture parameters α (its betas are the reference's, 0.5 and
 * 0.999). In {@code config.json}: {@code archLr}, {@code archWeightDecay}.
 *
 * @param lr learning rate
 * @param weightDecay weight decay
 */
public record ArchSettings(@JsonProperty("archLr") double lr, @JsonProperty("archWeightDecay") double weightDecay) {}
