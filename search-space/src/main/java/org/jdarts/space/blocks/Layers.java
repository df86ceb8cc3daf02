package org.jdarts.space.blocks;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.LambdaBlock;
import ai.djl.nn.norm.BatchNorm;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.UnaryOperator;

/** Factories for the layers the DARTS operations are made of, with PyTorch's conventions. */
public final class Layers {

    /** PyTorch's BatchNorm2d epsilon. */
    public static final float BN_EPSILON = 1e-5f;

    /** DJL's momentum convention for PyTorch's default running-average momentum of 0.1. */
    public static final float BN_MOMENTUM = 0.9f;

    /**
     * The settings of the BatchNorms and the kind of the activations built here, by block
     * identity: DJL does not expose them, and {@link StackedBlocks} needs them to run several
     * copies of a block as one.
     */
    private static final Map<Block, Object> BUILT = Collections.synchronizedMap(new WeakHashMap<>());

    private Layers() {}

    /**
     * The settings of a BatchNorm built by {@link #batchNorm}.
     *
     * @param affine learnable scale and shift
     * @param epsilon added to the variance
     * @param momentum DJL's momentum convention
     */
    record BatchNormSettings(boolean affine, float epsilon, float momentum) {}

    /** An element-wise activation built here. */
    enum Activations {
        RELU(Activation::relu),
        RELU6(x -> x.clip(0, 6));

        private final UnaryOperator<NDArray> function;

        Activations(UnaryOperator<NDArray> function) {
            this.function = function;
        }

        NDArray apply(NDArray x) {
            return function.apply(x);
        }
    }

    /** Returns the settings of {@code block} if {@link #batchNorm} built it, else {@code null}. */
    static BatchNormSettings batchNormSettings(Block block) {
        return BUILT.get(block) instanceof BatchNormSettings settings ? settings : null;
    }

    /** Returns the activation {@code block} computes if {@link #relu} or {@link #relu6} built it, else {@code null}. */
    static Activations activation(Block block) {
        return BUILT.get(block) instanceof Activations activation ? activation : null;
    }

    private static Block remember(Block block, Object what) {
        BUILT.put(block, what);
        return block;
    }

    /**
     * Returns a bias-free square convolution ({@link Conv2d}: DJL's convolution that
     * avoids libtorch's wrong channels-last kernels, see {@link Convolutions}).
     *
     * @param filters output channels
     * @param kernel kernel size k (k×k)
     * @param stride stride in both directions
     * @param padding zero padding on every side
     * @param dilation dilation in both directions
     * @param groups channel groups (the input channels for a depthwise convolution)
     * @return the convolution block
     */
    public static Block conv(int filters, int kernel, int stride, int padding, int dilation, int groups) {
        ai.djl.nn.convolutional.Conv2d.Builder builder = ai.djl.nn.convolutional.Conv2d.builder()
                .setFilters(filters)
                .setKernelShape(new Shape(kernel, kernel))
                .optStride(new Shape(stride, stride))
                .optPadding(new Shape(padding, padding))
                .optDilation(new Shape(dilation, dilation))
                .optGroups(groups)
                .optBias(false);
        builder.build(); // validates the settings
        return new Conv2d(builder);
    }

    /** Returns a bias-free 1×1 convolution with stride 1. */
    public static Block pointwise(int filters) {
        return conv(filters, 1, 1, 0, 1, 1);
    }

    /** Returns a bias-free depthwise k×k convolution over {@code channels} channels. */
    public static Block depthwise(int channels, int kernel, int stride, int dilation) {
        return conv(channels, kernel, stride, dilation * (kernel - 1) / 2, dilation, channels);
    }

    /**
     * Returns a 2-D BatchNorm over the channel axis.
     *
     * @param affine {@code true} for learnable scale and shift (evaluation form), {@code false}
     *     for the search form, whose scale and shift stay 1 and 0
     * @return the BatchNorm block
     */
    public static Block batchNorm(boolean affine) {
        return remember(BatchNorm.builder()
                .optAxis(1)
                .optCenter(affine)
                .optScale(affine)
                .optEpsilon(BN_EPSILON)
                .optMomentum(BN_MOMENTUM)
                .build(), new BatchNormSettings(affine, BN_EPSILON, BN_MOMENTUM));
    }

    /** Returns a ReLU block. */
    public static Block relu() {
        return remember(Activation.reluBlock(), Activations.RELU);
    }

    /**
     * Returns a ReLU6 block, PyTorch's {@code nn.ReLU6}: min(max(x, 0), 6).
     *
     * <p>Not DJL's {@code Activation.relu6}: that computes {@code minimum(x, 6)} against a scalar
     * array it closes at once, while autograd still holds it, so its backward pass reads freed
     * memory and the gradient changes from run to run (see {@code LayersTest}).
     */
    public static Block relu6() {
        return remember(new LambdaBlock(Layers::relu6, "relu6"), Activations.RELU6);
    }

    /** Returns min(max(x, 0), 6), computed by one clamp with scalar bounds. */
    public static NDList relu6(NDList x) {
        return new NDList(Activations.RELU6.apply(x.singletonOrThrow()));
    }
}
