package org.jdarts.cli;

import org.jdarts.core.cost.CostKind;
import org.jdarts.experiments.CostBudget;
import org.jdarts.experiments.SearchConfig;
import picocli.CommandLine.Option;

/** The flags of a search's cost term, shared by {@code jdarts search} and {@code jdarts experiment table9}. */
final class CostOptions {

    @Option(names = "--cost", paramLabel = "params|macs|latency",
            description = "Add the expected cost of the derived network under softmax(alpha) to the"
                    + " architecture loss: its parameters or its multiply-adds per image, counted exactly, or its"
                    + " latency at batch 1 on --cost-device, from measured per-operation latencies (cached per"
                    + " machine; see jdarts bench ops); for an evaluation network of --cost-channels and"
                    + " --cost-layers on the data's images. Needs --cost-weight or --cost-target.")
    String cost;

    @Option(names = "--cost-weight", paramLabel = "W",
            description = "Fixed weight of the cost term, relative to the expected cost under uniform alpha"
                    + " (the term starts near W).")
    Double weight;

    @Option(names = "--cost-target", paramLabel = "VALUE",
            description = "Target cost, e.g. 2.5M (parameters), 300M (multiply-adds) or 4ms (latency): the weight grows"
                    + " every epoch while the derived network costs more and shrinks while it costs less (docs/search.md,"
                    + " Cost-aware search).")
    String target;

    @Option(names = "--cost-channels", paramLabel = "C",
            description = "C of the network the costs refer to (default: " + CostBudget.DEFAULT_CHANNELS + ").")
    Integer channels;

    @Option(names = "--cost-layers", paramLabel = "L",
            description = "L of the network the costs refer to (default: " + CostBudget.DEFAULT_LAYERS + ").")
    Integer layers;

    @Option(names = "--cost-device", paramLabel = "cpu|gpu[:N]",
            description = "Where latencies are measured (--cost latency; default: cpu): the device the network"
                    + " will run on, which need not be the search's --device.")
    String device;

    /**
     * Sets the cost term.
     *
     * @param config a builder
     * @return the builder
     * @throws UsageException if the target is not an amount
     */
    SearchConfig.Builder apply(SearchConfig.Builder config) {
        if (cost == null && weight == null && target == null && channels == null && layers == null && device == null) {
            return config;
        }
        if (cost == null) {
            throw new UsageException("--cost params|macs|latency is required with --cost-weight, --cost-target,"
                    + " --cost-channels, --cost-layers or --cost-device");
        }
        CostKind kind;
        try {
            kind = CostKind.parse(cost);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--cost '" + cost + "': valid are params, macs, latency");
        }
        if (device != null && kind != CostKind.LATENCY) {
            throw new UsageException("--cost-device is for --cost latency, not --cost " + cost);
        }
        if (device != null) {
            DeviceOption.resolve("--cost-device", device);   // refuses, naming the value, a device this machine does not have
        }
        Double targetValue = null;
        if (target != null) {
            try {
                targetValue = kind.parseTarget(target);
            } catch (IllegalArgumentException e) {
                throw new UsageException("--cost-target " + e.getMessage());
            }
        }
        return config.optCost(new CostBudget(cost, weight, targetValue, channels, layers, device));
    }
}
