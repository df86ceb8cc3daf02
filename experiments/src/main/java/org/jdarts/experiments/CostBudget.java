package org.jdarts.experiments;

import ai.djl.Device;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.jdarts.core.cost.CostAwareHooks;
import org.jdarts.core.cost.CostKind;
import org.jdarts.space.ConfigException;

/**
 * A search's cost term (off unless {@code cost} is set): what it counts, its fixed weight or its
 * target, and the evaluation network size the costs are counted at. Written to {@code config.json}
 * only when on.
 *
 * @param cost {@code params}, {@code macs} or {@code latency}, or null for no cost term
 * @param costWeight the fixed weight, or null
 * @param costTarget the target, or null
 * @param costChannels C of the evaluation network the costs refer to
 * @param costLayers L of that network
 * @param costDevice where latencies are measured ({@code cpu}, {@code gpu}, {@code gpu:N}; latency
 *     only, {@code cpu} unless given): the device the network will run on, which need not be the
 *     search's
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CostBudget(String cost, Double costWeight, Double costTarget, Integer costChannels,
        Integer costLayers, String costDevice) {

    /** No cost term. */
    public static final CostBudget NONE = new CostBudget(null, null, null, null, null, null);

    /** The evaluation network's C the costs refer to unless given (the paper's). */
    public static final int DEFAULT_CHANNELS = 36;

    /** The evaluation network's L the costs refer to unless given (the paper's). */
    public static final int DEFAULT_LAYERS = 20;

    /** Validates; a {@link ConfigException} names the field at fault. */
    public CostBudget {
        if (cost == null) {
            ConfigException.require(costWeight == null && costTarget == null, "cost",
                    "is required with a cost weight or target (params or macs)");
            costChannels = null;
            costLayers = null;
            costDevice = null;
        } else {
            CostKind kind;
            try {
                kind = CostKind.parse(cost);
            } catch (IllegalArgumentException e) {
                throw new ConfigException("cost", "must be params, macs or latency, got '" + cost + "'");
            }
            if (kind == CostKind.LATENCY) {
                costDevice = costDevice == null ? "cpu" : costDevice;
                ConfigException.require(costDevice.matches("cpu|gpu(:\\d{1,3})?"), "costDevice",
                        "must be cpu, gpu or gpu:N, got '" + costDevice + "'");
            } else {
                ConfigException.require(costDevice == null, "costDevice", "is for a latency cost only, not " + cost);
            }
            ConfigException.require((costWeight == null) != (costTarget == null), "cost",
                    "needs either a weight or a target, not " + (costWeight == null ? "neither" : "both"));
            ConfigException.require(costWeight == null || costWeight > 0, "costWeight", "must be positive, got "
                    + costWeight);
            ConfigException.require(costTarget == null || costTarget > 0, "costTarget", "must be positive, got "
                    + costTarget);
            costChannels = costChannels == null ? DEFAULT_CHANNELS : costChannels;
            costLayers = costLayers == null ? DEFAULT_LAYERS : costLayers;
            ConfigException.require(costChannels >= 1 && costLayers >= 3, "costChannels", "the cost network needs C"
                    + " >= 1 and L >= 3, got C " + costChannels + ", L " + costLayers);
        }
    }

    /** Returns whether the search has a cost term. */
    @JsonIgnore
    public boolean enabled() {
        return cost != null;
    }

    /** Returns what the cost counts (the term must be on). */
    @JsonIgnore
    public CostKind kind() {
        return CostKind.parse(cost);
    }

    /** Returns the device latencies are measured on (a latency cost only). */
    @JsonIgnore
    public Device device() {
        if (costDevice == null || costDevice.equals("cpu")) {
            return Device.cpu();
        }
        return Device.gpu(costDevice.equals("gpu") ? 0 : Integer.parseInt(costDevice.substring(4)));
    }

    /** Returns the budget the search hooks pursue. */
    public CostAwareHooks.Budget budget() {
        return new CostAwareHooks.Budget(CostKind.parse(cost), costWeight == null ? 0 : costWeight,
                costTarget == null ? 0 : costTarget);
    }

    /** Says the budget in one line: {@code params, target 2.50M params at C 36, L 20}. */
    public String describe() {
        if (!enabled()) {
            return "no cost term";
        }
        CostKind kind = CostKind.parse(cost);
        return cost + (costTarget != null ? ", target " + kind.format(costTarget) + " (weight adapted every epoch)"
                : ", weight " + Numbers.plain(costWeight)) + " at C " + costChannels + ", L " + costLayers
                + (kind == CostKind.LATENCY ? ", batch 1 on " + costDevice : "");
    }
}
