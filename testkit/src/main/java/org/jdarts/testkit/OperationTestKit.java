package org.jdarts.testkit;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import ai.djl.util.Pair;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdarts.space.CandidateOperation;
import org.jdarts.space.blocks.ParameterCount;
import org.jdarts.space.blocks.StackedBlocks;
import org.jdarts.space.op.Operation;
import org.jdarts.space.op.OperationArgs;
import org.jdarts.space.op.OperationParameter;
import org.jdarts.space.op.OperationTrait;
import org.jdarts.space.op.RegisteredOperation;

/**
 * Checks an {@link Operation} the way jdarts will use it, for plugin authors: at stride 1 and 2,
 * in search form and evaluation form, the block builds, maps N×C×H×W to N×C×(H/s)×(W/s) in
 * training and inference mode, gives finite outputs and finite gradients to its input and every
 * weight, and behaves as its traits say (zeros for {@code ZERO}, its input for {@code IDENTITY},
 * no trainable weight for {@code PARAMETER_FREE}, and for {@code FUSABLE} three copies run as one
 * stacked computation give each copy's own output and running statistics); optionally its
 * trainable parameter counts equal the ones you expect.
 *
 * <pre>{@code
 * OperationTestKit.of(new MyOperation()).channels(16)
 *         .expectParameters(3584, 3584, 3616, 3616)   // search s1, s2, eval s1, s2
 *         .check();
 * }</pre>
 *
 * <p>{@link #check()} throws an {@link AssertionError} that lists every problem found, so it works
 * with any test framework; the kit brings the PyTorch engine it runs on.
 */
public final class OperationTestKit {

    private final Operation operation;
    private Map<String, ?> args = Map.of();
    private int channels = 8;
    private int side = 8;
    private long[] expected;

    private OperationTestKit(Operation operation) {
        this.operation = operation;
    }

    /**
     * Starts checking an operation (with its default parameter values, C = 8, 8×8 inputs).
     *
     * @param operation the operation
     * @return the kit
     */
    public static OperationTestKit of(Operation operation) {
        return new OperationTestKit(operation);
    }

    /** Uses these parameter values, as a search-space file would set them. */
    public OperationTestKit args(Map<String, ?> values) {
        this.args = Map.copyOf(values);
        return this;
    }

    /** Uses C channels (even, as a reduction cell needs). */
    public OperationTestKit channels(int c) {
        this.channels = c;
        return this;
    }

    /** Uses H = W = {@code size} inputs (even, as a reduction cell needs). */
    public OperationTestKit inputSize(int size) {
        this.side = size;
        return this;
    }

    /**
     * Expects these trainable parameter counts.
     *
     * @param searchStride1 search form (BatchNorm without affine), stride 1
     * @param searchStride2 search form, stride 2
     * @param evalStride1 evaluation form (affine BatchNorm), stride 1
     * @param evalStride2 evaluation form, stride 2
     * @return the kit
     */
    public OperationTestKit expectParameters(long searchStride1, long searchStride2, long evalStride1,
            long evalStride2) {
        this.expected = new long[] {searchStride1, searchStride2, evalStride1, evalStride2};
        return this;
    }

    /**
     * Runs every check.
     *
     * @return the measured parameter counts: search s1, search s2, eval s1, eval s2
     * @throws AssertionError listing every problem found
     */
    public long[] check() {
        List<String> problems = new ArrayList<>();
        checkDeclaration(problems);
        CandidateOperation candidate;
        try {
            candidate = new CandidateOperation(new RegisteredOperation(operation, "test"),
                    OperationArgs.resolve(operation, args));
        } catch (IllegalArgumentException e) {
            throw new AssertionError(operation.name() + ": " + e.getMessage(), e);
        }
        long[] counts = new long[4];
        int i = 0;
        for (boolean affine : new boolean[] {false, true}) {
            for (int stride : new int[] {1, 2}) {
                counts[i] = checkForm(candidate, stride, affine, problems);
                checkFusion(candidate, stride, affine, problems);
                if (expected != null && counts[i] != expected[i]) {
                    problems.add(form(stride, affine) + ": " + counts[i] + " trainable parameters, expected "
                            + expected[i]);
                }
                i++;
            }
        }
        if (!problems.isEmpty()) {
            throw new AssertionError(operation.name() + " fails " + problems.size() + " check(s):\n  "
                    + String.join("\n  ", problems));
        }
        return counts;
    }

    private void checkDeclaration(List<String> problems) {
        if (operation.name() == null || !operation.name().matches("[a-z][a-z0-9_]*")) {
            problems.add("name '" + operation.name() + "' must be lower-case letters, digits or '_'");
        }
        if (operation.description() == null || operation.description().isBlank()) {
            problems.add("description is empty (jdarts ops shows it)");
        }
        Set<String> names = new HashSet<>();
        for (OperationParameter p : operation.parameters()) {
            if (!names.add(p.name())) {
                problems.add("parameter '" + p.name() + "' is declared twice");
            }
        }
        for (int stride : new int[] {1, 2}) {
            if (operation.traits(stride).contains(OperationTrait.IDENTITY) && stride == 2) {
                problems.add("declares IDENTITY at stride 2, where the output is smaller than the input");
            }
        }
    }

    private long checkForm(CandidateOperation candidate, int stride, boolean affine, List<String> problems) {
        String form = form(stride, affine);
        Set<OperationTrait> traits = candidate.traits(stride);
        try (NDManager manager = NDManager.newBaseManager()) {
            Shape in = new Shape(2, channels, side, side);
            Shape want = new Shape(2, channels, (side + stride - 1) / stride, (side + stride - 1) / stride);
            Block block = candidate.create(channels, stride, affine);
            block.initialize(manager, DataType.FLOAT32, in);
            long count = ParameterCount.trainable(block);
            Shape declared = block.getOutputShapes(new Shape[] {in})[0];
            if (!declared.equals(want)) {
                problems.add(form + ": getOutputShapes says " + declared + ", expected " + want);
            }
            ParameterStore store = new ParameterStore(manager, false);
            NDArray x = manager.randomNormal(in);
            x.setRequiresGradient(true);
            try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                NDArray y = block.forward(store, new NDList(x), true).singletonOrThrow();
                expect(problems, form + " training", y, want);
                if (y.hasGradient()) { // a constant output (ZERO) has no graph to differentiate
                    collector.backward(y.square().sum());
                }
            }
            if (!finite(x.getGradient())) {
                problems.add(form + ": the gradient of the input is not finite");
            }
            for (Pair<String, Parameter> p : block.getParameters()) {
                if (p.getValue().requiresGradient() && !finite(p.getValue().getArray().getGradient())) {
                    problems.add(form + ": the gradient of " + p.getKey() + " is not finite");
                }
            }
            NDArray inference = block.forward(store, new NDList(x), false).singletonOrThrow();
            expect(problems, form + " inference", inference, want);
            if (traits.contains(OperationTrait.ZERO) && (count != 0 || inference.abs().sum().getFloat() != 0)) {
                problems.add(form + ": declares ZERO but has weights or a non-zero output");
            }
            if (traits.contains(OperationTrait.IDENTITY) && stride == 1
                    && (count != 0 || !inference.contentEquals(x))) {
                problems.add(form + ": declares IDENTITY but does not return its input unchanged");
            }
            return count;
        } catch (RuntimeException e) {
            problems.add(form + ": " + e);
            return -1;
        }
    }

    /** Checks PARAMETER_FREE and FUSABLE the way a supernet relies on them. */
    private void checkFusion(CandidateOperation candidate, int stride, boolean affine, List<String> problems) {
        String form = form(stride, affine);
        Set<OperationTrait> traits = candidate.traits(stride);
        if (traits.contains(OperationTrait.PARAMETER_FREE)) {
            Block block = candidate.createBody(channels, stride, affine);
            try (NDManager manager = NDManager.newBaseManager()) {
                block.initialize(manager, DataType.FLOAT32, new Shape(2, channels, side, side));
                if (ParameterCount.trainable(block) != 0) {
                    problems.add(form + ": declares PARAMETER_FREE but has trainable weights");
                }
            } catch (RuntimeException e) {
                problems.add(form + ": " + e);
            }
        }
        if (!traits.contains(OperationTrait.FUSABLE)) {
            return;
        }
        String why = StackedBlocks.whyNot(candidate.createBody(channels, stride, affine));
        if (why != null) {
            problems.add(form + ": declares FUSABLE but " + why);
            return;
        }
        int copies = 3;
        try (NDManager manager = NDManager.newBaseManager()) {
            Shape in = new Shape(2, channels, side, side);
            List<Block> alone = new ArrayList<>();
            List<Block> stacked = new ArrayList<>();
            for (int c = 0; c < copies; c++) {
                Block a = candidate.createBody(channels, stride, affine);
                a.initialize(manager, DataType.FLOAT32, in);
                Block b = candidate.createBody(channels, stride, affine);
                b.initialize(manager, DataType.FLOAT32, in);
                List<Parameter> from = a.getParameters().values();
                List<Parameter> to = b.getParameters().values();
                for (int i = 0; i < from.size(); i++) {
                    to.get(i).getArray().set(new NDIndex(":"), from.get(i).getArray());
                }
                alone.add(a);
                stacked.add(b);
            }
            ParameterStore store = new ParameterStore(manager, false);
            NDArray x = manager.randomNormal(in);
            NDArray together = StackedBlocks.of(stacked).forward(store, x, true);
            long outChannels = together.getShape().get(1) / copies;
            for (int c = 0; c < copies; c++) {
                NDArray own = alone.get(c).forward(store, new NDList(x), true).singletonOrThrow();
                NDArray part = together.get(new NDIndex(":, {}:{}", c * outChannels, (c + 1) * outChannels));
                if (!part.getShape().equals(own.getShape()) || !own.allClose(part, 1e-4, 1e-5, false)) {
                    problems.add(form + ": declares FUSABLE, but copy " + c + " run stacked differs from it run alone");
                }
                List<Parameter> a = alone.get(c).getParameters().values();
                List<Parameter> b = stacked.get(c).getParameters().values();
                for (int i = 0; i < a.size(); i++) {
                    if (!a.get(i).getArray().allClose(b.get(i).getArray(), 1e-4, 1e-6, false)) {
                        problems.add(form + ": declares FUSABLE, but run stacked, copy " + c + " ends with another "
                                + a.get(i).getName());
                    }
                }
            }
        } catch (RuntimeException e) {
            problems.add(form + ": running FUSABLE copies stacked: " + e);
        }
    }

    private static void expect(List<String> problems, String where, NDArray y, Shape want) {
        if (!y.getShape().equals(want)) {
            problems.add(where + ": output " + y.getShape() + ", expected " + want);
        } else if (!finite(y)) {
            problems.add(where + ": the output is not finite");
        }
    }

    private static boolean finite(NDArray a) {
        return !a.isInfinite().any().getBoolean() && !a.isNaN().any().getBoolean();
    }

    private static String form(int stride, boolean affine) {
        return (affine ? "evaluation form" : "search form") + ", stride " + stride;
    }
}
