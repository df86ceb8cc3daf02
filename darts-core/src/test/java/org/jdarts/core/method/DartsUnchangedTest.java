package org.jdarts.core.method;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ai.djl.ndarray.NDManager;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jdarts.core.search.BilevelOptimizer;
import org.jdarts.core.search.SearchHyperparameters;
import org.jdarts.core.search.SearchOrder;
import org.jdarts.core.supernet.EdgeDesign;
import org.jdarts.core.supernet.EdgeEvaluation;
import org.jdarts.core.supernet.SearchNetwork;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The {@code darts} search does not change unnoticed: a fixed tiny search (three first-order
 * steps, one second-order step, channels-first) ends with the recorded α.
 *
 * <p>By default the α are compared with recorded values to {@value #TOLERANCE}: kernels chosen
 * by instruction set or thread count round differently (measured on this search: at most 5.4e-9
 * between AVX2 and AVX-512 kernels or between 1 and 2 threads), while any change to the method
 * moves some α by about one Adam step (~1e-4). The byte-exact comparisons are tagged {@code golden} and run with
 * {@code mvn -Pgolden}, with the kernels pinned to AVX2: their digests hold only on the CPU model
 * that recorded them, so {@value #DIGESTS} keeps one per CPU model and variant, and a CPU without
 * a recording skips them, printing the line to add. Setting the system property
 * {@code jdarts.record.alphas} to a folder writes the current values there, to record them again
 * after an intended change.
 */
class DartsUnchangedTest {

    private static final double TOLERANCE = 1e-7;

    /** CPU model, variant and digest of the α bytes, tab-separated, one recording a line. */
    private static final String DIGESTS = "darts-unchanged-digests.tsv";

    @Test
    void aFixedTinySearchEdgeByEdgeEndsWithTheRecordedAlphas() throws Exception {
        assertNear("darts-unchanged-per-edge.txt", alphas(EdgeEvaluation.PER_EDGE));
    }

    @Test
    void aFixedTinyFusedSearchEndsWithTheRecordedAlphas() throws Exception {
        assertNear("darts-unchanged-fused.txt", alphas(EdgeEvaluation.FUSED));
    }

    @Test
    @Tag("golden")
    void aFixedTinySearchEdgeByEdgeEndsWithTheRecordedAlphaBytes() throws Exception {
        assertRecordedDigest("per-edge", alphas(EdgeEvaluation.PER_EDGE));
    }

    @Test
    @Tag("golden")
    void aFixedTinyFusedSearchEndsWithTheRecordedAlphaBytes() throws Exception {
        assertRecordedDigest("fused", alphas(EdgeEvaluation.FUSED));
    }

    private static void assertRecordedDigest(String variant, float[] alphas) throws Exception {
        String cpu = cpuModel();
        String actual = digest(alphas);
        String expected = null;
        try (InputStream in = DartsUnchangedTest.class.getResourceAsStream(DIGESTS)) {
            assertTrue(in != null, "recorded digests " + DIGESTS);
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] fields = line.split("\t");
                if (fields.length == 3 && fields[0].equals(cpu) && fields[1].equals(variant)) {
                    expected = fields[2];
                }
            }
        }
        assumeTrue(expected != null, "no " + variant + " digest recorded for the CPU model '" + cpu
                + "'; once the tolerant comparison passes, record this run's by adding the line '" + cpu + "\\t"
                + variant + "\\t" + actual + "' to " + DIGESTS);
        assertEquals(expected, actual, "digest of the α bytes on " + cpu);
    }

    /** The CPU model as Linux names it (the architecture elsewhere). */
    private static String cpuModel() throws IOException {
        Path cpuinfo = Path.of("/proc/cpuinfo");
        if (Files.isReadable(cpuinfo)) {
            for (String line : Files.readAllLines(cpuinfo)) {
                if (line.startsWith("model name")) {
                    return line.substring(line.indexOf(':') + 1).strip();
                }
            }
        }
        return System.getProperty("os.arch");
    }

    private static void assertNear(String resource, float[] actual) throws IOException {
        String record = System.getProperty("jdarts.record.alphas", "");
        if (!record.isEmpty()) {
            String text = IntStream.range(0, actual.length).mapToObj(i -> Float.toString(actual[i]))
                    .collect(Collectors.joining("\n", "", "\n"));
            Files.writeString(Path.of(record, resource), text, StandardCharsets.UTF_8);
        }
        float[] expected = read(resource);
        assertEquals(expected.length, actual.length, "number of α");
        double worst = 0;
        int at = -1;
        for (int i = 0; i < expected.length; i++) {
            double diff = Math.abs((double) expected[i] - actual[i]);
            if (diff > worst) {
                worst = diff;
                at = i;
            }
        }
        double largestMove = 0;
        for (float v : expected) {
            largestMove = Math.max(largestMove, Math.abs(v));
        }
        assertTrue(largestMove > 100 * TOLERANCE, "the recorded α are not all near zero");
        final int where = at;
        final double by = worst;
        assertTrue(worst <= TOLERANCE, () -> "α " + where + " differs from the recorded value by " + by);
    }

    private static float[] read(String resource) throws IOException {
        try (InputStream in = DartsUnchangedTest.class.getResourceAsStream(resource)) {
            assertTrue(in != null, "recorded α " + resource);
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip().split("\n");
            float[] values = new float[lines.length];
            for (int i = 0; i < lines.length; i++) {
                values[i] = Float.parseFloat(lines[i]);
            }
            return values;
        }
    }

    private static String digest(float[] alphas) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        java.nio.ByteBuffer bytes = java.nio.ByteBuffer.allocate(alphas.length * 4)
                .order(java.nio.ByteOrder.nativeOrder());
        bytes.asFloatBuffer().put(alphas);
        sha.update(bytes.array());
        return HexFormat.of().formatHex(sha.digest());
    }

    /** α_normal then α_reduce, flattened, after the fixed search. */
    private static float[] alphas(EdgeEvaluation evaluation) {
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
            float[] normal = net.alphaNormal().getArray().toFloatArray();
            float[] reduce = net.alphaReduce().getArray().toFloatArray();
            float[] all = Arrays.copyOf(normal, normal.length + reduce.length);
            System.arraycopy(reduce, 0, all, normal.length, reduce.length);
            return all;
        }
    }
}
