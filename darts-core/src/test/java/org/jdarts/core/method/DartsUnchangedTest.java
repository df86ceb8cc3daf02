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
import org.jdarts.core.supernet.EdgeEvaluation;
import org.jdarts.core.supernet.SearchNetwork;
import org.junit.jupiter.api.Test;

/**
 * The {@code darts} search does not change unnoticed, bit for bit: a fixed tiny search (three
 * first-order steps, one second-order step, channels-first) ends with recorded α bytes. The
 * build runs tests with 2 libtorch threads and AVX2 kernels (see the root pom), since kernels
 * chosen by thread count or instruction set round differently.
 *
 * <p>Edge by edge, the bytes are those of commit af75d30. Fused, the bytes recorded on commit
 * 6b5baa6 (before search methods existed) held until the fused edges began to fold the edges'
 * weights into the last BatchNorm of stacked operations and to sum stacked operations first,
 * which changes rounding only ({@code FusedEdgesTest} compares with the per-edge path to 1e-5);
 * they were recorded again then.
 */
class DartsUnchangedTest {

    private static final String PER_EDGE = "4775214d0bc78fcbe8a5b400c7a6b1c2d3ab7622f108ba79440feee94a7dfd68";

    private static final String FUSED = "4a3d2e8542ea585839c33b36eaf3557ff632ed848c388941eee5eb528b62d31f";

    @Test
    void aFixedTinySearchEdgeByEdgeEndsWithTheRecordedAlphaBytes() throws Exception {
        assertEquals(PER_EDGE, alphaDigest(EdgeEvaluation.PER_EDGE));
    }

    @Test
    void aFixedTinyFusedSearchEndsWithTheRecordedAlphaBytes() throws Exception {
        assertEquals(FUSED, alphaDigest(EdgeEvaluation.FUSED));
    }

    private static String alphaDigest(EdgeEvaluation evaluation) throws Exception {
        try (NDManager m = NDManager.newBaseManager()) {
            MethodFixture f = new MethodFixture(m);
            SearchNetwork net = f.network(EdgeDesign.PLAIN, evaluation);
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
            return HexFormat.of().formatHex(sha.digest());
        }
    }
}
