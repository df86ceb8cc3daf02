package org.jdarts.space.blocks;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;

/**
 * The k copies of a stacked computation (N×(k·C)×H×W, copy i on channels i·C to (i+1)·C) seen
 * with a separate copy axis, as views that keep the memory layout: N×k×C×H×W channels-first,
 * N×H×W×k×C (pixel by pixel) channels-last. Every array shaped this way, and every sum of them,
 * then shares one layout; {@link StackedBlocks} and a supernet's fused edges both work in it.
 *
 * @param channelsLast whether the arrays are kept channels-last
 * @param copies k, the number of copies
 */
public record CopyAxis(boolean channelsLast, int copies) {

    /**
     * Returns the copy axis for arrays kept in {@code layout} on a device.
     *
     * @param layout the layout ({@link MemoryLayout#AUTO} resolved for the device)
     * @param device where the arrays are
     * @param copies k
     * @return the copy axis
     */
    public static CopyAxis of(MemoryLayout layout, Device device, int copies) {
        return new CopyAxis(layout.on(device) == MemoryLayout.CHANNELS_LAST, copies);
    }

    /** The axis that runs over the copies: 1 channels-first, 3 channels-last. */
    public int copyAxis() {
        return channelsLast ? 3 : 1;
    }

    /** The axis that runs over a copy's channels: 2 channels-first, 4 channels-last. */
    public int channelAxis() {
        return channelsLast ? 4 : 2;
    }

    /**
     * Splits N×(k·C)×H×W by copy.
     *
     * @param stacked the copies side by side on the channel axis
     * @return a view with a copy axis
     */
    public NDArray split(NDArray stacked) {
        Shape s = stacked.getShape();
        long channels = s.get(1) / copies;
        return channelsLast ? toPixels(stacked).reshape(s.get(0), s.get(2), s.get(3), copies, channels)
                : stacked.reshape(s.get(0), copies, channels, s.get(2), s.get(3));
    }

    /**
     * Returns one N×C×H×W array all copies share as a view with a copy axis of 1.
     *
     * @param shared the shared array
     * @return a view that broadcasts over the copies
     */
    public NDArray shared(NDArray shared) {
        Shape s = shared.getShape();
        return channelsLast ? toPixels(shared).reshape(s.get(0), s.get(2), s.get(3), 1, s.get(1))
                : shared.expandDims(1);
    }

    /**
     * Turns an array with a copy axis back into N×(k·C)×H×W, in this layout.
     *
     * @param byCopy an array shaped as {@link #split} gives
     * @return the copies side by side on the channel axis
     */
    public NDArray merge(NDArray byCopy) {
        Shape s = byCopy.getShape();
        return channelsLast ? fromPixels(byCopy.reshape(s.get(0), s.get(1), s.get(2), s.get(3) * s.get(4)))
                : byCopy.reshape(s.get(0), s.get(1) * s.get(2), s.get(3), s.get(4));
    }

    /**
     * Returns k factors, one per copy, shaped to multiply an array with a copy axis.
     *
     * @param factors k values
     * @return the same values, broadcastable over {@link #split}'s arrays
     */
    public NDArray factors(NDArray factors) {
        return channelsLast ? factors.reshape(1, 1, 1, copies, 1) : factors.reshape(1, copies, 1, 1, 1);
    }

    /**
     * Returns one copy, a part of a {@link #split} array with a copy axis of 1, as N×C×H×W.
     *
     * @param part one copy with its copy axis
     * @return the copy
     */
    public NDArray copy(NDArray part) {
        return channelsLast ? fromPixels(part.squeeze(3)) : part.squeeze(1);
    }

    /**
     * Returns k copies of a shared N×C×H×W array side by side, in this layout.
     *
     * @param shared the array
     * @return N×(k·C)×H×W
     */
    public NDArray repeat(NDArray shared) {
        return channelsLast ? fromPixels(toPixels(shared).tile(new long[] {1, 1, 1, copies}))
                : shared.tile(new long[] {1, copies, 1, 1});
    }

    /** N×C×H×W as N×H×W×C (a view; dense when the array is channels-last). */
    static NDArray toPixels(NDArray x) {
        return x.transpose(0, 2, 3, 1);
    }

    /** The inverse of {@link #toPixels}. */
    static NDArray fromPixels(NDArray pixels) {
        return pixels.transpose(0, 3, 1, 2);
    }
}
