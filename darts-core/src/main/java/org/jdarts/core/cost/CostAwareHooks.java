package org.jdarts.core.cost;

import ai.djl.ndarray.NDArray;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jdarts.core.genotype.Genotype;
import org.jdarts.core.genotype.GenotypeDerivation;
import org.jdarts.core.method.SearchHooks;
import org.jdarts.core.supernet.EdgeDesign;
import org.jdarts.core.supernet.SearchNetwork;
import org.jdarts.space.SearchSpace;

/**
 * A search method's hooks with a cost term added to its architecture loss: λ·E[cost]/s, E[cost]
 * the expected cost of the derived network under softmax(α) ({@link ExpectedCost}). With a fixed
 * weight W, λ = W and s is the expected cost under uniform α (so the term starts near W). With a
 * target T, s = T and λ adapts at the start of every epoch to the exact costs c_k of the genotypes
 * derived after the epochs before: λ = exp({@value #GAIN}·Σ_k (c_k/T − 1)), clamped to
 * [{@value #MIN_WEIGHT}, {@value #MAX_WEIGHT}]: it grows while the derived network is over the target and shrinks
 * while it is under. The controller reads the derived genotype, not E[cost], because the derived
 * network is what the search delivers (near-uniform α keep E[cost] near the mean whatever the
 * argmax picks). Everything else is the method's.
 */
public final class CostAwareHooks implements SearchHooks {

    /** How fast λ follows the relative excess over the target, per epoch. */
    public static final double GAIN = 3;
    /** The smallest adaptive weight. */
    public static final double MIN_WEIGHT = 1e-3;
    /** The largest adaptive weight. */
    public static final double MAX_WEIGHT = 1e3;

    /**
     * What the term pursues: a fixed weight or a target.
     *
     * @param kind what is counted
     * @param weight the fixed weight W (0 with a target)
     * @param target the target T (0 with a fixed weight)
     */
    public record Budget(CostKind kind, double weight, double target) {

        /** Validates: exactly one of weight and target is positive. */
        public Budget {
            if (kind == null) {
                throw new IllegalArgumentException("a cost budget needs a kind (params, macs or latency)");
            }
            if (weight < 0 || target < 0 || (weight > 0) == (target > 0)) {
                throw new IllegalArgumentException("a cost budget needs either a positive weight or a positive target,"
                        + " got weight " + weight + " and target " + target);
            }
        }

        /** Returns whether the weight adapts to a target. */
        public boolean targeted() {
            return target > 0;
        }
    }

    private final SearchHooks method;
    private final OperationCosts costs;
    private final Budget budget;
    private final ExpectedCost expected;
    private final double scale;
    private final List<Double> derivedCosts = new ArrayList<>();
    private double weight;

    /**
     * Adds the cost term to a method's hooks.
     *
     * @param method the search method's hooks
     * @param costs the space's cost tables at the size the budget refers to
     * @param budget the weight or target
     */
    public CostAwareHooks(SearchHooks method, OperationCosts costs, Budget budget) {
        this.method = method;
        this.costs = costs;
        this.budget = budget;
        this.expected = new ExpectedCost(costs, budget.kind());
        this.scale = budget.targeted() ? budget.target() : uniformExpectedCost(costs, budget.kind());
        this.weight = budget.targeted() ? 1 : budget.weight();
    }

    private static double uniformExpectedCost(OperationCosts costs, CostKind kind) {
        double[][] uniform = new double[costs.table(kind).normal().length][costs.operations().size()];
        for (double[] row : uniform) {
            Arrays.fill(row, 1.0 / row.length);
        }
        return costs.expected(kind, uniform, uniform);
    }

    /** Returns the budget. */
    public Budget budget() {
        return budget;
    }

    /** Returns the cost tables. */
    public OperationCosts costs() {
        return costs;
    }

    /** Returns the weight λ of the current epoch. */
    public double weight() {
        return weight;
    }

    /**
     * Restores the exact costs of the genotypes derived after the epochs done, for a resumed search
     * (the weight of its next epoch depends on them).
     *
     * @param derived the genotype derived after each finished epoch, in order
     */
    public void restoreHistory(List<Genotype> derived) {
        derivedCosts.clear();
        derived.forEach(g -> derivedCosts.add(costs.of(budget.kind(), g)));
    }

    @Override
    public EdgeDesign edgeDesign() {
        return method.edgeDesign();
    }

    @Override
    public void startEpoch(int epoch, int epochs, long seed, SearchNetwork network) {
        method.startEpoch(epoch, epochs, seed, network);
        if (!budget.targeted()) {
            return;
        }
        if (derivedCosts.size() == epoch - 1) {
            SearchSpace space = network.space();
            Genotype g = GenotypeDerivation.derive(network.derivationWeights(0), network.derivationWeights(1),
                    space.names(), space.zeroOperations());
            derivedCosts.add(costs.of(budget.kind(), g));
        } else if (derivedCosts.size() != epoch) {
            throw new IllegalStateException("epoch " + epoch + " starts with the costs of " + derivedCosts.size()
                    + " epochs: restore the history of a resumed search first");
        }
        double excess = 0;
        for (double c : derivedCosts) {
            excess += c / budget.target() - 1;
        }
        weight = Math.max(MIN_WEIGHT, Math.min(MAX_WEIGHT, Math.exp(GAIN * excess)));
    }

    @Override
    public void skipStep() {
        method.skipStep();
    }

    @Override
    public boolean updatesArchitecture(int epoch) {
        return method.updatesArchitecture(epoch);
    }

    @Override
    public NDArray architectureTerm(List<NDArray> architecture) {
        NDArray inner = method.architectureTerm(architecture);
        NDArray term = expected.of(architecture.get(0), architecture.get(1)).mul((float) (weight / scale));
        return inner == null ? term : inner.add(term);
    }

    @Override
    public NDArray weightStepMixing(NDArray softmax) {
        return method.weightStepMixing(softmax);
    }
}
