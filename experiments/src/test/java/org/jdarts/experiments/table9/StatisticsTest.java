package org.jdarts.experiments.table9;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    void parametersAtThePapersSizeTakeTheTablesPathAndMatchTheReference() {
        assertEquals(3_169_414, NetworkSize.count(GenotypeSource.resolve("DARTS_V1"), 36, 20).parameters());
        assertEquals(3_349_342, NetworkSize.count(GenotypeSource.resolve("DARTS_V2"), 36, 20).parameters());
    }
}
