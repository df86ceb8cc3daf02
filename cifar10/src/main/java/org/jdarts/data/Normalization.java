package org.jdarts.data;

import java.util.Arrays;

/**
 * Per-channel mean and standard deviation (in [0, 1] pixel units) that images are normalised with:
 * {@code (v/255 − mean)/std}.
 *
 * @param mean one mean per channel
 * @param std one standard deviation per channel, positive
 */
public record Normalization(float[] mean, float[] std) {

    /** Below this standard deviation (in [0, 1] units) a channel counts as constant: rounding, not variation. */
    private static final double CONSTANT = 1e-6;

    /** Validates and copies the values. */
    public Normalization {
        if (mean.length != std.length || mean.length < 1) {
            throw new IllegalArgumentException(mean.length + " means but " + std.length + " standard deviations");
        }
        for (float s : std) {
            if (!(s > 0)) {
                throw new IllegalArgumentException("standard deviations must be positive, got " + s);
            }
        }
        mean = mean.clone();
        std = std.clone();
    }

    /**
     * Computes the per-channel mean and (population) standard deviation of a set of images, as
     * torchvision users compute them over a training set. A channel without any variation (a
     * standard deviation under 1e-6) gets a standard deviation of 1.
     *
     * @param images the training images
     * @return their normalisation
     */
    public static Normalization of(ImageSet images) {
        ImageShape shape = images.shape();
        int channels = shape.channels();
        long[][] histogram = new long[channels][256];
        byte[] pixels = images.pixels();
        int plane = shape.plane();
        for (int i = 0; i < images.size(); i++) {
            int base = i * shape.bytes();
            for (int c = 0; c < channels; c++) {
                long[] h = histogram[c];
                for (int p = base + c * plane, end = p + plane; p < end; p++) {
                    h[pixels[p] & 0xFF]++;
                }
            }
        }
        float[] mean = new float[channels];
        float[] std = new float[channels];
        for (int c = 0; c < channels; c++) {
            double n = 0;
            double sum = 0;
            for (int v = 0; v < 256; v++) {
                n += histogram[c][v];
                sum += histogram[c][v] * (v / 255.0);
            }
            double m = n == 0 ? 0 : sum / n;
            double squares = 0;
            for (int v = 0; v < 256; v++) {
                double d = v / 255.0 - m;
                squares += histogram[c][v] * d * d;
            }
            double s = n == 0 ? 0 : Math.sqrt(squares / n);
            mean[c] = (float) m;
            std[c] = s > CONSTANT ? (float) s : 1f;
        }
        return new Normalization(mean, std);
    }

    /** Returns the number of channels. */
    public int channels() {
        return mean.length;
    }

    /** Returns the 256 normalised values of channel {@code c}'s pixel bytes. */
    float[] table(int c) {
        float[] table = new float[256];
        for (int v = 0; v < 256; v++) {
            table[v] = (v / 255f - mean[c]) / std[c];
        }
        return table;
    }

    /** Returns the normalised value of pixel byte {@code value} (0–255) in channel {@code channel}. */
    public float normalize(int channel, int value) {
        return (value / 255f - mean[channel]) / std[channel];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Normalization n && Arrays.equals(mean, n.mean)
                && Arrays.equals(std, n.std);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(mean) + Arrays.hashCode(std);
    }

    @Override
    public String toString() {
        return "mean " + Arrays.toString(mean) + ", std " + Arrays.toString(std);
    }

    /** Returns a copy of the means. */
    @Override
    public float[] mean() {
        return mean.clone();
    }

    /** Returns a copy of the standard deviations. */
    @Override
    public float[] std() {
        return std.clone();
    }
}
