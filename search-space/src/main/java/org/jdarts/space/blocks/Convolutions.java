package org.jdarts.space.blocks;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.util.Pair;

/**
 * 2-D convolutions that avoid the kernels libtorch 2.7.1 was found to get wrong in the
 * channels-last layout.
 *
 * <p>libtorch 2.7.1 ships oneDNN 3.7.1. On an AMD EPYC with AVX-512 (and with its kernels limited
 * to AVX2) its generic JIT convolution kernels ({@code jit:avx512_core}, {@code jit:avx2}) compute,
 * for channels-last activations, wrong input gradients of dilated or strided depthwise
 * convolutions (by up to 100%; the forward values are right, so losses agree across layouts while
 * gradients do not), wrong results for grouped convolutions whose channels per group do not fill a
 * 16-float register block, and a wrong weight gradient (sometimes a crash or a hang) for a 1×1
 * stride-2 convolution on fewer than 16 channels. Channels-first, the same convolutions run
 * GEMM-based kernels, which are right ({@code ConvolutionsTest} checks every kind the built-in
 * operations run against float64 in both layouts).
 *
 * <p>{@link #conv2d} therefore runs those on a channels-first copy of a channels-last input and
 * returns the output channels-last again, so the network keeps its layout; only plain 1×1
 * convolutions over whole register blocks and undilated stride-1 depthwise convolutions run
 * channels-last. Values are the same in both layouts, so the choice changes rounding and speed
 * only (a whole search network channels-last then matches float64 as channels-first does:
 * {@code SecondOrderLayoutTest}); the copies cost part of what channels-last saves.
 *
 * <p>Channels-first too, the input gradient of a one-group convolution with a kernel over 1×1 is
 * wrong on that CPU when its channels do not fill whole register blocks: where an input gradient
 * is needed such a convolution runs on channels zero-padded to whole blocks
 * ({@link #needsWholeBlocks}), which gives the same values. No built-in operation has one (the
 * stem's input needs no gradient), but plug-in operations may, and so has PC-DARTS at one channel
 * per edge.
 */
public final class Convolutions {

    /** Channels of the widest x86-64 register block (AVX-512: 16 floats). */
    static final long SIMD_BLOCK = 16;

    private Convolutions() {}

    /**
     * Returns the convolution of {@code x} by {@code weight}, as
     * {@link ai.djl.nn.convolutional.Conv2d#conv2d} computes it, avoiding the kernels found wrong.
     *
     * @param x the N×C×H×W input, in {@code layout}
     * @param layout the layout the network keeps {@code x} and the output in (resolved on x's device)
     * @param weight the weight, filters × C/groups × kh × kw
     * @param bias the bias, or {@code null}
     * @param stride the stride
     * @param padding the zero padding
     * @param dilation the dilation
     * @param groups the channel groups
     * @return the output, in {@code layout}
     */
    public static NDArray conv2d(NDArray x, MemoryLayout layout, NDArray weight, NDArray bias, Shape stride,
            Shape padding, Shape dilation, int groups) {
        boolean channelsLast = layout.on(x.getDevice()) == MemoryLayout.CHANNELS_LAST;
        if (channelsLast && needsChannelsFirst(weight.getShape(), stride, dilation, groups)) {
            return MemoryLayout.channelsLast(channelsFirst(MemoryLayout.channelsFirst(x), weight, bias, stride, padding,
                    dilation, groups));
        }
        return channelsFirst(x, weight, bias, stride, padding, dilation, groups);
    }

    /**
     * The convolution of a channels-first input; a one-group convolution with a kernel over 1×1
     * whose input needs a gradient runs on channels zero-padded to whole register blocks.
     */
    private static NDArray channelsFirst(NDArray x, NDArray weight, NDArray bias, Shape stride, Shape padding,
            Shape dilation, int groups) {
        Shape w = weight.getShape();
        if (!needsWholeBlocks(w, groups) || !x.getDevice().getDeviceType().equals(Device.Type.CPU) || !x.hasGradient()) {
            return ai.djl.nn.convolutional.Conv2d.conv2d(x, weight, bias, stride, padding, dilation, groups)
                    .singletonOrThrow();
        }
        long out = w.get(0);
        long in = w.get(1);
        NDArray xs = padAxis(x, 1, wholeBlocks(in));
        NDArray ws = padAxis(padAxis(weight, 1, wholeBlocks(in)), 0, wholeBlocks(out));
        NDArray bs = bias == null ? null : padAxis(bias, 0, wholeBlocks(out));
        NDArray y = ai.djl.nn.convolutional.Conv2d.conv2d(xs, ws, bs, stride, padding, dilation, groups)
                .singletonOrThrow();
        return out == wholeBlocks(out) ? y : MemoryLayout.channelsFirst(y.get(new NDIndex(":, :" + out)));
    }

    /** Returns {@code a} with zeros appended along {@code axis} up to {@code size} (itself if it is that long). */
    private static NDArray padAxis(NDArray a, int axis, long size) {
        long have = a.getShape().get(axis);
        if (have == size) {
            return a;
        }
        long[] zeros = a.getShape().getShape().clone();
        zeros[axis] = size - have;
        NDArray pad = a.getManager().zeros(new Shape(zeros), a.getDataType(), a.getDevice());
        return NDArrays.concat(new NDList(a, pad), axis);
    }

    private static long wholeBlocks(long channels) {
        return (channels + SIMD_BLOCK - 1) / SIMD_BLOCK * SIMD_BLOCK;
    }

    /**
     * Returns whether a convolution must run on whole register blocks of channels on the CPU where
     * its input needs a gradient: one group, a kernel over 1×1, and input or output channels that
     * do not fill whole blocks of {@value #SIMD_BLOCK}. There libtorch 2.7.1's oneDNN
     * ({@code jit:avx512_core}) gives wrong input gradients, channels-first, on a channel-padded
     * blocked layout (by 10–100% on an AMD EPYC with AVX-512, depending on what the padding held:
     * {@code ConvolutionsTest}); on channels zero-padded by jdarts the same kernel is right. A
     * depthwise convolution of one channel is one.
     *
     * @param weight the weight's shape, filters × C/groups × kh × kw
     * @param groups the channel groups
     * @return {@code true} for those convolutions
     */
    static boolean needsWholeBlocks(Shape weight, int groups) {
        boolean pointwise = weight.get(2) == 1 && weight.get(3) == 1;
        return groups == 1 && !pointwise && (weight.get(0) % SIMD_BLOCK != 0 || weight.get(1) % SIMD_BLOCK != 0);
    }

    /**
     * Returns whether a channels-last convolution must run channels-first: all but undilated
     * stride-1 depthwise convolutions and stride-1 1×1 convolutions (one group) whose input and
     * output channels fill whole register blocks of {@value #SIMD_BLOCK}.
     *
     * @param weight the weight's shape, filters × C/groups × kh × kw
     * @param stride the stride
     * @param dilation the dilation
     * @param groups the channel groups
     * @return {@code true} when channels-last would run a wrong kernel
     */
    static boolean needsChannelsFirst(Shape weight, Shape stride, Shape dilation, int groups) {
        boolean strided = stride.get(0) > 1 || stride.get(1) > 1;
        boolean dilated = dilation.get(0) > 1 || dilation.get(1) > 1;
        long inPerGroup = weight.get(1);
        long outPerGroup = weight.get(0) / groups;
        boolean depthwise = groups > 1 && inPerGroup == 1 && outPerGroup == 1;
        if (depthwise) {
            return strided || dilated;
        }
        boolean pointwise = weight.get(2) == 1 && weight.get(3) == 1;
        boolean wholeBlocks = inPerGroup % SIMD_BLOCK == 0 && outPerGroup % SIMD_BLOCK == 0;
        return !(groups == 1 && pointwise && !strided && wholeBlocks);
    }

    /**
     * Returns whether a strided 1×1 convolution over {@code inputChannels} channels (per group)
     * must run channels-first: unless they fill whole register blocks.
     */
    static boolean stridedPointwiseNeedsChannelsFirst(long inputChannels) {
        return inputChannels % SIMD_BLOCK != 0;
    }

    /**
     * Tells every {@link Conv2d} inside {@code block} the layout its network keeps.
     *
     * @param block a block, searched with all its descendants
     * @param layout the layout
     */
    public static void setMemoryLayout(Block block, MemoryLayout layout) {
        if (block instanceof Conv2d conv) {
            conv.setMemoryLayout(layout);
        }
        for (Pair<String, Block> child : block.getChildren()) {
            setMemoryLayout(child.getValue(), layout);
        }
    }
}
