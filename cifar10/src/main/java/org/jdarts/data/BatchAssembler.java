package org.jdarts.data;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Turns images of an {@link ImageSet} into a normalised, augmented float batch in N×C×H×W
 * order: what a training step consumes. Pure Java on primitive arrays, so that assembling a
 * batch costs a small fraction of a training step.
 */
public final class BatchAssembler {

    private final ImageSet images;
    private final Augmentation augmentation;
    private final int channels;
    private final int height;
    private final int width;
    private final int plane;
    private final int imageBytes;
    private final float[][] normalized;

    /**
     * Creates an assembler.
     *
     * @param images the source images
     * @param normalization the per-channel normalisation, one entry per channel of the images
     * @param augmentation the transformations to apply
     * @throws IllegalArgumentException if the normalisation or augmentation does not fit the images
     */
    public BatchAssembler(ImageSet images, Normalization normalization, Augmentation augmentation) {
        ImageShape shape = images.shape();
        if (normalization.channels() != shape.channels()) {
            throw new IllegalArgumentException("a normalisation of " + normalization.channels()
                    + " channels for images of " + shape.channels());
        }
        augmentation.check(shape);
        this.images = images;
        this.augmentation = augmentation;
        this.channels = shape.channels();
        this.height = shape.height();
        this.width = shape.width();
        this.plane = shape.plane();
        this.imageBytes = shape.bytes();
        this.normalized = new float[channels][];
        for (int c = 0; c < channels; c++) {
            normalized[c] = normalization.table(c);
        }
    }

    /**
     * Fills {@code out} (length ≥ n·C·H·W) and {@code labels} with the images {@code indices[from ..
     * from+n)}, each transformed with random choices drawn from {@code random}.
     *
     * @param indices image indices
     * @param from first position in {@code indices}
     * @param n number of images
     * @param random the random source (the batch is reproducible from its seed)
     * @param out receives the pixels
     * @param labels receives the labels
     */
    public void assemble(int[] indices, int from, int n, SplittableRandom random, float[] out, int[] labels) {
        for (int b = 0; b < n; b++) {
            int image = indices[from + b];
            labels[b] = images.label(image);
            int pad = augmentation.padding();
            int dy = pad == 0 ? 0 : random.nextInt(2 * pad + 1) - pad;
            int dx = pad == 0 ? 0 : random.nextInt(2 * pad + 1) - pad;
            boolean flip = augmentation.flip() && random.nextBoolean();
            copyImage(image, dy, dx, flip, out, b * imageBytes);
            if (augmentation.cutout() > 0) {
                cutout(out, b * imageBytes, random.nextInt(height), random.nextInt(width), augmentation.cutout());
            }
        }
    }

    /**
     * Writes the crop of the zero-padded image whose top-left corner is offset by (dy, dx) from
     * the original's, optionally mirrored, normalised. Padding pixels are black (0) before
     * normalisation, as torchvision's RandomCrop pads the unnormalised image.
     */
    private void copyImage(int image, int dy, int dx, boolean flip, float[] out, int offset) {
        byte[] pixels = images.pixels();
        int base = image * imageBytes;
        for (int c = 0; c < channels; c++) {
            float[] table = normalized[c];
            float black = table[0];
            int planeStart = offset + c * plane;
            for (int y = 0; y < height; y++) {
                int sy = y + dy;
                int row = planeStart + y * width;
                if (sy < 0 || sy >= height) {
                    Arrays.fill(out, row, row + width, black);
                    continue;
                }
                int srcRow = base + c * plane + sy * width;
                for (int x = 0; x < width; x++) {
                    int sx = (flip ? width - 1 - x : x) + dx;
                    out[row + x] = sx < 0 || sx >= width ? black : table[pixels[srcRow + sx] & 0xFF];
                }
            }
        }
    }

    /** Zeroes a side×side square centred at (cy, cx), clipped to the image, in every channel. */
    void cutout(float[] out, int offset, int cy, int cx, int side) {
        int y1 = Math.max(0, cy - side / 2);
        int y2 = Math.min(height, cy + side / 2);
        int x1 = Math.max(0, cx - side / 2);
        int x2 = Math.min(width, cx + side / 2);
        for (int c = 0; c < channels; c++) {
            for (int y = y1; y < y2; y++) {
                int row = offset + c * plane + y * width;
                Arrays.fill(out, row + x1, row + x2, 0f);
            }
        }
    }
}
