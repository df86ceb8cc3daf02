package org.jdarts.testkit;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdarts.core.genotype.ArchitectureWeights;
import org.jdarts.core.genotype.Genotype;
import org.jdarts.core.genotype.GenotypeDerivation;
import org.jdarts.core.loop.StepResult;
import org.jdarts.core.method.SearchHooks;
import org.jdarts.core.method.SearchMethod;
import org.jdarts.core.network.NetworkShape;
import org.jdarts.core.search.BilevelOptimizer;
import org.jdarts.core.search.SearchHyperparameters;
import org.jdarts.core.search.SearchOrder;
import org.jdarts.core.supernet.EdgeEvaluation;
import org.jdarts.core.supernet.SearchNetwork;
import org.jdarts.space.SearchSpace;
import org.jdarts.space.SearchSpaces;
import org.jdarts.space.op.OperationArgs;
import org.jdarts.space.op.OperationParameter;
import org.jdarts.space.op.OperationRegistry;

/**
 * Checks a {@link SearchMethod} the way jdarts will use it, for plug-in authors: its name,
 * description and options are well formed and the options' defaults resolve; its hooks drive a
 * tiny search (a supernet of C 8 and 3 cells on random 16×16 images, a few epochs of a few
 * steps, first order) in which every loss, α and weight stays finite, α changes in every epoch
 * the hooks say updates the architecture and stays exactly as it was in every other, a genotype
 * can be derived at the end, and a second search with the same seed ends with the same α (random
 * draws must come from the seed that {@link SearchHooks#startEpoch} receives, or a resumed search
 * would not repeat them).
 *
 * <pre>{@code
 * SearchMethodTestKit.of(new MyMethod()).options(Map.of("warmup", 1)).epochs(3).check();
 * }</pre>
 *
 * <p>{@link #check()} throws an {@link AssertionError} that lists every problem found, so it works
 * with any test framework.
 */
public final class SearchMethodTestKit {

    private static final long SEED = 11;

    private final SearchMethod method;
    private Map<String, ?> options = Map.of();
    private String space = "darts";
    private int epochs = 3;
    private int steps = 2;
    private int channels = 8;

    private SearchMethodTestKit(SearchMethod method) {
        this.method = method;
    }

    /**
     * Starts checking a method (default options, the {@code darts} space, 3 epochs of 2 steps).
     *
     * @param method the method
     * @return the kit
     */
    public static SearchMethodTestKit of(SearchMethod method) {
        return new SearchMethodTestKit(method);
    }

    /** Uses these option values, as {@code --method-option NAME=VALUE} would set them. */
    public SearchMethodTestKit options(Map<String, ?> values) {
        this.options = Map.copyOf(values);
        return this;
    }

    /** Searches this built-in space ({@code darts}, {@code darts-ir}, {@code darts-sandglass}) or space file. */
    public SearchMethodTestKit space(String nameOrFile) {
        this.space = nameOrFile;
        return this;
    }

    /** Searches this many epochs (at least 1): enough to pass a warm-up the options set. */
    public SearchMethodTestKit epochs(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("epochs must be at least 1, got " + count);
        }
        this.epochs = count;
        return this;
    }

    /** Builds the supernet with C channels (even, at least 2; default 8). */
    public SearchMethodTestKit channels(int c) {
        if (c < 2 || c % 2 != 0) {
            throw new IllegalArgumentException("channels must be even and at least 2, got " + c);
        }
        this.channels = c;
        return this;
    }

    /** Takes this many bilevel steps per epoch (at least 1). */
    public SearchMethodTestKit stepsPerEpoch(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("steps per epoch must be at least 1, got " + count);
        }
        this.steps = count;
        return this;
    }

    /**
     * Runs every check.
     *
     * @return the genotype the tiny search derived
     * @throws AssertionError listing every problem found
     */
    public Genotype check() {
        List<String> problems = new ArrayList<>();
        checkDeclaration(problems);
        OperationArgs resolved;
        try {
            resolved = OperationArgs.resolve("'" + method.name() + "'", method.parameters(), options);
        } catch (IllegalArgumentException e) {
            throw new AssertionError(method.name() + ": " + e.getMessage(), e);
        }
        SearchSpace searchSpace = SearchSpaces.resolve(space, OperationRegistry.load());
        Genotype genotype = null;
        try (NDManager manager = NDManager.newBaseManager()) {
            Outcome first = search(searchSpace, resolved, manager, problems);
            if (problems.isEmpty()) {
                Outcome second = search(searchSpace, resolved, manager, new ArrayList<>());
                if (!Arrays.equals(first.alpha(), second.alpha())) {
                    problems.add("two searches with the same seed end with different α: draw random numbers from the"
                            + " seed startEpoch receives");
                }
            }
            genotype = first.genotype();
        } catch (RuntimeException e) {
            problems.add("the search failed: " + e);
        }
        if (!problems.isEmpty()) {
            throw new AssertionError(method.name() + " fails " + problems.size() + " check(s):\n  "
                    + String.join("\n  ", problems));
        }
        return genotype;
    }

    /** What one tiny search ended with: α flattened, and the derived genotype (null if it failed). */
    private record Outcome(float[] alpha, Genotype genotype) {

        static final Outcome FAILED = new Outcome(new float[0], null);
    }

    private void checkDeclaration(List<String> problems) {
        String name = method.name();
        if (name == null || !name.matches("[a-z][a-z0-9-]*")) {
            problems.add("name '" + name + "' must be lower-case letters, digits or '-'");
        }
        String description = method.description();
        if (description == null || description.isBlank() || description.contains("\n")) {
            problems.add("description must be one non-empty line, got '" + description + "'");
        }
        Set<String> names = new HashSet<>();
        for (OperationParameter p : method.parameters()) {
            if (!names.add(p.name())) {
                problems.add("option '" + p.name() + "' is declared twice");
            }
        }
    }

    /** Runs one tiny search; adds what went wrong to {@code problems}. */
    private Outcome search(SearchSpace searchSpace, OperationArgs resolved, NDManager parent, List<String> problems) {
        try (NDManager manager = parent.newSubManager()) {
            SearchHooks hooks = method.hooks(resolved);
            if (hooks == null || hooks.edgeDesign() == null) {
                problems.add(hooks == null ? "hooks(options) returned null" : "edgeDesign() returned null");
                return Outcome.FAILED;
            }
            manager.getEngine().setRandomSeed(3);
            SearchNetwork net = new SearchNetwork(searchSpace, new NetworkShape(channels, 3, 10), EdgeEvaluation.FUSED,
                    hooks.edgeDesign());
            net.initialize(manager, DataType.FLOAT32, new Shape(1, 3, 16, 16));
            NDArray xTrain = manager.randomNormal(new Shape(6, 3, 16, 16));
            NDArray yTrain = manager.create(new int[] {0, 3, 5, 9, 1, 1});
            NDArray xVal = manager.randomNormal(new Shape(6, 3, 16, 16));
            NDArray yVal = manager.create(new int[] {2, 3, 7, 9, 8, 1});
            BilevelOptimizer optimizer = new BilevelOptimizer(net, SearchHyperparameters.reference(SearchOrder.FIRST),
                    hooks, manager);
            for (int epoch = 0; epoch < epochs; epoch++) {
                optimizer.startEpoch(epoch, epochs, SEED);
                float[] before = flatten(optimizer.architecture());
                for (int step = 0; step < steps; step++) {
                    StepResult result = optimizer.step(xTrain, yTrain, xVal, yVal, 0.025);
                    if (!checkFinite(epoch, flatten(optimizer.architecture()), net, problems)) {
                        return Outcome.FAILED;
                    }
                    if (!Double.isFinite(result.loss())) {
                        problems.add("epoch " + epoch + ", step " + step + ": the weight step's loss is " + result.loss());
                        return Outcome.FAILED;
                    }
                }
                float[] after = flatten(optimizer.architecture());
                boolean updates = hooks.updatesArchitecture(epoch);
                if (updates && Arrays.equals(before, after)) {
                    problems.add("epoch " + epoch + ": updatesArchitecture is true but α did not change");
                } else if (!updates && !Arrays.equals(before, after)) {
                    problems.add("epoch " + epoch + ": updatesArchitecture is false but α changed");
                }
            }
            ArchitectureWeights weights = optimizer.architectureWeights();
            return new Outcome(flatten(optimizer.architecture()), GenotypeDerivation.derive(weights.normal(),
                    weights.reduce(), searchSpace.names(), searchSpace.zeroOperations()));
        }
    }

    /** Returns whether α and every weight are finite, adding a problem if not. */
    private static boolean checkFinite(int epoch, float[] alpha, SearchNetwork net, List<String> problems) {
        for (float a : alpha) {
            if (!Float.isFinite(a)) {
                problems.add("epoch " + epoch + ": α holds " + a);
                return false;
            }
        }
        for (Parameter p : net.weights()) {
            if (!Float.isFinite(p.getArray().abs().sum().getFloat())) {
                problems.add("epoch " + epoch + ": weight " + p.getName() + " is not finite");
                return false;
            }
        }
        return true;
    }

    private static float[] flatten(List<NDArray> arrays) {
        List<float[]> parts = new ArrayList<>();
        int n = 0;
        for (NDArray a : arrays) {
            float[] values = a.toFloatArray();
            parts.add(values);
            n += values.length;
        }
        float[] all = new float[n];
        int at = 0;
        for (float[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }
}
