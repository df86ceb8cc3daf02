package org.jdarts.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SearchSplitTest {

    @Test
    void sameSeedSameSplitOtherSeedOtherSplit() {
        SearchSplit a = SearchSplit.of(50_000, 0.5, 2);
        assertEquals(a, SearchSplit.of(50_000, 0.5, 2));
        assertNotEquals(a, SearchSplit.of(50_000, 0.5, 3));
        assertEquals(25_000, a.train().length);
        assertEquals(25_000, a.validation().length);
    }

    @Test
    void partsAreDisjointAndCoverEveryImage() {
        SearchSplit s = SearchSplit.of(1000, 0.3, 7);
        int[] all = IntStream.concat(Arrays.stream(s.train()), Arrays.stream(s.validation())).sorted().toArray();
        assertEquals(300, s.train().length);
        assertEquals(Arrays.toString(IntStream.range(0, 1000).toArray()), Arrays.toString(all));
    }

    @Test
    void limitKeepsThePrefixOfEachPart() {
        SearchSplit s = SearchSplit.of(100, 0.5, 1);
        SearchSplit small = s.limit(10, 5);
        assertEquals(Arrays.toString(Arrays.copyOf(s.train(), 10)), Arrays.toString(small.train()));
        assertEquals(5, small.validation().length);
    }

    @Test
    void badPortionIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> SearchSplit.of(100, 1.0, 1));
        assertThrows(IllegalArgumentException.class, () -> SearchSplit.of(100, 0.001, 1));
    }
}
