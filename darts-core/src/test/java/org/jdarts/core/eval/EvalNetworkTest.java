package org.jdarts.core.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.jdarts.core.genotype.BuiltinGenotypes;
import org.jdarts.core.genotype.Genotype;
import org.jdarts.core.genotype.PythonNotation;
import org.jdarts.core.network.CellNetwork;
import org.jdarts.core.network.CellSlot;
import org.jdarts.core.network.NetworkShape;
import org.jdarts.space.CandidateOperation;
import org.jdarts.space.op.OperationArgs;
import org.jdarts.space.op.OperationRegistry;
import org.jdarts.space.op.RegisteredOperation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EvalNetworkTest {

    static final Function<String, CandidateOperation> DEFAULTS = name -> {
        RegisteredOperation op = OperationRegistry.load().get(name);
        return new CandidateOperation(op, OperationArgs.resolve(op.operation(), Map.of()));
    };

    @ParameterizedTest(name = "{0}")
    @CsvSource({"DARTS_V2, 3349342", "DARTS_V1, 3169414"})
    void parameterCountsMatchTheReferenceAtC36L20(String name, long expected) {
        Genotype g = BuiltinGenotypes.find(name).orElseThrow();
        try (NDManager m = NDManager.newBaseManager()) {
            EvalNetwork net = new EvalNetwork(g, DEFAULTS, new NetworkShape(36, 20, 10), true, 32);
            net.initialize(m, DataType.FLOAT32, new Shape(1, 3, 32, 32));
            assertEquals(expected, net.parameterCount());
        }
    }

    @Test
    void auxiliaryLogitsOnlyInTraining() {
        try (NDManager m = NDManager.newBaseManager()) {
            EvalNetwork net = new EvalNetwork(BuiltinGenotypes.DARTS_V2, DEFAULTS, new NetworkShape(4, 3, 10), true, 32);
            net.initialize(m, DataType.FLOAT32, new Shape(1, 3, 32, 32));
            NDArray x = m.randomNormal(new Shape(2, 3, 32, 32));
            NDList train = net.forward(new ParameterStore(m, false), new NDList(x), true);
            assertEquals(2, train.size());
            assertEquals(new Shape(2, 10), train.get(0).getShape());
            assertEquals(new Shape(2, 10), train.get(1).getShape());
            NDList infer = net.forward(new ParameterStore(m, false), new NDList(x), false);
            assertEquals(1, infer.size());
            assertEquals(new Shape(2, 10), infer.get(0).getShape());
        }
    }

    @Test
    void aPassKeepsAFewArraysPerCellNotTheIntermediatesOfItsOperations() {
        try (NDManager m = NDManager.newBaseManager()) {
            EvalNetwork net = new EvalNetwork(BuiltinGenotypes.find("DARTS_V2").orElseThrow(), DEFAULTS,
                    new NetworkShape(8, 5, 10), false, 32);
            net.initialize(m, DataType.FLOAT32, new Shape(2, 3, 32, 32));
            ParameterStore store = new ParameterStore(m, false);
            try (NDManager pass = m.newSubManager()) {
                NDArray x = pass.randomNormal(new Shape(2, 3, 32, 32));
                int before = pass.getManagedArrays().size();
                NDArray logits = net.forward(store, new NDList(x), false).singletonOrThrow();
                int kept = pass.getManagedArrays().size() - before;
                // the stem's arrays, the last cells' outputs, pooling and classifier: not the dozens
                // each cell's operations create
                assertTrue(kept <= 4 * 5 + 12, kept + " arrays kept after inference");
                assertEquals(new Shape(2, 10), logits.getShape());
                // in training too (autograd keeps what the backward pass needs by its own references)
                NDList trained = net.forward(store, new NDList(x), true);
                int keptTraining = pass.getManagedArrays().size() - before - kept;
                assertTrue(keptTraining <= 4 * 5 + 12, keptTraining + " arrays kept after a training pass");
                assertEquals(1, trained.size());
            }
        }
    }

    @Test
    void dropPathKeepsAboutOneMinusPAndScalesByItsInverse() {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray ones = m.ones(new Shape(20_000, 1, 1, 1));
            DropPathMasks masks = drawn(ones, 1, 0.3, 1);
            float[] out = masks.apply(ones, 0).toFloatArray();
            long kept = Arrays.stream(boxed(out)).filter(v -> v != 0f).count();
            assertEquals(0.7, kept / 20_000.0, 0.015);
            for (float v : out) {
                if (v != 0f) {
                    assertEquals(1 / 0.7, v, 1e-5);
                }
            }
        }
    }

    @Test
    void aPassDrawsOperationByOperationOneDrawPerSampleAsTheReferenceOrder() {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray ones = m.ones(new Shape(5, 2, 1, 1));
            DropPathMasks masks = drawn(ones, 3, 0.5, 7);
            SplittableRandom reference = new SplittableRandom(7);
            for (int op = 0; op < 3; op++) {
                float[] got = masks.apply(ones, op).toFloatArray();
                for (int sample = 0; sample < 5; sample++) {
                    float expected = reference.nextDouble() < 0.5 ? 0f : 2f;
                    assertEquals(expected, got[2 * sample], "operation " + op + ", sample " + sample);
                    assertEquals(expected, got[2 * sample + 1], "one draw per sample, for all its channels");
                }
            }
            masks.set(0, new SplittableRandom(7));
            masks.draw(ones);
            assertSame(ones, masks.apply(ones, 0), "no drop-path: the output itself");
        }
    }

    /** Returns the masks of one pass over {@code x} of {@code operations} operations, drawn from {@code seed}. */
    private static DropPathMasks drawn(NDArray x, int operations, double p, long seed) {
        DropPathMasks masks = new DropPathMasks(operations);
        masks.set(p, new SplittableRandom(seed));
        masks.draw(x);
        return masks;
    }

    private static Float[] boxed(float[] a) {
        Float[] b = new Float[a.length];
        for (int i = 0; i < a.length; i++) {
            b[i] = a[i];
        }
        return b;
    }

    /** Runs one normal cell made of the given operation on every edge, with and without drop-path. */
    private static boolean cellChangesUnderDropPath(String op) {
        String edges = String.join(", ", List.of("('" + op + "', 0)", "('" + op + "', 1)", "('" + op + "', 0)",
                "('" + op + "', 1)", "('" + op + "', 2)", "('" + op + "', 3)", "('" + op + "', 1)", "('" + op + "', 4)"));
        Genotype g = PythonNotation.parse("Genotype(normal=[" + edges + "], normal_concat=[2, 3, 4, 5], reduce=["
                + edges + "], reduce_concat=[2, 3, 4, 5])");
        try (NDManager m = NDManager.newBaseManager()) {
            EvalCell cell = new EvalCell(g.normal(), g.normalConcat(), DEFAULTS, new CellSlot(1, 4, false, false));
            Shape s = new Shape(8, 4, 8, 8);
            cell.initialize(m, DataType.FLOAT32, s, s);
            NDArray a = m.randomNormal(s);
            NDArray b = m.randomNormal(s);
            ParameterStore store = new ParameterStore(m, false);
            cell.setDropPath(0, new SplittableRandom(0));
            float[] plain = cell.forward(store, new NDList(a, b), true).singletonOrThrow().toFloatArray();
            cell.setDropPath(0.9, new SplittableRandom(0));
            float[] dropped = cell.forward(store, new NDList(a, b), true).singletonOrThrow().toFloatArray();
            return !Arrays.equals(plain, dropped);
        }
    }

    @Test
    void identitiesAreNeverDroppedOtherOperationsAre() {
        assertFalse(cellChangesUnderDropPath("skip_connect"), "skip_connect at stride 1 must not be dropped");
        assertEquals(true, cellChangesUnderDropPath("sep_conv_3x3"));
    }

    /** Convolutions and linear layers at C 36, L 20, auxiliary head excluded, per 32×32 image. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"DARTS_V2, 528359040", "DARTS_V1, 500987520"})
    void multiplyAddsMatchTheReferenceAtC36L20(String name, long expected) {
        try (NDManager m = NDManager.newBaseManager()) {
            EvalNetwork net = new EvalNetwork(BuiltinGenotypes.find(name).orElseThrow(), DEFAULTS,
                    new NetworkShape(36, 20, 10), true, 32);
            net.initialize(m, DataType.FLOAT32, new Shape(1, 3, 32, 32));
            assertEquals(expected, ModelCost.multiplyAdds(net, CellNetwork.AUXILIARY));
        }
    }
}
