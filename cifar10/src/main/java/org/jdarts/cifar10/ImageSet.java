package org.jdarts.cifar10;

import java.util.Arrays;

/**
 * CIFAR images held in memory as they are stored: one label byte and 3×32×32 unsigned pixel bytes
 * (R, G, B planes, row-major) per image.
 *
 * @param labels one label (0–9) per image
 * @param pixels {@link #IMAGE_BYTES} bytes per image, images one after another
 */
public record ImageSet(byte[] labels, byte[] pixels) {

    /** Image side in pixels. */
    public static final int SIDE = 32;
    /** Colour channels. */
    public static final int CHANNELS = 3;
    /** Pixel bytes of one image. */
    public static final int IMAGE_BYTES = CHANNELS * SIDE * SIDE;
    /** Number of classes. */
    public static final int CLASSES = 10;

    /** Validates the sizes. */
    public ImageSet {
        if ((long) labels.length * IMAGE_BYTES != pixels.length) {
            throw new IllegalArgumentException(
                    labels.length + " labels but " + pixels.length + " pixel bytes (need " + IMAGE_BYTES + " each)");
        }
    }

    /** Returns the number of images. */
    public int size() {
        return labels.length;
    }

    /** Returns the label of image {@code i}. */
    public int label(int i) {
        return labels[i];
    }

    /** Returns pixel value 0–255 of image {@code i}, channel {@code c}, row {@code y}, column {@code x}. */
    public int pixel(int i, int c, int y, int x) {
        return pixels[i * IMAGE_BYTES + (c * SIDE + y) * SIDE + x] & 0xFF;
    }

    /** Returns the number of images of each class. */
    public int[] classCounts() {
        int[] counts = new int[CLASSES];
        for (byte label : labels) {
            counts[label]++;
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
