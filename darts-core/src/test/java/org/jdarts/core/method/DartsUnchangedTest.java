package org.jdarts.core.method;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.ndarray.NDManager;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import org.jdarts.core.search.BilevelOptimizer;
import org.jdarts.core.search.SearchHyperparameters;
import org.jdarts.core.search.SearchOrder;
import org.jdarts.core.supernet.EdgeDesign;
import org.jdarts.core.supernet.SearchNetwork;
import org.junit.jupiter.api.Test;

/**
 * The {@code darts} method is the search as it was before methods existed, bit for bit: a fixed
 * tiny search (three first-order steps, one second-order step) ends with the α bytes recorded on
 * commit 6b5baa6 (with 2 libtorch threads, as the build runs tests), in the channels-first layout
 * all computation had then.
 */
class DartsUnchangedTest {

    private static final String RECORDED = "5180bceb293ccb5487962fd2799a2d5fda20d8a040101f4a2631fecbad700fc0";

    @Test
    void aFixedTinySearchEndsWithTheAlphaBytesRecordedBeforeMethodsExisted() throws Exception {
        try (NDManager m = NDManager.newBaseManager()) {
            MethodFixture f = new MethodFixture(m);
            SearchNetwork net = f.network(EdgeDesign.PLAIN);
            SearchHooks hooks = SearchMethodRegistry.load().configure("darts", Map.of()).hooks();
            BilevelOptimizer first = new BilevelOptimizer(net, SearchHyperparameters.reference(SearchOrder.FIRST),
                    hooks, m);
            f.steps(first, 0, 3);
            BilevelOptimizer second = new BilevelOptimizer(net, SearchHyperparameters.reference(SearchOrder.SECOND),
                    hooks, m);
            f.steps(second, 1, 1);
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(net.alphaNormal().getArray().toByteArray());
            sha.update(net.alphaReduce().getArray().toByteArray());
            assertEquals(RECORDED, HexFormat.of().formatHex(sha.digest()));
        }
    }
}
