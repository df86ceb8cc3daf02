package org.jdarts.experiments;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jdarts.space.ConfigException;

/**
 * The Adam settings of the architecture parameters α (β2 is the reference's, 0.999). In
 * {@code config.json}: {@code archLr}, {@code archWeightDecay} and, when it is not the reference's
 * 0.5, {@code archBeta1}.
 *
 * @param lr learning rate
 * @param weightDecay weight decay
 * @param beta1 Adam's first-moment decay, or null for the reference's {@value #REFERENCE_BETA1}
 */
public record ArchSettings(@JsonProperty("archLr") double lr, @JsonProperty("archWeightDecay") double weightDecay,
        @JsonProperty("archBeta1") @JsonInclude(JsonInclude.Include.NON_NULL) Double beta1) {

    /** The reference's β1 of α's Adam. */
    public static final double REFERENCE_BETA1 = 0.5;

    /** Validates; the reference's β1 is kept as null, so that its files are as before. */
    public ArchSettings {
        if (beta1 != null && beta1 == REFERENCE_BETA1) {
            beta1 = null;
        }
        ConfigException.require(beta1 == null || (beta1 >= 0 && beta1 < 1), "archBeta1",
                "must be in [0, 1), got " + beta1);
    }

    /** Settings with the reference's β1. */
    public ArchSettings(double lr, double weightDecay) {
        this(lr, weightDecay, null);
    }

    /** Returns β1 as the optimiser uses it. */
    @JsonIgnore
    public double effectiveBeta1() {
        return beta1 == null ? REFERENCE_BETA1 : beta1;
    }
}
