package org.jdarts.experiments.table9;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.commons.math3.distribution.TDistribution;
import org.jdarts.experiments.GenotypeSource;
import org.jdarts.experiments.NetworkSize;
import org.junit.jupiter.api.Test;

class StatisticsTest {

    @Test
    void spreadHasTheSampleSdAndAStudentTInterval() {
        Spread s = Spread.of(new double[] {2.9, 3.1, 3.0, 3.2});
        assertEquals(3.05, s.mean(), 1e-12);
        assertEquals(Math.sqrt(0.05 / 3), s.sd(), 1e-12);
        double half = 3.182446305284263 * s.sd() / 2; // t(0.975, 3)
        assertEquals(3.05 - half, s.low(), 1e-9);
        assertEquals(3.05 + half, s.high(), 1e-9);
        assertTrue(Double.isNaN(Spread.of(new double[] {3.0}).sd()));
        assertEquals(0, Spread.of(new double[0]).n());
    }

    @Test
    void welchSaysWhetherADifferenceStandsOutOfTheNoise() {
        SpaceRow.Welch same = Table9.welch(new double[] {3.0, 3.2, 3.1}, new double[] {3.1, 3.0, 3.2});
        assertEquals(1.0, same.p(), 1e-12);
        assertTrue(same.verdict().startsWith("not distinguishable from noise at this budget (p = 1.00"), same.verdict());
        SpaceRow.Welch apart = Table9.welch(new double[] {2.0, 2.1, 1.9, 2.05}, new double[] {3.1, 3.0, 3.2, 3.05});
        assertTrue(apart.p() < 1e-4, "p = " + apart.p());
        assertTrue(apart.verdict().startsWith("distinguishable from noise at this budget"), apart.verdict());
        assertTrue(Table9.welch(new double[] {3.0}, new double[] {3.1, 3.2}).verdict().startsWith("not testable"));
    }

    @Test
    void theVarianceSplitIsTheOneWayRandomEffectsAnova() {
        // balanced, by hand: means 2 and 5, grand 3.5; MSB = 13.5 (1 df), MSW = 4 / 4 = 1, n0 = 3
        VarianceSplit balanced = VarianceSplit.of(List.of(new double[] {1, 2, 3}, new double[] {4, 5, 6}));
        assertEquals(Math.sqrt(12.5 / 3), balanced.betweenSd(), 1e-12);
        assertEquals(1, balanced.withinSd(), 1e-12);
        assertEquals((12.5 / 3) / (12.5 / 3 + 1), balanced.icc(), 1e-12);
        assertEquals(13.5, balanced.f(), 1e-12);
        // F(1, 4) is t(4) squared: the p-value by another route
        assertEquals(2 * (1 - new TDistribution(4).cumulativeProbability(Math.sqrt(13.5))), balanced.p(), 1e-9);
        // (1.959964 + 0.841621)^2 * 2 * (25/6 + 1/3) / 0.13^2 = 4179.9
        assertEquals(4180, balanced.searchesFor80());
        assertEquals(3, balanced.evalSeedsPerSearch());
        // unbalanced, by hand: n0 = (6 - 14/6) / 2 = 11/6, MSB = 89/12, MSW = 17/6, between variance 2.5
        VarianceSplit unbalanced = VarianceSplit.of(List.of(new double[] {1, 2}, new double[] {3, 5, 7},
                new double[] {4}));
        assertEquals(Math.sqrt(2.5), unbalanced.betweenSd(), 1e-12);
        assertEquals(Math.sqrt(17.0 / 6), unbalanced.withinSd(), 1e-12);
        assertEquals(2.5 / (2.5 + 17.0 / 6), unbalanced.icc(), 1e-12);
        // no search trained twice, or a single search: nothing to split
        assertNull(VarianceSplit.of(List.of(new double[] {1}, new double[] {2})));
        assertNull(VarianceSplit.of(List.of(new double[] {1, 2, 3}, new double[0])));
        // searches that agree beyond their retraining noise: no between-search variance, not negative
        VarianceSplit same = VarianceSplit.of(List.of(new double[] {1, 3}, new double[] {1, 3}));
        assertEquals(0, same.betweenSd(), 0);
    }

    @Test
    void searchedAgainstRandomIsWelchsTestOnGenotypeMeansWithItsPower() {
        AgainstRandom apart = AgainstRandom.of(new double[] {2.0, 2.1, 1.9}, new double[] {3.0, 3.1, 2.9});
        assertTrue(apart.p() < 1e-3, "p = " + apart.p());
        assertTrue(apart.verdict().startsWith("the searched genotypes are better than the random ones (2.00% against"
                + " 3.00%"), apart.verdict());
        // se = sqrt(0.01/3 + 0.01/3); power = Phi(0.13/se - 1.96) + Phi(-0.13/se - 1.96) = 0.357
        assertEquals(0.3567, apart.power(), 1e-3);
        AgainstRandom close = AgainstRandom.of(new double[] {3.0, 3.2}, new double[] {3.1, 3.05});
        assertTrue(close.verdict().startsWith("searched and random genotypes are not distinguishable"), close.verdict());
        AgainstRandom one = AgainstRandom.of(new double[] {3.0, 3.2}, new double[] {3.1});
        assertTrue(one.verdict().startsWith("not testable") && Double.isNaN(one.p()), one.verdict());
        assertEquals(3.1, one.randomMean(), 1e-12);
    }

    @Test
    void parametersAtThePapersSizeTakeTheTablesPathAndMatchTheReference() {
        assertEquals(3_169_414, NetworkSize.count(GenotypeSource.resolve("DARTS_V1"), 36, 20).parameters());
        assertEquals(3_349_342, NetworkSize.count(GenotypeSource.resolve("DARTS_V2"), 36, 20).parameters());
    }
}
