package org.jdarts.experiments;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jdarts.core.cost.CostAwareHooks;
import org.jdarts.core.cost.CostKind;
import org.jdarts.core.cost.LatencyTable;
import org.jdarts.core.cost.OperationCosts;
import org.jdarts.core.method.SearchHooks;
import org.jdarts.core.network.NetworkShape;
import org.jdarts.core.run.EpochRecord;
import org.jdarts.core.run.Journal;
import org.jdarts.core.run.Metric;
import org.jdarts.core.search.SearchEpoch;
import org.jdarts.data.ImageShape;
import org.jdarts.space.SearchSpace;

/**
 * A search's cost term as a run carries it: the method's hooks with the term added, the costs
 * every epoch records (expected, derived, weight) and, on resumption, the history the weight
 * depends on. Without a budget it leaves hooks and records as they are.
 */
final class SearchCosts {

    private CostAwareHooks hooks;

    /**
     * Adds the term to a method's hooks when the budget is on.
     *
     * @param method the method's hooks
     * @param budget the configured budget
     * @param space the search space
     * @param images the data's image shape
     * @param classes the data's classes
     * @param latency the measured latencies a latency budget needs, else null
     * @return the hooks the search runs with
     */
    SearchHooks wrap(SearchHooks method, CostBudget budget, SearchSpace space, ImageShape images, int classes,
            LatencyTable latency) {
        if (!budget.enabled()) {
            hooks = null;
            return method;
        }
        OperationCosts costs = OperationCosts.count(space.names(), space.zeroOperations(),
                n -> space.find(n).orElseThrow(), new NetworkShape(budget.costChannels(), budget.costLayers(), classes),
                images.channels(), images.height());
        if (latency != null) {
            costs = costs.withLatency(latency);
        }
        hooks = new CostAwareHooks(method, costs, budget.budget());
        return hooks;
    }

    /** Returns an epoch's record, with its costs when the search has a cost term. */
    EpochRecord record(SearchEpoch epoch) {
        EpochRecord r = EpochRecord.of(epoch);
        if (hooks == null) {
            return r;
        }
        CostKind kind = hooks.budget().kind();
        OperationCosts costs = hooks.costs();
        Map<String, Double> metrics = new LinkedHashMap<>(r.metrics());
        metrics.put(Metric.COST_EXPECTED.key(), costs.expected(kind, r.weights().normal(), r.weights().reduce()));
        metrics.put(Metric.COST_DERIVED.key(), costs.of(kind, r.genotype()));
        metrics.put(Metric.COST_WEIGHT.key(), hooks.weight());
        return new EpochRecord(metrics, r.weights(), r.genotype());
    }

    /** Gives a resumed search's hooks the genotypes derived after the epochs done. */
    void restore(Journal journal) {
        if (hooks != null) {
            hooks.restoreHistory(journal.records().stream().map(EpochRecord::genotype).toList());
        }
    }
}
