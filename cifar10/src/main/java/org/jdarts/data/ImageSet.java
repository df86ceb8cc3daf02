package org.jdarts.data;

import java.util.Arrays;

/**
 * Labelled images held in memory as 8-bit pixels: per image one label and
 * {@link ImageShape#bytes()} unsigned bytes, channel planes one after another, rows top to
 * bottom (the CIFAR binary order).
 *
 * @param labels one label per image, 0 to {@code classes − 1}
 * @param pixels {@code shape.bytes()} bytes per image, images one after another
 * @param shape the shape of every image
 * @param classes the number of classes the labels index
 */
public record ImageSet(byte[] labels, byte[] pixels, ImageShape shape, int classes) {

    /** Validates the sizes and labels. */
    public ImageSet {
        if (shape == null) {
            throw new IllegalArgumentException("an image shape is required");
        }
        if (classes < 1 || classes > 256) {
            throw new IllegalArgumentException("classes must be in [1, 256], got " + classes);
        }
        if ((long) labels.length * shape.bytes() != pixels.length) {
            throw new IllegalArgumentException(labels.length + " labels but " + pixels.length + " pixel bytes (need "
                    + shape.bytes() + " each)");
        }
        for (int i = 0; i < labels.length; i++) {
            if ((labels[i] & 0xFF) >= classes) {
                throw new IllegalArgumentException("image " + i + " has label " + (labels[i] & 0xFF) + ", not below "
                        + classes);
            }
        }
    }

    /** Returns the number of images. */
    public int size() {
        return labels.length;
    }

    /** Returns the label of image {@code i}. */
    public int label(int i) {
        return labels[i] & 0xFF;
    }

    /** Returns pixel value 0–255 of image {@code i}, channel {@code c}, row {@code y}, column {@code x}. */
    public int pixel(int i, int c, int y, int x) {
        return pixels[i * shape.bytes() + (c * shape.height() + y) * shape.width() + x] & 0xFF;
    }

    /** Returns the number of images of each class. */
    public int[] classCounts() {
        int[] counts = new int[classes];
        for (byte label : labels) {
            counts[label & 0xFF]++;
        }
        return counts;
    }

    /** Returns the indices 0 … size−1. */
    public int[] allIndices() {
        int[] all = new int[size()];
        Arrays.setAll(all, i -> i);
        return all;
    }
}
