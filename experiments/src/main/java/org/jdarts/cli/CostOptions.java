package org.jdarts.cli;

import org.jdarts.core.cost.CostKind;
import org.jdarts.experiments.CostBudget;
import org.jdarts.experiments.SearchConfig;
import picocli.CommandLine.Option;

/** The flags of a search's cost term. */
final class CostOptions {

    @Option(names = "--cost", paramLabel = "params|macs",
            description = "Add the expected cost of the derived network under softmax(alpha) to the"
                    + " architecture loss: its parameters or its multiply-adds per image, counted exactly for an"
                    + " evaluation network of --cost-channels and --cost-layers on the data's images. Needs"
                    + " --cost-weight or --cost-target.")
    String cost;

    @Option(names = "--cost-weight", paramLabel = "W",
            description = "Fixed weight of the cost term, relative to the expected cost under uniform alpha"
                    + " (the term starts near W).")
    Double weight;

    @Option(names = "--cost-target", paramLabel = "VALUE",
            description = "Target cost, e.g. 2.5M (parameters) or 300M (multiply-adds): the weight grows"
                    + " every epoch while the derived network costs more and shrinks while it costs less (README,"
                    + " Cost-aware search).")
    String target;

    @Option(names = "--cost-channels", paramLabel = "C",
            description = "C of the network the costs refer to (default: " + CostBudget.DEFAULT_CHANNELS + ").")
    Integer channels;

    @Option(names = "--cost-layers", paramLabel = "L",
            description = "L of the network the costs refer to (default: " + CostBudget.DEFAULT_LAYERS + ").")
    Integer layers;

    /**
     * Sets the cost term.
     *
     * @param config a builder
     * @return the builder
     * @throws UsageException if the target is not an amount
     */
    SearchConfig.Builder apply(SearchConfig.Builder config) {
        Double targetValue = null;
        if (target != null) {
            try {
                targetValue = CostKind.parseAmount(target);
            } catch (IllegalArgumentException e) {
                throw new UsageException("--cost-target " + e.getMessage());
            }
        }
        if (cost == null && weight == null && targetValue == null && channels == null && layers == null) {
            return config;
        }
        if (cost == null) {
            throw new UsageException("--cost params|macs is required with --cost-weight, --cost-target,"
                    + " --cost-channels or --cost-layers");
        }
        return config.optCost(new CostBudget(cost, weight, targetValue, channels, layers));
    }
}
