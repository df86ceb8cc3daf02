package org.jdarts.core.supernet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import java.util.ArrayList;
import java.util.List;
import org.jdarts.space.CandidateOperation;
import org.jdarts.space.SearchSpace;
import org.jdarts.space.SearchSpaces;
import org.jdarts.space.op.OperationRegistry;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The mixed edge with its two shortcuts (the ReLU shared by the edges of a node, zero operations
 * left out) equals the plain softmax-weighted sum of every operation, each applied in full to the
 * edge's input: outputs, α gradients, weight gradients and input gradients.
 */
class MixedOpTest {

    private static final double TOLERANCE = 1e-5;

    @ParameterizedTest(name = "{0}, stride {1}")
    @CsvSource({"darts, 1", "darts, 2", "darts-ir, 1", "darts-ir, 2", "darts-sandglass, 1", "darts-sandglass, 2"})
    void shortcutsChangeNothing(String spaceName, int stride) {
        SearchSpace space = SearchSpaces.resolve(spaceName, OperationRegistry.load());
        int c = 4;
        Shape in = new Shape(3, c, 8, 8);
        try (NDManager m = NDManager.newBaseManager()) {
            m.getEngine().setRandomSeed(5);
            ParameterStore store = new ParameterStore(m, false);
            MixedOp edge = new MixedOp(space, c, stride);
            edge.initialize(m, DataType.FLOAT32, in, in, new Shape(space.size()));
            List<Block> plain = new ArrayList<>();
            for (CandidateOperation op : space.operations()) {
                Block full = op.create(c, stride, false);
                full.initialize(m, DataType.FLOAT32, in);
                plain.add(full);
            }
            copyWeights(edge, plain);

            NDArray x = m.randomNormal(in);
            NDArray alpha = m.randomNormal(new Shape(space.size()));
            NDArray projection = m.randomNormal(edge.getOutputShapes(new Shape[] {in, in})[0]);
            Run shortcut = run(x, alpha, projection, (xi, w) -> edge.forward(store,
                    new NDList(xi, Activation.relu(xi), w), true).singletonOrThrow(), edge.getParameters().values());
            List<Parameter> plainParameters = new ArrayList<>();
            plain.forEach(b -> plainParameters.addAll(b.getParameters().values()));
            Run reference = run(x, alpha, projection, (xi, w) -> {
                NDArray sum = null;
                for (int k = 0; k < plain.size(); k++) {
                    NDArray term = plain.get(k).forward(store, new NDList(xi), true).singletonOrThrow().mul(w.get(k));
                    sum = sum == null ? term : sum.add(term);
                }
                return sum;
            }, plainParameters);

            assertClose("output", reference.output(), shortcut.output());
            assertClose("α gradient", reference.alphaGrad(), shortcut.alphaGrad());
            assertClose("input gradient", reference.inputGrad(), shortcut.inputGrad());
            assertEquals(reference.weightGrads().size(), shortcut.weightGrads().size());
            for (int i = 0; i < reference.weightGrads().size(); i++) {
                assertClose("weight gradient " + i, reference.weightGrads().get(i), shortcut.weightGrads().get(i));
            }
        }
    }

    private interface Edge {
        NDArray apply(NDArray x, NDArray weights);
    }

    private record Run(float[] output, float[] alphaGrad, float[] inputGrad, List<float[]> weightGrads) {}

    /** Runs an edge on x with softmax(α), backward from ⟨output, projection⟩. */
    private static Run run(NDArray x0, NDArray alpha0, NDArray projection, Edge edge, List<Parameter> parameters) {
        NDArray x = x0.duplicate();
        NDArray alpha = alpha0.duplicate();
        x.setRequiresGradient(true);
        alpha.setRequiresGradient(true);
        List<Parameter> trainable = parameters.stream().filter(Parameter::requiresGradient).toList();
        float[] output;
        try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
            NDArray y = edge.apply(x, alpha.softmax(-1));
            output = y.toFloatArray();
            collector.backward(y.mul(projection).sum());
        }
        List<float[]> weightGrads = new ArrayList<>();
        trainable.forEach(p -> weightGrads.add(p.getArray().getGradient().toFloatArray()));
        return new Run(output, alpha.getGradient().toFloatArray(), x.getGradient().toFloatArray(), weightGrads);
    }

    /** Gives the plain blocks the mixed edge's weights, operation by operation, parameter by parameter. */
    private static void copyWeights(MixedOp edge, List<Block> plain) {
        List<Parameter> target = new ArrayList<>();
        plain.forEach(b -> target.addAll(b.getParameters().values()));
        List<Parameter> source = edge.getParameters().values();
        assertEquals(source.size(), target.size(), "the same parameters, zero operations having none");
        for (int i = 0; i < source.size(); i++) {
            target.get(i).getArray().set(source.get(i).getArray().toFloatArray());
        }
    }

    private static void assertClose(String what, float[] expected, float[] actual) {
        assertEquals(expected.length, actual.length, what);
        double max = 0;
        for (int i = 0; i < expected.length; i++) {
            max = Math.max(max, Math.abs(expected[i] - actual[i]));
        }
        assertTrue(max <= TOLERANCE, what + ": max abs difference " + max);
    }
}
