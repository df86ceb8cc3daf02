package org.jdarts.experiments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jdarts.core.genotype.Genotype;
import org.jdarts.core.genotype.GenotypeEdge;
import org.jdarts.core.run.EpochRecord;
import org.jdarts.core.run.Journal;
import org.jdarts.experiments.testing.TinyRuns;
import org.junit.jupiter.api.Test;

/** DARTS+'s early stop: triggered by the skips of the last normal cell; the genotype of the epoch before is kept. */
class EarlyStopTest {

    @Test
    void theEpochThatReachesTheSkipCountEndsTheSearchWithThePreviousGenotype() {
        Genotype one = genotype(0);
        Genotype two = genotype(1);
        Genotype three = genotype(2);
        SearchConfig config = TinyRuns.search(3).toBuilder().optEarlyStopSkips(2).build();
        Journal journal = Journal.empty().plus(record(1, one)).plus(record(2, two));
        assertFalse(SearchJob.earlyStop(config, journal), "one skip does not stop at 2");
        assertEquals(two, SearchJob.finalGenotype(config, journal));
        journal = journal.plus(record(3, three));
        assertTrue(SearchJob.earlyStop(config, journal));
        assertEquals(two, SearchJob.finalGenotype(config, journal), "the epoch before the one with 2 skips");
        assertFalse(SearchJob.earlyStop(TinyRuns.search(3), journal), "off unless configured");
        assertEquals(three, SearchJob.finalGenotype(TinyRuns.search(3), journal));
    }

    /** A genotype whose normal cell holds {@code skips} skip connections among its 8 edges. */
    private static Genotype genotype(int skips) {
        List<GenotypeEdge> normal = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            normal.add(new GenotypeEdge(i < skips ? "skip_connect" : "sep_conv_3x3", i % 2));
        }
        List<GenotypeEdge> reduce = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            reduce.add(new GenotypeEdge("max_pool_3x3", i % 2));
        }
        return new Genotype(normal, List.of(2, 3, 4, 5), reduce, List.of(2, 3, 4, 5));
    }

    private static EpochRecord record(int epoch, Genotype g) {
        return new EpochRecord(Map.of("epoch", (double) epoch), null, g);
    }
}
