package org.jdarts.data;

import ai.djl.ndarray.types.Shape;

/**
 * The shape of one image as the networks take it: channels × height × width.
 *
 * @param channels colour channels (1 grayscale, 3 RGB)
 * @param height rows of pixels
 * @param width columns of pixels
 */
public record ImageShape(int channels, int height, int width) {

    /** Validates the sizes. */
    public ImageShape {
        if (channels != 1 && channels != 3) {
            throw new IllegalArgumentException("images must have 1 or 3 channels, got " + channels);
        }
        if (height < 1 || width < 1) {
            throw new IllegalArgumentException("image size must be at least 1×1, got " + height + "×" + width);
        }
    }

    /** Returns the bytes (one per pixel and channel) of one image. */
    public int bytes() {
        return channels * height * width;
    }

    /** Returns the pixels of one channel plane. */
    public int plane() {
        return height * width;
    }

    /** Returns the N×C×H×W shape of a batch of {@code n} such images. */
    public Shape batch(long n) {
        return new Shape(n, channels, height, width);
    }

    /** Returns {@code channels×height×width}, as a message names the shape. */
    @Override
    public String toString() {
        return channels + "×" + height + "×" + width;
    }
}
