package org.jdarts.core.supernet;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jdarts.core.loop.Objective;
import org.jdarts.core.loop.Pass;
import org.jdarts.core.loop.WeightTrainer;
import org.jdarts.core.network.NetworkShape;
import org.jdarts.core.testing.Parameters;
import org.jdarts.space.CandidateOperation;
import org.jdarts.space.SearchSpace;
import org.jdarts.space.SearchSpaces;
import org.jdarts.space.blocks.MemoryLayout;
import org.jdarts.space.op.OperationRegistry;
import org.jdarts.space.op.OperationTrait;
import org.jdarts.space.op.RegisteredOperation;
import org.jdarts.space.testing.TanhConvOperation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * With identical weights, a supernet that evaluates the edges leaving each node together and one
 * that evaluates them edge by edge give the same logits, loss, α gradients, weight gradients and
 * running statistics.
 */
class FusedEdgesTest {

    private static final double TOLERANCE = 1e-5;
    private static final Shape IMAGES = new Shape(6, 3, 16, 16);

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"darts", "darts-ir", "darts-sandglass"})
    void fusedAndPerEdgeSupernetsAgree(String spaceName) {
        assertAgree(SearchSpaces.resolve(spaceName, OperationRegistry.load()));
    }

    @Test
    void aCpuLimitBetweenTheNodeSizesStacksSomeNodesAndRunsTheOthersEdgeByEdgeAlike() {
        // 6 images, C 4, L 3 at 16×16: nodes of 6,144 (cell 0), 12,288 and 3,072 (cell 1), 6,144 and 1,536 (cell 2)
        assertAgree(SearchSpaces.resolve("darts-sandglass", OperationRegistry.load()), 3_072);
    }

    @Test
    void partialChannelsWithEdgeNormalisationAgreeFusedAndPerEdge() {
        assertAgree(SearchSpaces.resolve("darts-sandglass", OperationRegistry.load()),
                new EdgeDesign(2, true, false, 4), FusedEdges.CPU_STACK_LIMIT);
    }

    @Test
    void auxiliarySkipsAgreeFusedAndPerEdge() {
        assertAgree(SearchSpaces.resolve("darts", OperationRegistry.load()), new EdgeDesign(1, false, true, 1),
                FusedEdges.CPU_STACK_LIMIT);
    }

    @Test
    void aCpuStacksSmallInputsOnlyAndOtherDevicesAlways() {
        Shape quickNode = new Shape(32, 8, 32, 32);
        Shape paperNode = new Shape(64, 16, 32, 32);
        assertTrue(FusedEdges.stacks(Device.cpu(), quickNode, FusedEdges.CPU_STACK_LIMIT));
        assertFalse(FusedEdges.stacks(Device.cpu(), paperNode, FusedEdges.CPU_STACK_LIMIT));
        assertTrue(FusedEdges.stacks(Device.gpu(), paperNode, FusedEdges.CPU_STACK_LIMIT));
    }

    @Test
    void anOperationThatDeclaresNothingRunsEdgeByEdgeInsideAFusedCell() {
        SearchSpace darts = SearchSpaces.resolve("darts", OperationRegistry.load());
        List<CandidateOperation> ops = new ArrayList<>(darts.operations());
        ops.add(CandidateOperation.withDefaults(
                new RegisteredOperation(new TanhConvOperation(Set.of(), Set.of()), "test")));
        assertAgree(new SearchSpace("darts-plus-plain", ops));
    }

    @Test
    void anOperationThatDeclaresFusableWithABlockThatIsNotIsRefusedWhenTheSupernetIsBuilt() {
        List<CandidateOperation> ops = new ArrayList<>(SearchSpaces.resolve("darts", OperationRegistry.load())
                .operations());
        ops.add(CandidateOperation.withDefaults(new RegisteredOperation(
                new TanhConvOperation(Set.of(OperationTrait.FUSABLE), Set.of(OperationTrait.FUSABLE)), "test")));
        SearchSpace space = new SearchSpace("darts-plus-liar", ops);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new SearchNetwork(space, new NetworkShape(4, 3, 10), EdgeEvaluation.FUSED));
        assertTrue(e.getMessage().startsWith("operation tanh_conv declares FUSABLE at stride 1, but its block cannot"
                + " be fused: ai.djl.nn.LambdaBlock cannot be stacked"), e.getMessage());
        // edge by edge it is an ordinary operation
        assertDoesNotThrow(() -> new SearchNetwork(space, new NetworkShape(4, 3, 10), EdgeEvaluation.PER_EDGE));
    }

    @Test
    void aTrainingPassLeavesNoArrayBehindInTheNetworksManager() {
        SearchSpace space = SearchSpaces.resolve("darts-sandglass", OperationRegistry.load());
        try (NDManager m = NDManager.newBaseManager()) {
            SearchNetwork net = new SearchNetwork(space, new NetworkShape(4, 3, 10), EdgeEvaluation.FUSED);
            net.initialize(m, DataType.FLOAT32, new Shape(1, 3, 16, 16));
            WeightTrainer trainer = new WeightTrainer(net, net.weights(), 0.9, 3e-4, 5, m);
            int before = m.getManagedArrays().size();
            for (int i = 0; i < 2; i++) {
                try (NDManager step = m.newSubManager()) {
                    trainer.backward(step.randomNormal(IMAGES), step.create(new int[] {0, 3, 5, 9, 1, 1}),
                            Objective.CROSS_ENTROPY, everything(net), List.of(), step);
                }
            }
            assertEquals(before, m.getManagedArrays().size(),
                    "every array a pass computes belongs to the pass's manager, not the network's");
        }
    }

    private static void assertAgree(SearchSpace space) {
        assertAgree(space, FusedEdges.CPU_STACK_LIMIT);
    }

    private static void assertAgree(SearchSpace space, long cpuStackLimit) {
        assertAgree(space, EdgeDesign.PLAIN, cpuStackLimit);
    }

    private static void assertAgree(SearchSpace space, EdgeDesign design, long cpuStackLimit) {
        NetworkShape shape = new NetworkShape(4, 3, 10);
        try (NDManager m = NDManager.newBaseManager()) {
            m.getEngine().setRandomSeed(5);
            SearchNetwork perEdge = new SearchNetwork(space, shape, EdgeEvaluation.PER_EDGE, design);
            perEdge.initialize(m, DataType.FLOAT32, new Shape(1, 3, 16, 16));
            perEdge.setMemoryLayout(MemoryLayout.CHANNELS_FIRST); // the reference's way; fused keeps the default
            SearchNetwork fused = design.equals(EdgeDesign.PLAIN)
                    ? new SearchNetwork(space, shape, EdgeEvaluation.FUSED, cpuStackLimit)
                    : new SearchNetwork(space, shape, EdgeEvaluation.FUSED, design);
            perEdge.setAuxiliarySkipWeight(0.7);
            fused.setAuxiliarySkipWeight(0.7);
            fused.initialize(m, DataType.FLOAT32, new Shape(1, 3, 16, 16));
            perEdge.alphaNormal().getArray().muli(300); // far from uniform, so every operation's weight differs
            perEdge.alphaReduce().getArray().muli(300);
            for (Parameter beta : perEdge.architecture().subList(2, perEdge.architecture().size())) {
                beta.getArray().muli(1000); // edge weights far from uniform too
            }
            Parameters.copy(perEdge, fused);

            NDArray x = m.randomNormal(IMAGES);
            NDArray y = m.create(new int[] {0, 3, 5, 9, 1, 1});
            WeightTrainer pt = new WeightTrainer(perEdge, perEdge.weights(), 0.9, 3e-4, 5, m);
            WeightTrainer ft = new WeightTrainer(fused, fused.weights(), 0.9, 3e-4, 5, m);
            NDArray logitsP = perEdge.forward(pt.store(), new NDList(x), true).singletonOrThrow();
            NDArray logitsF = fused.forward(ft.store(), new NDList(x), true).singletonOrThrow();
            assertClose("training-mode logits", logitsP, logitsF);

            Pass p = pt.backward(x, y, Objective.CROSS_ENTROPY, everything(perEdge), List.of(), m);
            Pass f = ft.backward(x, y, Objective.CROSS_ENTROPY, everything(fused), List.of(), m);
            assertEquals(p.loss().getDouble(), f.loss().getDouble(), TOLERANCE, "loss");
            List<String> names = names(perEdge);
            double largestAlphaGradient = 0;
            for (int i = 0; i < p.grads().size(); i++) {
                assertClose("gradient of " + names.get(i), p.grads().get(i), f.grads().get(i));
            }
            int architecture = perEdge.architecture().size();
            for (NDArray g : p.grads().subList(p.grads().size() - architecture, p.grads().size())) {
                largestAlphaGradient = Math.max(largestAlphaGradient, g.abs().max().getFloat());
            }
            assertTrue(largestAlphaGradient > 1e-4, "the α gradients must not vanish: " + largestAlphaGradient);

            List<Parameter> after = perEdge.getParameters().values();
            List<Parameter> afterFused = fused.getParameters().values();
            for (int i = 0; i < after.size(); i++) {
                assertClose(after.get(i).getName() + " after two training-mode passes", after.get(i).getArray(),
                        afterFused.get(i).getArray());
            }
            assertClose("inference-mode logits", perEdge.forward(pt.store(), new NDList(x), false).singletonOrThrow(),
                    fused.forward(ft.store(), new NDList(x), false).singletonOrThrow());
        }
    }

    private static List<NDArray> everything(SearchNetwork net) {
        List<NDArray> all = new ArrayList<>();
        net.weights().forEach(w -> all.add(w.getArray()));
        net.architecture().forEach(a -> all.add(a.getArray()));
        return all;
    }

    private static List<String> names(SearchNetwork net) {
        List<String> names = new ArrayList<>();
        for (Pair<String, Parameter> p : net.getParameters()) {
            if (p.getValue().requiresGradient() && !net.architecture().contains(p.getValue())) {
                names.add(p.getKey());
            }
        }
        net.architecture().forEach(a -> names.add(a.getName()));
        return names;
    }

    private static void assertClose(String what, NDArray expected, NDArray actual) {
        assertEquals(expected.getShape(), actual.getShape(), what);
        float diff = expected.sub(actual).abs().max().getFloat();
        assertTrue(diff <= TOLERANCE, what + ": max |difference| " + diff + " of max " + expected.abs().max().getFloat());
    }
}
