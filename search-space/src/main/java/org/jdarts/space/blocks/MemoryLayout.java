package org.jdarts.space.blocks;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;

/**
 * How a network keeps its N×C×H×W activations in memory. The values are the same either way;
 * the convolution kernels that run, and so the speed and the last bits of the results, differ. A
 * network converts its input once ({@link #arrange}); the operations keep the layout of what they
 * are given, so the whole network then computes in it.
 */
public enum MemoryLayout {

    /**
     * {@link #CHANNELS_FIRST} on every device: the reference's layout. Channels-last gives the same
     * results within float32 rounding (with the convolutions libtorch 2.7.1 gets wrong in it run
     * channels-first by {@link Convolutions}); on a CPU it is faster for large networks and slower
     * for small ones, so it is opt-in.
     */
    AUTO,

    /** N×C×H×W stored as it reads (PyTorch's default, the reference's layout). */
    CHANNELS_FIRST,

    /**
     * N×C×H×W stored pixel by pixel (N×H×W×C), PyTorch's {@code channels_last}, in which oneDNN's
     * depthwise convolutions need no reordering of their inputs; its convolutions go through
     * {@link Convolutions}, which runs the ones libtorch 2.7.1 gets wrong channels-first.
     */
    CHANNELS_LAST;

    /** Returns the layout this one means on {@code device}: never {@link #AUTO}. */
    public MemoryLayout on(Device device) {
        if (this != AUTO) {
            return this;
        }
        return CHANNELS_FIRST;
    }

    /**
     * Returns {@code x} (N×C×H×W) in this layout, on its device: itself when it already is, else
     * a copy (which autograd differentiates through).
     *
     * @param x a 4-dimensional array
     * @return the same values in this layout
     */
    public NDArray arrange(NDArray x) {
        return switch (on(x.getDevice())) {
            case CHANNELS_LAST -> channelsLast(x);
            default -> channelsFirst(x);
        };
    }

    /** Returns {@code x} stored channels-first: itself if it is contiguous, else a contiguous copy. */
    static NDArray channelsFirst(NDArray x) {
        return x.reshape(-1).reshape(x.getShape());
    }

    /** Returns {@code x} stored channels-last: itself if it is, else a copy in that order. */
    static NDArray channelsLast(NDArray x) {
        Shape s = x.getShape();
        return x.transpose(0, 2, 3, 1).reshape(-1).reshape(s.get(0), s.get(2), s.get(3), s.get(1))
                .transpose(0, 3, 1, 2);
    }

    /**
     * Returns the input a 1×1 stride-2 convolution may safely take: channels-first unless the
     * input channels the convolution sees fill whole register blocks (see {@link Convolutions}),
     * else {@code x} as it is.
     *
     * @param x the input
     * @param inputChannels the input channels the convolution sees (per group for a grouped one)
     * @return {@code x} or its channels-first copy
     */
    static NDArray forStridedPointwise(NDArray x, long inputChannels) {
        return Convolutions.stridedPointwiseNeedsChannelsFirst(inputChannels) ? channelsFirst(x) : x;
    }
}
