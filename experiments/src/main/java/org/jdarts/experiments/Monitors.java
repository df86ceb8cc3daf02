package org.jdarts.experiments;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jdarts.space.ConfigException;

/**
 * What a search watches besides its metrics, and the stop it may take on that. Each is written
 * to {@code config.json} only when on.
 *
 * @param hessianEvery estimate the dominant Hessian eigenvalue after every k-th epoch and the
 *     last; 0 never
 * @param earlyStopSkips end the search once the derived normal cell holds this many skip
 *     connections, keeping the genotype of the epoch before (DARTS+); 0 never
 */
public record Monitors(@JsonInclude(JsonInclude.Include.NON_DEFAULT) int hessianEvery,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) int earlyStopSkips) {

    /** No monitors. */
    public static final Monitors NONE = new Monitors(0, 0);

    /** Validates both values; a {@link ConfigException} names the field at fault. */
    public Monitors {
        ConfigException.require(hessianEvery >= 0, "hessianEvery", "must be 0 (never) or a positive number of"
                + " epochs, got " + hessianEvery);
        ConfigException.require(earlyStopSkips >= 0 && earlyStopSkips <= 8, "earlyStopSkips", "must be 0 (off) or 1"
                + " to 8 skips, got " + earlyStopSkips);
    }
}
