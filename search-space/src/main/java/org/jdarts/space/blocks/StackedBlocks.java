package org.jdarts.space.blocks;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.norm.BatchNorm;
import ai.djl.training.ParameterStore;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs k copies of one block (same structure, own parameters) on one shared input as a single
 * grouped computation: the output holds the k copies' outputs side by side on the channel axis,
 * N×(k·C)×H×W, copy 0's channels first.
 *
 * <p>What each layer becomes: an ungrouped convolution of the shared input is one convolution
 * with the k weight tensors concatenated on the output axis; a grouped convolution of the shared
 * input is one convolution with k times the outputs per group (a depthwise convolution with
 * channel multiplier k), its outputs then reordered copy by copy; a convolution of the k copies'
 * side-by-side outputs runs with k times its groups (a grouped 1×1 convolution with k groups, a
 * depthwise convolution on k·C channels); a BatchNorm runs once over k·C
 * channels (per channel, so it is k independent BatchNorms) and writes each copy's running
 * statistics back; ReLU and ReLU6 act element-wise; a residual adds the input to each copy. The
 * arithmetic per output element is the copy's own, so the result equals running the copies one
 * by one up to the summation order inside the kernels.
 *
 * <p>Given the layout its input is kept in, it keeps that layout throughout (the reorderings
 * between copies and groups are done pixel by pixel when channels-last), and given one factor per
 * copy it returns each copy's output times its factor, folded into a final BatchNorm's scale and
 * shift where the block ends in one (a supernet's edge weights).
 *
 * <p>Stackable blocks: {@link Conv2d}, the BatchNorms and activations built by {@link Layers},
 * {@link SequentialBlock}, {@link ResidualBlock}, {@link ReluThen}, {@link FactorizedReduce} and
 * {@link IdentityBlock}, nested in any way.
 */
public final class StackedBlocks {

    private final int copies;
    private final Step root;

    private StackedBlocks(List<Block> blocks) {
        copies = blocks.size();
        root = compile(blocks);
    }

    /**
     * Prepares the stacked computation of {@code blocks}.
     *
     * @param blocks at least one block; all built the same way
     * @return the computation
     * @throws IllegalArgumentException if a block cannot be stacked or the copies differ in structure
     */
    public static StackedBlocks of(List<Block> blocks) {
        if (blocks.isEmpty()) {
            throw new IllegalArgumentException("nothing to stack");
        }
        return new StackedBlocks(List.copyOf(blocks));
    }

    /**
     * Returns why {@code block} cannot be stacked, or {@code null} if it can.
     *
     * @param block a block
     * @return the class of the first block inside it that is not stackable, with the reason, or null
     */
    public static String whyNot(Block block) {
        try {
            compile(List.of(block));
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    /**
     * Runs the k copies on a channels-first input.
     *
     * @param store the parameter store
     * @param x the shared input, N×C×H×W
     * @param training training mode (batch statistics, running statistics updated)
     * @return N×(k·C')×H'×W', copy i's output on channels i·C' to (i+1)·C'
     */
    public NDArray forward(ParameterStore store, NDArray x, boolean training) {
        return forward(store, x, training, MemoryLayout.CHANNELS_FIRST);
    }

    /**
     * Runs the k copies on an input kept in {@code layout}, and keeps the output in it: the
     * reorderings between copies and groups are then done in that layout, not in channels-first
     * order (which would hand every later layer an input in the other layout). The values do not
     * depend on the layout.
     *
     * @param store the parameter store
     * @param x the shared input, N×C×H×W
     * @param training training mode (batch statistics, running statistics updated)
     * @param layout the layout {@code x} is in ({@link MemoryLayout#AUTO}: the one it means on x's device)
     * @return N×(k·C')×H'×W', copy i's output on channels i·C' to (i+1)·C'
     */
    public NDArray forward(ParameterStore store, NDArray x, boolean training, MemoryLayout layout) {
        return forward(store, x, training, layout, null);
    }

    /**
     * Runs the k copies and multiplies copy i's output by {@code scale[i]}. Where the block ends
     * in a BatchNorm the factor becomes part of the BatchNorm's scale and shift (per channel:
     * γ·s and β·s), which saves a pass over the output and its gradient; elsewhere the output is
     * multiplied. Equal to scaling the output up to rounding.
     *
     * @param store the parameter store
     * @param x the shared input, N×C×H×W
     * @param training training mode (batch statistics, running statistics updated)
     * @param layout the layout {@code x} is in ({@link MemoryLayout#AUTO}: the one it means on x's device)
     * @param scale k factors, one per copy, or {@code null} for none
     * @return N×(k·C')×H'×W', copy i's output times {@code scale[i]} on channels i·C' to (i+1)·C'
     */
    public NDArray forward(ParameterStore store, NDArray x, boolean training, MemoryLayout layout,
            NDArray scale) {
        if (scale != null && scale.size() != copies) {
            throw new IllegalArgumentException("scale has " + scale.size() + " factors for " + copies + " copies");
        }
        return root.apply(store, new Stack(x, true, CopyAxis.of(layout, x.getDevice(), copies)), training, scale)
                .stacked();
    }

    /**
     * An input or output: one tensor all copies share, or the k copies side by side, in the
     * layout {@code axis} knows.
     */
    private record Stack(NDArray array, boolean shared, CopyAxis axis) {

        NDArray stacked() {
            return shared ? axis.repeat(array) : array;
        }

        int copies() {
            return axis.copies();
        }

        Stack of(NDArray result) {
            return new Stack(result, false, axis);
        }

        Stack with(NDArray input) {
            return new Stack(input, shared, axis);
        }

        /** The layout the arrays are kept in. */
        MemoryLayout layout() {
            return axis.channelsLast() ? MemoryLayout.CHANNELS_LAST : MemoryLayout.CHANNELS_FIRST;
        }

        /** Applies an element-wise function, which keeps the input shared or stacked. */
        Stack map(Layers.Activations activation) {
            return new Stack(activation.apply(array), shared, axis);
        }

        /** The array with a copy axis (see {@link CopyAxis}); a shared one with a copy axis of 1. */
        NDArray byCopy() {
            return shared ? axis.shared(array) : axis.split(array);
        }

        /** Multiplies copy i by {@code scale[i]} (nothing when scale is null). */
        Stack scaled(NDArray scale) {
            return scale == null ? this : of(axis.merge(byCopy().mul(axis.factors(scale))));
        }
    }

    /** One compiled block, which multiplies copy i's output by scale[i] when given a scale. */
    @FunctionalInterface
    private interface Step {
        Stack apply(ParameterStore store, Stack in, boolean training, NDArray scale);
    }

    /** A compiled block that cannot take a scale into its computation. */
    @FunctionalInterface
    private interface PlainStep {
        Stack apply(ParameterStore store, Stack in, boolean training);
    }

    /** Runs a plain step, then multiplies its output by the scale. */
    private static Step scaledAfter(PlainStep step) {
        return (store, in, training, scale) -> step.apply(store, in, training).scaled(scale);
    }

    private static Step compile(List<Block> blocks) {
        Block first = blocks.get(0);
        for (Block b : blocks) {
            if (b.getClass() != first.getClass() || b.getChildren().size() != first.getChildren().size()) {
                throw new IllegalArgumentException("the copies differ: " + first.getClass().getName() + " and "
                        + b.getClass().getName());
            }
        }
        if (first instanceof SequentialBlock) {
            List<Step> steps = new ArrayList<>();
            for (int i = 0; i < first.getChildren().size(); i++) {
                steps.add(compile(child(blocks, i)));
            }
            return (store, in, training, scale) -> {
                Stack s = in;
                for (int i = 0; i < steps.size(); i++) {
                    s = steps.get(i).apply(store, s, training, i == steps.size() - 1 ? scale : null);
                }
                return steps.isEmpty() ? s.scaled(scale) : s;
            };
        }
        if (first instanceof IdentityBlock) {
            return (store, in, training, scale) -> in.scaled(scale);
        }
        if (first instanceof ReluThen) {
            Step body = compile(blocks.stream().map(b -> ((ReluThen) b).body()).toList());
            return (store, in, training, scale) -> body.apply(store, in.map(Layers.Activations.RELU), training, scale);
        }
        if (first instanceof ResidualBlock residual) {
            return residual(compile(blocks.stream().map(b -> ((ResidualBlock) b).body()).toList()),
                    residual.identityChannels());
        }
        if (first instanceof FactorizedReduce) {
            return factorizedReduce(
                    compile(blocks.stream().map(b -> ((FactorizedReduce) b).conv1()).toList()),
                    compile(blocks.stream().map(b -> ((FactorizedReduce) b).conv2()).toList()),
                    compile(blocks.stream().map(b -> ((FactorizedReduce) b).batchNorm()).toList()));
        }
        if (first instanceof Conv2d) {
            return convolution(blocks);
        }
        Layers.BatchNormSettings settings = Layers.batchNormSettings(first);
        if (settings != null) {
            return batchNorm(blocks, settings);
        }
        Layers.Activations activation = Layers.activation(first);
        if (activation != null) {
            return (store, in, training, scale) -> in.map(activation).scaled(scale);
        }
        throw new IllegalArgumentException(first.getClass().getName()
                + " cannot be stacked (only Conv2d, Layers' BatchNorm, ReLU and ReLU6, SequentialBlock, ResidualBlock,"
                + " ReluThen, FactorizedReduce and IdentityBlock can)");
    }

    private static List<Block> child(List<Block> blocks, int index) {
        return blocks.stream().map(b -> b.getChildren().get(index).getValue()).toList();
    }

    private static List<Parameter> parameters(List<Block> blocks, String name) {
        List<Parameter> result = new ArrayList<>();
        for (Block b : blocks) {
            Parameter p = b.getDirectParameters().get(name);
            if (p == null) {
                throw new IllegalArgumentException(b.getClass().getName() + " has no parameter " + name);
            }
            result.add(p);
        }
        return result;
    }

    /**
     * Returns the copies' values of one parameter concatenated on axis 0, in the input's manager:
     * an array computed from a parameter belongs to the parameter's (long-lived) manager unless
     * moved, and would stay allocated for as long as the network.
     */
    private static NDArray concat(ParameterStore store, List<Parameter> parameters, Stack in, boolean training) {
        Device device = in.array().getDevice();
        if (parameters.size() == 1) {
            return store.getValue(parameters.get(0), device, training);
        }
        NDList values = new NDList(parameters.size());
        for (Parameter p : parameters) {
            values.add(store.getValue(p, device, training));
        }
        return scoped(NDArrays.concat(values, 0), in);
    }

    /** Moves an array computed from parameters into the manager of the input it is used with. */
    private static NDArray scoped(NDArray array, Stack in) {
        array.attach(in.array().getManager());
        return array;
    }

    private static Step convolution(List<Block> blocks) {
        return scaledAfter(plainConvolution(blocks));
    }

    private static PlainStep plainConvolution(List<Block> blocks) {
        Conv2d conv = (Conv2d) blocks.get(0);
        List<Parameter> weights = parameters(blocks, "weight");
        List<Parameter> biases = conv.isIncludeBias() ? parameters(blocks, "bias") : null;
        Shape stride = conv.getStride();
        Shape padding = conv.getPadding();
        Shape dilation = conv.getDilation();
        int groups = conv.getGroups();
        int filters = conv.getFilters();
        return (store, in, training) -> {
            if (in.shared() && groups > 1) {
                return in.of(groupedOnShared(store, weights, biases, in, groups, filters, stride, padding, dilation,
                        training));
            }
            NDArray w = concat(store, weights, in, training);
            NDArray b = biases == null ? null : concat(store, biases, in, training);
            boolean onShared = in.shared();
            NDArray x = onShared ? in.array() : in.stacked();
            int g = onShared ? 1 : groups * in.copies();
            return in.of(Convolutions.conv2d(x, in.layout(), w, b, stride, padding, dilation, g));
        };
    }

    /**
     * A grouped (for example depthwise) convolution of the shared input for k copies: one
     * convolution with the same groups and k times the outputs per group (for a depthwise
     * convolution, channel multiplier k), whose output channels come in (group, copy, filter)
     * order and are then put in (copy, group, filter) order. Unlike replicating the input k times,
     * this keeps no k-fold copy of the input for the backward pass.
     */
    private static NDArray groupedOnShared(ParameterStore store, List<Parameter> weights, List<Parameter> biases,
            Stack in, int groups, int filters, Shape stride, Shape padding, Shape dilation, boolean training) {
        int k = in.copies();
        long perGroup = filters / groups;
        Device device = in.array().getDevice();
        NDList ws = new NDList(k);
        for (Parameter p : weights) {
            NDArray w = store.getValue(p, device, training);
            Shape s = w.getShape();
            ws.add(scoped(w.reshape(groups, perGroup, s.get(1), s.get(2), s.get(3)), in));
        }
        Shape s0 = ws.get(0).getShape(); // groups × filters per group × inputs per group × kernel
        NDArray w = NDArrays.stack(ws, 1).reshape(k * filters, s0.get(2), s0.get(3), s0.get(4));
        NDArray b = null;
        if (biases != null) {
            NDList bs = new NDList(k);
            for (Parameter p : biases) {
                bs.add(scoped(store.getValue(p, device, training).reshape(groups, perGroup), in));
            }
            b = NDArrays.stack(bs, 1).reshape(k * filters);
        }
        NDArray byGroup = Convolutions.conv2d(in.array(), in.layout(), w, b, stride, padding, dilation, groups);
        Shape s = byGroup.getShape();
        List<NDArray> views = new ArrayList<>();
        NDArray byCopy;
        if (in.axis().channelsLast()) { // reorder pixel by pixel, so that the result stays channels-last
            NDArray pixels = CopyAxis.toPixels(byGroup);
            NDArray split = perGroup == 1 ? pixels.reshape(s.get(0), s.get(2), s.get(3), groups, k)
                    : pixels.reshape(s.get(0), s.get(2), s.get(3), groups, k, perGroup);
            NDArray swapped = perGroup == 1 ? split.transpose(0, 1, 2, 4, 3) : split.transpose(0, 1, 2, 4, 3, 5);
            NDArray merged = swapped.reshape(s.get(0), s.get(2), s.get(3), k * filters);
            byCopy = CopyAxis.fromPixels(merged);
            views.addAll(List.of(pixels, split, swapped, merged));
        } else {
            NDArray split = byGroup.reshape(s.get(0), groups, k, perGroup, s.get(2), s.get(3));
            NDArray swapped = split.transpose(0, 2, 1, 3, 4, 5);
            byCopy = swapped.reshape(s.get(0), k * filters, s.get(2), s.get(3));
            views.addAll(List.of(split, swapped));
        }
        // the backward pass of a convolution needs its input, not its output: free the (group, copy) order
        views.forEach(NDArray::close);
        byGroup.close();
        return byCopy;
    }

    private static Step batchNorm(List<Block> blocks, Layers.BatchNormSettings settings) {
        List<Parameter> gamma = parameters(blocks, "gamma");
        List<Parameter> beta = parameters(blocks, "beta");
        List<Parameter> mean = parameters(blocks, "runningMean");
        List<Parameter> variance = parameters(blocks, "runningVar");
        return (store, in, training, scale) -> {
            Device device = in.array().getDevice();
            NDArray x = in.stacked();
            NDArray runningMean = concat(store, mean, in, training);
            NDArray runningVar = concat(store, variance, in, training);
            NDArray g = concat(store, gamma, in, training);
            NDArray b = concat(store, beta, in, training);
            if (scale != null) { // s·(γ·x̂ + β) = (s·γ)·x̂ + s·β, per copy
                NDArray factors = scale.reshape(in.copies(), 1);
                g = g.reshape(in.copies(), -1).mul(factors).reshape(-1);
                if (settings.affine()) { // the search form's β is 0, and stays 0
                    b = b.reshape(in.copies(), -1).mul(factors).reshape(-1);
                }
            }
            NDArray y = BatchNorm.batchNorm(x, runningMean, runningVar, g, b, 1, settings.momentum(),
                    settings.epsilon(), training).singletonOrThrow();
            if (training && mean.size() > 1) {
                // the engine updated the concatenated statistics in place: hand each copy its part
                writeBack(store, mean, runningMean, device);
                writeBack(store, variance, runningVar, device);
            }
            return in.of(y);
        };
    }

    private static void writeBack(ParameterStore store, List<Parameter> parameters, NDArray concatenated,
            Device device) {
        long offset = 0;
        for (Parameter p : parameters) {
            NDArray target = store.getValue(p, device, true);
            long size = target.size();
            try (NDArray part = concatenated.get(new NDIndex("{}:{}", offset, offset + size))) {
                target.set(new NDIndex(":"), part);
            }
            offset += size;
        }
    }

    private static Step residual(Step body, int identityChannels) {
        return scaledAfter((store, in, training) -> {
            NDArray y = body.apply(store, in, training, null).stacked();
            long channels = y.getShape().get(1) / in.copies();
            NDArray y5 = in.axis().split(y);
            NDArray x5 = in.byCopy();
            NDArray sum;
            if (identityChannels >= channels) {
                sum = y5.add(x5);
            } else {
                int axis = in.axis().channelAxis();
                NDIndex head = channelRange(axis, "0:" + identityChannels);
                NDIndex tail = channelRange(axis, identityChannels + ":");
                sum = NDArrays.concat(new NDList(y5.get(head).add(x5.get(head)), y5.get(tail)), axis);
            }
            return in.of(in.axis().merge(sum));
        });
    }

    /** Indexes {@code range} on {@code axis} of a 5-dimensional array, everything on the other axes. */
    private static NDIndex channelRange(int axis, String range) {
        StringBuilder index = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            index.append(i == 0 ? "" : ", ").append(i == axis ? range : ":");
        }
        return new NDIndex(index.toString());
    }

    private static Step factorizedReduce(Step conv1, Step conv2, Step bn) {
        NDIndex shifted = new NDIndex(":, :, 1:, 1:");
        return (store, in, training, scale) -> {
            int k = in.copies();
            long perCopy = in.array().getShape().get(1) / (in.shared() ? 1 : k);
            NDArray input = MemoryLayout.forStridedPointwise(in.array(), perCopy);
            Stack safe = input == in.array() ? in : new Stack(input, in.shared(), new CopyAxis(false, k));
            CopyAxis axis = safe.axis();
            NDArray a = conv1.apply(store, safe, training, null).stacked();
            NDArray b = conv2.apply(store, safe.with(input.get(shifted)), training, null).stacked();
            NDArray both = NDArrays.concat(new NDList(axis.split(a), axis.split(b)), axis.channelAxis());
            return bn.apply(store, safe.of(axis.merge(both)), training, scale);
        };
    }
}
